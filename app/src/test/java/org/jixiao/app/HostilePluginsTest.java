package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins that misbehave on purpose: each call into plugin code — constructor, list of types, id, facts,
 * configure, score — is bounded in time, contained when it throws an Error, and named with its jar.
 */
class HostilePluginsTest {

    private static final String SERVICES = "META-INF/services/org.jixiao.spi.IndicatorProvider";
    /** Hangs without burning a core, and ignores the interrupt that abandons it. */
    private static final String HANG =
            "if (true) { while (true) { try { Thread.sleep(60_000); } catch (InterruptedException e) { } } }";

    @TempDir
    Path dir;

    private Path plugins;
    private Path rubric;

    @BeforeEach
    void setUp() throws IOException {
        plugins = Files.createDirectory(dir.resolve("plugins"));
        rubric = Files.writeString(
                dir.resolve("hostile.yaml"),
                Files.readString(Path.of(
                                "../rubrics/src/main/resources/META-INF/jixiao/rubrics/henan-2020-old-community.yaml"))
                        .replace("type: quality-issues", "type: hostile")
                        .replace("params: { pointsEach: 1 }", ""));
    }

    /** A plugin with one type, "hostile", whose methods run the given statements first. */
    private void plugin(String constructor, String types, String id, String facts, String configure, String score)
            throws IOException {
        TestJars.compile(
                plugins.resolve("hostile.jar"),
                Map.of(
                        "test.hostile.P",
                        """
                package test.hostile;
                import java.math.BigDecimal;
                import java.util.List;
                import org.jixiao.spi.*;
                public final class P implements IndicatorProvider {
                    public P() { %s }
                    public List<IndicatorType> indicatorTypes() { %s return List.of(new T()); }
                    static final class T implements IndicatorType {
                        public String id() { %s return "hostile"; }
                        public String name() { return "恶意"; }
                        public List<FactSlot> facts() { %s return List.of(); }
                        public List<ParameterSpec> parameters() { return List.of(); }
                        public Indicator configure(IndicatorConfig c) {
                            %s
                            return f -> { %s return Score.deducting(c.weight(), List.of(), "满分。"); };
                        }
                    }
                }
                """
                                .formatted(constructor, types, id, facts, configure, score)),
                Map.of(SERVICES, "test.hostile.P\n"),
                "1.1");
    }

    private CliRun evaluate(String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--plugins",
                plugins.toString(),
                "--plugin-timeout",
                "0.5",
                "evaluate",
                CliRun.ZHUMADIAN.toString(),
                "--rubric",
                rubric.toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void a_constructor_that_never_returns_is_abandoned_and_named_and_can_be_skipped() throws IOException {
        plugin(HANG, "", "", "", "", "");
        CliRun run = CliRun.of("--plugins", plugins.toString(), "--plugin-timeout", "0.5", "indicators");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo(
                        "jixiao: invalid indicator types: " + plugins.resolve("hostile.jar")
                                + ": provider test.hostile.P could not be created: it took longer than 500 ms and was abandoned\n");

        CliRun skipped = CliRun.of(
                "--plugins", plugins.toString(), "--plugin-timeout", "0.5", "--skip-bad-plugins", "indicators");
        assertThat(skipped.exitCode()).as(skipped.err()).isZero();
        assertThat(skipped.err())
                .startsWith("jixiao: warning: skipped plugin " + plugins.resolve("hostile.jar")
                        + ": provider test.hostile.P could not be created: it took longer than 500 ms");
        assertThat(skipped.out()).contains("plan-completion").doesNotContain("hostile");
    }

    @Test
    void a_list_of_types_or_an_id_that_never_comes_is_named() throws IOException {
        plugin("", HANG, "", "", "", "");
        assertThat(CliRun.of("--plugins", plugins.toString(), "--plugin-timeout", "0.5", "indicators")
                        .err())
                .contains("provider test.hostile.P failed to list its types: it took longer than 500 ms");
        plugin("", "", HANG, "", "", "");
        CliRun id = CliRun.of(
                "--plugins", plugins.toString(), "--plugin-timeout", "0.5", "--skip-bad-plugins", "indicators");
        assertThat(id.exitCode()).isZero();
        assertThat(id.err()).contains("type test.hostile.P$T failed to describe itself: it took longer than 500 ms");
    }

    @Test
    void a_configure_that_never_returns_fails_the_rubric_naming_the_row_and_jar() throws IOException {
        plugin("", "", "", "", HANG, "");
        CliRun run = evaluate();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("hostile.yaml:")
                .contains(
                        "indicator type hostile (" + plugins.resolve("hostile.jar")
                                + ") failed to configure indicator output.quality: it took longer than 500 ms and was abandoned");
    }

    @Test
    void errors_thrown_while_scoring_fail_their_row_only_and_name_it() throws IOException {
        for (String thrown : List.of(
                "new AssertionError(\"不变量\")", "new OutOfMemoryError(\"simulated\")", "new StackOverflowError()")) {
            plugin("", "", "", "", "", "if (true) throw " + thrown + ";");
            CliRun run = evaluate();
            assertThat(run.exitCode()).as(thrown + run.err()).isEqualTo(1);
            assertThat(run.err())
                    .as(thrown)
                    .contains("jixiao: indicator output.quality failed: type hostile (" + plugins.resolve("hostile.jar")
                            + ") threw java.lang.");
            assertThat(run.out())
                    .as(thrown)
                    .contains("资金筹集（9.1/10）")
                    .contains("工程质量（—/10）：未能评分")
                    .contains("评分未完成：1个指标出错");
            assertThat(run.err()).doesNotContain("\tat ");
        }
    }

    @Test
    void null_facts_and_a_ledger_larger_than_the_points_lost_are_named() throws IOException {
        plugin("", "", "", "if (true) return null;", "", "");
        CliRun nullFacts = CliRun.of("--plugins", plugins.toString(), "indicators");
        assertThat(nullFacts.exitCode()).isEqualTo(2);
        assertThat(nullFacts.err())
                .contains(plugins.resolve("hostile.jar") + ": type test.hostile.P$T returned no"
                        + " fact slots (facts() is null)");

        plugin(
                "",
                "",
                "",
                "",
                "",
                "if (true) return Score.deducting(c.weight(), List.of(new Deduction(new"
                        + " BigDecimal(\"12\"), \"多扣\")), \"扣多了。\");");
        CliRun ledger = evaluate();
        assertThat(ledger.exitCode()).isEqualTo(1);
        assertThat(ledger.err())
                .contains("indicator output.quality failed: type hostile (" + plugins.resolve("hostile.jar")
                        + ") returned deductions of 12 points for 10 points lost; the itemised deductions must add up to the"
                        + " points lost");
    }

    @Test
    void plugin_code_runs_with_its_own_context_class_loader_everywhere() throws IOException {
        String check = "if (Thread.currentThread().getContextClassLoader() != P.class.getClassLoader())"
                + " throw new IllegalStateException(\"wrong context loader\");";
        plugin(check, check, check, check, check, check);
        CliRun run = evaluate();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("工程质量（10/10）：满分。");
    }

    @Test
    void a_plugin_that_calls_system_exit_does_not_pass_for_a_clean_run() throws Exception {
        plugin("", "", "", "", "", "System.exit(0);");
        Path output = dir.resolve("result.json");
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.jixiao.app.Main",
                        "--plugins",
                        plugins.toString(),
                        "evaluate",
                        CliRun.ZHUMADIAN.toString(),
                        "--rubric",
                        rubric.toString(),
                        "-o",
                        output.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(printed).isEqualTo(1);
        assertThat(printed)
                .contains("jixiao: the run was ended before it finished (an indicator plugin called"
                        + " System.exit, or the process was stopped); no result was written");
        assertThat(output).doesNotExist();
    }

    @Test
    void a_batch_line_stuck_in_an_indicator_fails_alone_and_the_stream_goes_on() throws Exception {
        plugin("", "", "", "", "", "if (f.subject().region().equals(\"卡住县\")) " + HANG);
        String good = com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(CliRun.ZHUMADIAN.toFile())
                .toString();
        Path in = Files.write(dir.resolve("in.ndjson"), List.of(good, good.replace("驻马店市", "卡住县"), good));
        CliRun run = CliRun.of(
                "--plugins",
                plugins.toString(),
                "--plugin-timeout",
                "0.5",
                "batch",
                in.toString(),
                "--rubric",
                rubric.toString(),
                "--threads",
                "2");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("\"status\":\"ok\"", "\"total\":98.1");
        assertThat(lines.get(1))
                .contains("\"status\":\"failed\"", "output.quality: type hostile took longer than 500 ms");
        assertThat(lines.get(2)).contains("\"status\":\"ok\"");
    }
}
