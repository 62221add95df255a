package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command's help, asked for in Chinese, is Chinese: each description, each option's, each heading. */
class HelpInChineseTest {

    @ParameterizedTest(name = "jixiao {0} --help")
    @ValueSource(
            strings = {
                "",
                "evaluate",
                "review",
                "batch",
                "template",
                "report",
                "rubric",
                "rubric list",
                "rubric show",
                "rubric validate",
                "rubric test",
                "rubric diff",
                "indicators",
                "serve"
            })
    void the_help_of_every_command_is_chinese(String command) {
        List<String> args = new java.util.ArrayList<>(List.of("--lang", "zh"));
        if (!command.isEmpty()) {
            args.addAll(List.of(command.split(" ")));
        }
        args.add("--help");

        CliRun chinese = CliRun.of(args.toArray(String[]::new));
        CliRun english = CliRun.of(args.subList(2, args.size()).toArray(String[]::new));

        assertThat(chinese.exitCode()).isZero();
        assertThat(chinese.out()).startsWith("用法：jixiao").contains("显示帮助并退出。");
        // picocli wraps lines: the check reads the help as one text
        String text = chinese.out().replaceAll("\\s*\\n\\s*", " ");
        assertThat(Chinese.english(text)).as(chinese.out()).isEmpty();
        // and says as much as the English: every option of the one is in the other
        for (String option : english.out().split("\\s+")) {
            if (option.matches("--[a-z-]+(=\\S+)?,?")) {
                assertThat(chinese.out()).contains(option.replaceAll(",$", ""));
            }
        }
    }
}
