package org.jixiao.engine.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TranslatorTest {

    private final Translator chinese = Translator.chinese();

    @Test
    void a_message_is_written_with_its_chinese_template_and_its_parts_kept() {
        assertThat(chinese.message("expected a plan greater than 0, got 0; a completion rate needs a planned quantity"))
                .isEqualTo("计划数应大于0，实际为0；完成率需要计划数");
    }

    @Test
    void a_part_that_is_itself_a_message_is_translated_in_turn() {
        // the kind comes from the SPI's bundle, the frame from the engine's
        assertThat(chinese.message("expected a whole number, 0 or more, got 2.5"))
                .isEqualTo("应为0或正整数，实际为2.5");
        assertThat(chinese.message("expected a number, got the text \"1,766\"; write numbers without quotes,"
                        + " thousands separators or units"))
                .isEqualTo("应为数字，实际为文字\"1,766\"；数字不要加引号、千位分隔符或单位");
    }

    @Test
    void the_place_before_a_message_is_kept() {
        Problem problem = new Problem(
                "severe.json",
                new Position(19, 19),
                "facts.households.plan",
                "expected a plan greater than 0, got 0;" + " a completion rate needs a planned quantity");

        assertThat(chinese.format(problem))
                .isEqualTo("severe.json:19:19: facts.households.plan: 计划数应大于0，实际为0；完成率需要计划数");
    }

    @Test
    void of_the_templates_that_fit_the_one_that_leaves_least_english_wins() {
        // "{0}; did you mean {1}?; {2}" fits the whole line too, but leaves the rest in English
        String line = "henan-2021: unknown rubric; did you mean henan-2020?; built-in rubrics: henan-2020; or give the"
                + " path of a rubric file (.yaml, .yml or .json)";

        assertThat(chinese.message(line))
                .isEqualTo(
                        "henan-2021: 未知的评分规则；是否应为 henan-2020？内置评分规则：henan-2020；也可给出评分规则文件的路径" + "（.yaml、.yml 或 .json）");
    }

    @Test
    void a_message_no_bundle_knows_stays_as_written() {
        assertThat(chinese.message("the moon is made of cheese: 42")).isEqualTo("the moon is made of cheese: 42");
        assertThat(chinese.message("")).isEmpty();
    }

    @Test
    void a_command_line_keeps_the_command_name_indentation_and_list_number() {
        assertThat(chinese.line("jixiao: 2 problems in submission:")).isEqualTo("jixiao: 填报数据中有2处问题：");
        assertThat(chinese.line("  2. a.json:3:4: facts.x: expected true or false, got 1"))
                .isEqualTo("  2. a.json:3:4: facts.x: 应为true 或 false，实际为1");
        assertThat(chinese.line("jixiao: warning: facts.x: is larger than 16 MiB (16777216 bytes); inputs larger"
                        + " than that are refused, and reading stopped there"))
                .isEqualTo("jixiao: 警告：facts.x: 超过16 MiB（16777216字节）；超过的输入不予读取，已在此处停止读取");
    }

    @Test
    void english_and_any_other_language_leave_messages_alone() {
        String message = "expected a plan greater than 0, got 0; a completion rate needs a planned quantity";

        assertThat(Translator.english().message(message)).isEqualTo(message);
        assertThat(Translator.of(Locale.FRENCH, getClass().getClassLoader()).message(message))
                .isEqualTo(message);
        assertThat(Translator.of(Locale.SIMPLIFIED_CHINESE, getClass().getClassLoader())
                        .locale())
                .isEqualTo(Locale.CHINESE);
    }
}
