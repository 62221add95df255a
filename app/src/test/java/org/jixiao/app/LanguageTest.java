package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** Messages follow --lang, else the system's language; results are the same in either. */
@ResourceLock(Resources.LOCALE)
class LanguageTest {

    @Test
    void a_chinese_system_gets_chinese_messages_unless_it_asks_for_english() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);

            assertThat(CliRun.of("evaluate", "no-such.json").err())
                    .isEqualTo("jixiao: 输入文件有误：no-such.json: 文件不存在" + System.lineSeparator());
            assertThat(CliRun.of("--lang", "en", "evaluate", "no-such.json").err())
                    .isEqualTo("jixiao: invalid input: no-such.json: no such file" + System.lineSeparator());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void lang_zh_translates_on_any_system_and_lang_must_be_zh_or_en() {
        CliRun chinese = CliRun.of("evaluate", "--lang=zh", "no-such.json");
        assertThat(chinese.exitCode()).isEqualTo(2);
        assertThat(chinese.err()).startsWith("jixiao: 输入文件有误：no-such.json: 文件不存在");

        CliRun wrong = CliRun.of("--lang", "fr", "evaluate", "no-such.json");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).startsWith("jixiao: Invalid value for option '--lang': expected one of [zh, en]");
    }

    @Test
    void the_result_is_the_same_in_either_language() {
        CliRun english = CliRun.of("evaluate", CliRun.ZHUMADIAN.toString(), "-f", "json");
        CliRun chinese = CliRun.of("--lang", "zh", "evaluate", CliRun.ZHUMADIAN.toString(), "-f", "json");

        assertThat(chinese.exitCode()).isZero();
        assertThat(chinese.out()).isEqualTo(english.out()).contains("\"total\": 98.1");
    }
}
