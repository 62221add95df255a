package org.jixiao.engine.problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.spi.Api;

/**
 * Puts jixiao's messages into the reader's language. Every message is written in English where it is made; the
 * English wording is the message's identity, as a gettext {@code msgid} is. Each jar may carry a pair of resource
 * bundles, {@value #BUNDLE}{@code .properties} (key = the English template) and {@value #BUNDLE}{@code _zh.properties}
 * (the same key = its Chinese wording), whose templates mark their variable parts {@code {0}}, {@code {1}}…; a
 * message that matches an English template whole is written with the Chinese template, each variable part being
 * translated in turn (a kind such as "a whole number, 0 or more" inside a longer message), and a part that matches
 * nothing is kept as it is (a file name, a label, a figure). A message that names its place first ({@code
 * file:3:5: facts.x: …}) keeps the place and translates what follows it. Templates fit whole clauses, so nothing is
 * translated word by word: a message no bundle knows stays in English, inside a frame that may be translated
 * ({@code 填报数据有误：…}). Plugins add their own wordings by shipping the same two files.
 *
 * <p>Thread-safe; translations are remembered.
 *
 * @since 0.4
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.4")
public final class Translator {

    /** The resource name, without {@code .properties}, of every jar's English templates; the Chinese add {@code _zh}. */
    public static final String BUNDLE = "META-INF/jixiao/messages";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
    private static final Pattern NUMBERED_LINE = Pattern.compile("(\\s*)(\\d+\\. )?(.*)", Pattern.DOTALL);
    private static final int DEPTH = 16;
    private static final String COMMAND = "jixiao: ";
    private static final List<String> COLONS = List.of(": ", "：");
    private static final int REMEMBERED = 10_000;
    private static final Translator ENGLISH = new Translator(Locale.ENGLISH, List.of());

    private final Locale locale;
    private final List<Entry> entries;
    private final Map<String, String> remembered = new ConcurrentHashMap<>();

    private Translator(Locale locale, List<Entry> entries) {
        this.locale = locale;
        this.entries = entries;
    }

    /**
     * The translator that leaves every message as written: English.
     *
     * @return the translator
     */
    public static Translator english() {
        return ENGLISH;
    }

    /**
     * The translator into a language, with the wordings of every jar the class loader sees.
     *
     * @param locale the language; anything but Chinese gives {@link #english()}
     * @param loader where the bundles are looked for
     * @return the translator
     * @throws UncheckedIOException if a bundle cannot be read
     */
    public static Translator of(Locale locale, ClassLoader loader) {
        if (!"zh".equals(locale.getLanguage())) {
            return ENGLISH;
        }
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, Wording> wording : wordings(loader).entrySet()) {
            entries.add(Entry.of(wording.getKey(), wording.getValue()));
        }
        // the template with the most fixed text first, so that a general one ("{0}; did you mean {1}?") is tried last
        entries.sort(Comparator.comparingInt(Entry::fixedLength).reversed().thenComparing(Entry::key));
        return new Translator(Locale.CHINESE, List.copyOf(entries));
    }

    /**
     * Chinese, with the wordings of the jars that loaded jixiao.
     *
     * @return the translator
     */
    public static Translator chinese() {
        return of(Locale.CHINESE, Translator.class.getClassLoader());
    }

    /**
     * The language messages are written in.
     *
     * @return {@link Locale#ENGLISH} or {@link Locale#CHINESE}
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Translates one message, or a message after its place ({@code file:3:5: path: message}).
     *
     * @param message the English message
     * @return the message in this translator's language, or as given where no template fits it
     */
    public String message(String message) {
        if (entries.isEmpty() || message.isEmpty()) {
            return message;
        }
        String known = remembered.get(message);
        if (known != null) {
            return known;
        }
        String translated = translate(message, 0);
        if (remembered.size() < REMEMBERED) {
            remembered.put(message, translated);
        }
        return translated;
    }

    /**
     * Translates one line as the command line prints it: indentation and a list number ({@code "  2. "}) are kept.
     *
     * @param line the line, without its line break
     * @return the line in this translator's language
     */
    public String line(String line) {
        if (entries.isEmpty()) {
            return line;
        }
        Matcher parts = NUMBERED_LINE.matcher(line);
        if (!parts.matches()) {
            return message(line);
        }
        String number = parts.group(2) == null ? "" : parts.group(2);
        String rest = parts.group(3);
        String command = rest.startsWith(COMMAND) ? COMMAND : "";
        return parts.group(1) + number + command + message(rest.substring(command.length()));
    }

    /**
     * The problem as one line, {@code file:line:column: path: message}, with its message translated.
     *
     * @param problem the problem
     * @return the line
     */
    public String format(Problem problem) {
        return message(problem.format());
    }

    /**
     * The best translation of a text: of the templates that fit it whole, and of what follows its first ": " (a
     * place, a label), the one that leaves the fewest English letters; the text itself where none leaves fewer. A template must fit a
     * whole clause, so a message is never translated word by word.
     */
    private String translate(String text, int depth) {
        if (depth > DEPTH) {
            return text;
        }
        String best = text;
        int bestLeft = englishLetters(text);
        for (Entry entry : entries) {
            if (!text.contains(entry.longestFixed())) {
                continue;
            }
            Matcher matcher = entry.english().matcher(text);
            if (matcher.matches()) {
                String candidate = entry.write(matcher, part -> translate(part, depth + 1));
                int left = englishLetters(candidate);
                if (left < bestLeft) {
                    best = candidate;
                    bestLeft = left;
                }
            }
        }
        // after a place or a label: "file:3:5: …", "改造户数 实际数: …", or a Chinese sentence's "…："
        for (String colon : COLONS) {
            int at = text.indexOf(colon);
            if (at >= 0 && bestLeft > 0) {
                String candidate = text.substring(0, at + colon.length())
                        + translate(text.substring(at + colon.length()), depth + 1);
                int left = englishLetters(candidate);
                if (left < bestLeft) {
                    best = candidate;
                    bestLeft = left;
                }
            }
        }
        return best;
    }

    /** The letters A to Z of a text outside what it quotes: what is left untranslated. */
    private static int englishLetters(String text) {
        int letters = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                letters++;
            }
        }
        return letters;
    }

    private static Map<String, Wording> wordings(ClassLoader loader) {
        Map<String, Wording> wordings = new LinkedHashMap<>();
        try {
            Enumeration<URL> englishFiles = loader.getResources(BUNDLE + ".properties");
            for (URL english : Collections.list(englishFiles)) {
                URL chinese = new URL(english.toString().replace("messages.properties", "messages_zh.properties"));
                ResourceBundle en = bundle(english);
                ResourceBundle zh = bundle(chinese);
                for (String key : Collections.list(en.getKeys())) {
                    if (zh.containsKey(key)) {
                        wordings.putIfAbsent(key, new Wording(en.getString(key), zh.getString(key)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read jixiao's message bundles: " + e.getMessage(), e);
        }
        return wordings;
    }

    /**
     * One bundle file, read as UTF-8.
     *
     * @param url the file
     * @return its texts
     * @throws IOException if it cannot be read
     */
    static ResourceBundle bundle(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    private record Wording(String english, String chinese) {}

    private record Entry(String key, Pattern english, String target, int fixedLength, String longestFixed) {

        static Entry of(String key, Wording wording) {
            StringBuilder regex = new StringBuilder();
            Matcher placeholder = PLACEHOLDER.matcher(wording.english());
            int fixed = 0;
            String longest = "";
            int from = 0;
            List<Integer> order = new ArrayList<>();
            while (placeholder.find()) {
                String literal = wording.english().substring(from, placeholder.start());
                regex.append(Pattern.quote(literal)).append("(.+?)");
                fixed += literal.length();
                longest = literal.length() > longest.length() ? literal : longest;
                order.add(Integer.parseInt(placeholder.group(1)));
                from = placeholder.end();
            }
            String tail = wording.english().substring(from);
            if (!tail.isEmpty()) {
                regex.append(Pattern.quote(tail));
            }
            fixed += tail.length();
            longest = tail.length() > longest.length() ? tail : longest;
            // the groups in the order the English names them, each written where the Chinese names its number
            String target = wording.chinese();
            for (int group = 0; group < order.size(); group++) {
                target = target.replace("{" + order.get(group) + "}", "\u0000" + group + "\u0000");
            }
            return new Entry(key, Pattern.compile(regex.toString(), Pattern.DOTALL), target, fixed, longest);
        }

        String write(Matcher matcher, java.util.function.UnaryOperator<String> part) {
            StringBuilder out = new StringBuilder();
            String[] pieces = target.split("\u0000", -1);
            for (int i = 0; i < pieces.length; i++) {
                if (i % 2 == 0) {
                    out.append(pieces[i]);
                } else {
                    out.append(part.apply(matcher.group(Integer.parseInt(pieces[i]) + 1)));
                }
            }
            return out.toString();
        }
    }
}
