package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad input gets one clear message on stderr naming the file, the place and what was expected;
 * exit code 2; no stack trace; and the output file is neither created nor overwritten.
 */
class BadInputTest {

    @TempDir
    Path dir;

    private static String example() {
        try {
            return Files.readString(CliRun.ZHUMADIAN);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The example with one piece replaced; fails loudly if the piece is not there. */
    private static String exampleWith(String piece, String replacement) {
        String text = example();
        if (!text.contains(piece)) {
            throw new IllegalStateException("the example no longer contains " + piece);
        }
        return text.replace(piece, replacement);
    }

    static Stream<Arguments> badSubmissions() {
        return Stream.of(
                Arguments.of("malformed JSON", "bad.json", exampleWith("\"year\": 2020,", "\"year\": 2020,,"),
                        "jixiao: invalid input: bad.json:5:18: malformed JSON: Unexpected character (',' (code 44)):"
                                + " was expecting double-quote to start field name"),
                Arguments.of("malformed YAML", "bad.yaml", "facts:\n  households: {plan: 1, actual: 2\nrubric: x\n",
                        "jixiao: invalid input: bad.yaml:3:7: malformed YAML: while parsing a flow mapping"),
                Arguments.of("a missing fact", "missing.json", exampleWith("\"qualityIssues\": 0,", ""),
                        "jixiao: invalid submission: missing.json:9:12: facts: missing fact \"qualityIssues\""
                                + " (经查实的工程质量问题, a whole number, 0 or more), read by indicator output.quality 工程质量"),
                Arguments.of("a text for a number", "type.json", exampleWith("\"violations\": 0,", "\"violations\": \"none\","),
                        "jixiao: invalid submission: type.json:19:19: facts.violations: expected a number, got the text"
                                + " \"none\"; write numbers without quotes, thousands separators or units"),
                Arguments.of("a text for a flag", "flag.json",
                        exampleWith("\"localSubsidyArranged\": true,", "\"localSubsidyArranged\": \"是\","),
                        "jixiao: invalid submission: flag.json:10:29: facts.localSubsidyArranged: expected true or"
                                + " false, got the text \"是\""),
                Arguments.of("a plan of zero", "plan.json", exampleWith("\"plan\": 33224", "\"plan\": 0"),
                        "jixiao: invalid submission: plan.json:27:29: facts.households.plan: expected a plan greater"
                                + " than 0, got 0; a completion rate needs a planned quantity"),
                Arguments.of("a negative count", "negative.json", exampleWith("\"qualityIssues\": 0,", "\"qualityIssues\": -2,"),
                        "jixiao: invalid submission: negative.json:33:22: facts.qualityIssues: expected a whole number,"
                                + " 0 or more, got -2"),
                Arguments.of("a percent above 100", "percent.json", exampleWith("\"satisfactionRate\": 85,",
                        "\"satisfactionRate\": 850,"),
                        "jixiao: invalid submission: percent.json:35:25: facts.satisfactionRate: expected a percent"
                                + " number from 0 to 100 (16.4 means 16.4%), got 850"),
                Arguments.of("not an object", "list.json", "[1, 2]",
                        "jixiao: invalid submission: list.json:1:1: expected a submission (an object), got a list"),
                Arguments.of("an empty file", "empty.json", "",
                        "jixiao: invalid input: empty.json: file is empty; expected a JSON or YAML object"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSubmissions")
    void a_bad_submission_gets_one_message_and_exit_code_2(String what, String name, String content, String message)
            throws IOException {
        Path submission = Files.writeString(dir.resolve(name), content);
        Path output = dir.resolve("result.json");
        Files.writeString(output, "previous good result");

        CliRun run = CliRun.of("evaluate", submission.toString(), "-o", output.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().replace(dir + "/", "")).startsWith(message);
        assertNoStackTrace(run);
        assertThat(Files.readString(output)).isEqualTo("previous good result");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(submission, output);
        }
    }

    @Test
    void a_missing_file() {
        CliRun run = CliRun.of("evaluate", "no-such-submission.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("jixiao: invalid input: no-such-submission.json: no such file\n");
    }

    @Test
    void an_unknown_rubric_lists_the_known_ones() {
        CliRun run = CliRun.of("evaluate", CliRun.ZHUMADIAN.toString(), "--rubric", "henan-2020-old-comunity");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("jixiao: invalid rubric: henan-2020-old-comunity: unknown rubric; did you mean"
                + " henan-2020-old-community?; built-in rubrics: henan-2020-old-community; or give the path of a rubric"
                + " file (.yaml, .yml or .json)\n");
    }

    @Test
    void an_invalid_rubric_file_names_its_line() throws IOException {
        Path rubric = dir.resolve("bad-rubric.yaml");
        Files.writeString(rubric, Files.readString(Path.of(
                "src/main/resources/META-INF/jixiao/rubrics/henan-2020-old-community.yaml"))
                .replace("weight: 15\n        type: plan-completion", "weight: 13\n        type: plan-completion"));

        CliRun run = CliRun.of("evaluate", CliRun.ZHUMADIAN.toString(), "--rubric", rubric.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().replace(dir + "/", "")).isEqualTo("jixiao: invalid rubric: bad-rubric.yaml:64:5: groups[2]:"
                + " group output: indicator weights add up to 56, the group's weight is 60\n");
        assertNoStackTrace(run);
    }

    @Test
    void an_output_file_that_cannot_be_written() {
        Path output = dir.resolve("no-such-dir").resolve("result.json");

        CliRun run = CliRun.of("evaluate", CliRun.ZHUMADIAN.toString(), "-o", output.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("jixiao: invalid output: " + output + ": cannot write the output file");
        assertThat(output).doesNotExist();
    }

    @Test
    void an_unknown_option_is_a_usage_error() {
        CliRun run = CliRun.of("evaluate", CliRun.ZHUMADIAN.toString(), "--fromat", "json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("jixiao: Unknown options: '--fromat', 'json'\n")
                .contains("--format").endsWith("Try 'jixiao evaluate --help' for more information.\n");
    }

    @Test
    void verbose_adds_the_stack_trace() throws IOException {
        Path submission = Files.writeString(dir.resolve("list.json"), "[1]");

        CliRun run = CliRun.of("--verbose", "evaluate", submission.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("org.jixiao.engine.InputException").contains("\tat org.jixiao.");
    }

    private static void assertNoStackTrace(CliRun run) {
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err().lines().count()).isEqualTo(1);
    }
}
