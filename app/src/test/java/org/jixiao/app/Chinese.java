package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the tests check of a message put into Chinese: no English left in it, and nothing of the English lost. */
final class Chinese {

    /** Two English words in a row, which a translated message no longer holds outside its quoted values. */
    private static final Pattern ENGLISH_WORDS = Pattern.compile("\\b[A-Za-z]{2,}(?: [A-Za-z]{2,})+\\b");

    /** What a message quotes or names: kept as it is, and left out of the search for English. */
    private static final Pattern VERBATIM = Pattern.compile(
            "\"[^\"]*\"|'[^']*'|“[^”]*”|`[^`]*`|jixiao [a-z]+(?: [^\\s，。；）]+)*|iconv [^；，。）]+|Try '[^']*'"
                    + "|--[a-z][a-z-]*(?:[ =][^\\s，。；）]+)?");

    private static final Pattern FIGURE = Pattern.compile("(?<![\\w.])\\d+(?:\\.\\d+)?(?![\\w.])");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    private static final Path RECORD = Path.of("target", "catalogue-zh.txt");

    private Chinese() {}

    /** Keeps what a case printed in Chinese in {@code target/catalogue-zh.txt}, to read. */
    static synchronized void record(int number, String text) {
        try {
            Files.writeString(
                    RECORD,
                    "### " + number + "\n" + text,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The English words of a text, after taking out what it quotes or names verbatim. */
    static String english(String text) {
        Matcher words = ENGLISH_WORDS.matcher(VERBATIM.matcher(text).replaceAll(""));
        StringBuilder found = new StringBuilder();
        while (words.find()) {
            found.append(found.isEmpty() ? "" : " | ").append(words.group());
        }
        return found.toString();
    }

    /** Every line of {@code chinese} is translated, and keeps the figures and quoted values of {@code english}. */
    static void assertTranslated(String english, String chinese) {
        for (String line : chinese.lines().toList()) {
            assertThat(english(line)).as("English left in: %s", line).isEmpty();
        }
        Matcher figures = FIGURE.matcher(english);
        while (figures.find()) {
            assertThat(chinese)
                    .as("the figure %s of: %s", figures.group(), english)
                    .contains(figures.group());
        }
        Matcher quoted = QUOTED.matcher(english);
        while (quoted.find()) {
            assertThat(chinese)
                    .as("the value %s of: %s", quoted.group(1), english)
                    .contains(quoted.group(1));
        }
    }
}
