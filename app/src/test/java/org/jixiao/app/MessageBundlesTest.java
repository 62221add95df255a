package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.engine.problem.Translator;
import org.junit.jupiter.api.Test;

/** Every jar's pair of message bundles agrees: the same keys, the same variable parts, each key in one jar only. */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    @Test
    void each_english_template_has_its_chinese_wording_with_the_same_parts() throws IOException {
        List<URL> english =
                Collections.list(getClass().getClassLoader().getResources(Translator.BUNDLE + ".properties"));
        // engine, SPI, the formula, funding, management and satisfaction families, the workbook reader, the command
        // line
        assertThat(english).hasSizeGreaterThanOrEqualTo(9);
        Map<String, URL> owner = new HashMap<>();
        int templates = 0;
        for (URL en : english) {
            Properties englishTexts = load(en);
            Properties chineseTexts =
                    load(new URL(en.toString().replace("messages.properties", "messages_zh.properties")));
            assertThat(chineseTexts.stringPropertyNames()).as("%s", en).isEqualTo(englishTexts.stringPropertyNames());
            for (String key : englishTexts.stringPropertyNames()) {
                assertThat(owner.put(key, en)).as("key %s in two jars", key).isNull();
                String from = englishTexts.getProperty(key);
                String to = chineseTexts.getProperty(key);
                assertThat(parts(to)).as("the parts of %s", key).isEqualTo(parts(from));
                assertThat(parts(from)).as("a part named twice in %s", key).hasSize(count(from));
                assertThat(to).as("%s is translated", key).isNotEqualTo(from);
                templates++;
            }
        }
        assertThat(templates).isGreaterThan(250);
    }

    private static Set<String> parts(String template) {
        Set<String> parts = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            parts.add(matcher.group());
        }
        return parts;
    }

    private static int count(String template) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static Properties load(URL url) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
