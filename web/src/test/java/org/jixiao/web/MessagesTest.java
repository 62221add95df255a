package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The page's texts: each key written once (a properties file keeps the last of two silently), and every key a
 * template or the code asks for is there, so that no page fails on a missing text.
 */
class MessagesTest {

    private static final Path BUNDLE = Path.of("src/main/resources/org/jixiao/web/messages.properties");

    @Test
    void every_key_is_written_once_and_every_key_used_exists() throws Exception {
        List<String> keys = new ArrayList<>();
        for (String line : Files.readAllLines(BUNDLE, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                keys.add(line.substring(0, line.indexOf('=')));
            }
        }
        Set<String> unique = new HashSet<>(keys);
        assertThat(keys).as("keys written twice").hasSameSizeAs(unique);
        Set<String> used = new HashSet<>();
        Pattern template = Pattern.compile("t\\[\"([a-zA-Z.]+)\"\\]");
        Pattern code = Pattern.compile("(?:pages|texts)\\.text\\(\\s*\"([a-zA-Z.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(
                            f -> f.toString().endsWith(".ftlh") || f.toString().endsWith(".java"))
                    .toList()) {
                Matcher matcher = (file.toString().endsWith(".ftlh") ? template : code)
                        .matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used)
                .isNotEmpty()
                .contains("result.holes", "error.planZero", "review.title", "guard.token", "upload.bomb");
        // a key built at run time ("review.status." + the status) is checked by its prefix
        for (String key : used) {
            if (key.endsWith(".")) {
                assertThat(unique).as("texts under " + key).anyMatch(k -> k.startsWith(key));
            } else {
                assertThat(unique).as("texts the pages ask for").contains(key);
            }
        }
    }
}
