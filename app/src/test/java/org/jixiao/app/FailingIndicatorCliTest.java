package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.app.wiring.JixiaoModule;
import org.jixiao.spi.FactSlot;
import org.jixiao.spi.Indicator;
import org.jixiao.spi.IndicatorConfig;
import org.jixiao.spi.IndicatorType;
import org.jixiao.spi.ParameterSpec;
import org.jixiao.spi.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A misbehaving indicator type fails the evaluation loudly, named with its source; it never scores zero quietly. */
class FailingIndicatorCliTest {

    /** Gives one point more than the row's weight. */
    static class GreedyType implements IndicatorType {
        @Override
        public String id() {
            return "greedy";
        }

        @Override
        public String name() {
            return "贪心";
        }

        @Override
        public List<FactSlot> facts() {
            return List.of();
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of();
        }

        @Override
        public Indicator configure(IndicatorConfig config) {
            return facts -> new Score(config.weight().add(BigDecimal.ONE), "多给一分。", List.of());
        }
    }

    /** Returns a score inside [0, weight] whose plain form and every sum with it would be a gigabyte. */
    static final class TinyType extends GreedyType {
        @Override
        public String id() {
            return "tiny";
        }

        @Override
        public Indicator configure(IndicatorConfig config) {
            return facts -> new Score(new BigDecimal("1E-999999999"), "几乎为零。", List.of());
        }
    }

    @Test
    void a_score_of_absurd_scale_fails_its_row_naming_the_row_and_the_type(@TempDir Path dir) throws Exception {
        Path rubric = Files.writeString(
                dir.resolve("tiny.yaml"),
                Files.readString(Path.of(
                                "../rubrics/src/main/resources/META-INF/jixiao/rubrics/henan-2020-old-community.yaml"))
                        .replace("type: quality-issues", "type: tiny")
                        .replace("params: { pointsEach: 1 }", ""));

        CliRun run = CliRun.with(
                binder -> {
                    binder.install(new JixiaoModule());
                    JixiaoModule.indicatorTypes(binder).addBinding().to(TinyType.class);
                },
                "evaluate",
                CliRun.ZHUMADIAN.toString(),
                "--rubric",
                rubric.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("jixiao: indicator output.quality failed: type tiny (registered in code"
                        + " (org.jixiao.app.FailingIndicatorCliTest$TinyType)) returned a score of 1E-999999999, with"
                        + " more than 12 decimal places")
                .doesNotContain("internal error");
    }

    @Test
    void a_score_above_the_weight_fails_with_exit_1_and_writes_nothing(@TempDir Path dir) throws Exception {
        Path rubric = Files.writeString(
                dir.resolve("greedy.yaml"),
                Files.readString(Path.of(
                                "../rubrics/src/main/resources/META-INF/jixiao/rubrics/henan-2020-old-community.yaml"))
                        .replace("type: quality-issues", "type: greedy")
                        .replace("params: { pointsEach: 1 }", ""));
        Path output = Files.writeString(dir.resolve("result.txt"), "a previous good result");

        CliRun run = CliRun.with(
                binder -> {
                    binder.install(new JixiaoModule());
                    JixiaoModule.indicatorTypes(binder).addBinding().to(GreedyType.class);
                },
                "evaluate",
                CliRun.ZHUMADIAN.toString(),
                "--rubric",
                rubric.toString(),
                "-o",
                output.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("jixiao: indicator output.quality failed: type greedy (registered in code"
                        + " (org.jixiao.app.FailingIndicatorCliTest$GreedyType)) returned 11 points, outside [0, 10]")
                .contains("the evaluation failed, so it has no total; nothing was written to " + output);
        assertThat(run.out()).contains("评分未完成：1个指标出错，不计总分和等级").contains("工程质量（—/10）：未能评分");
        assertThat(Files.readString(output)).isEqualTo("a previous good result");
    }

    @Test
    void a_programme_sets_report_names_the_programme_and_indicator_that_failed(@TempDir Path dir) throws Exception {
        Path examples = Path.of("../examples/rubrics");
        for (String file :
                List.of("example-shantytown-2021.yaml", "example-rental-2021.yaml", "example-anju-county.json")) {
            Files.copy(examples.resolve(file), dir.resolve(file));
        }
        Files.writeString(
                dir.resolve("greedy.yaml"),
                Files.readString(Path.of(
                                "../rubrics/src/main/resources/META-INF/jixiao/rubrics/henan-2020-old-community.yaml"))
                        .replace("type: quality-issues", "type: greedy")
                        .replace("params: { pointsEach: 1 }", ""));
        Files.writeString(
                dir.resolve("example-anju-2021.yaml"),
                Files.readString(examples.resolve("example-anju-2021.yaml"))
                        .replace("rubric: henan-2020-old-community }", "rubric: greedy.yaml }"));
        Path report = dir.resolve("报告.docx");

        CliRun run = CliRun.with(
                binder -> {
                    binder.install(new JixiaoModule());
                    JixiaoModule.indicatorTypes(binder).addBinding().to(GreedyType.class);
                },
                "report",
                dir.resolve("example-anju-county.json").toString(),
                "-o",
                report.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err())
                .contains("jixiao: oldCommunity: indicator output.quality failed: type greedy")
                .contains("so there is no report; nothing was written to " + report);
        assertThat(report).doesNotExist();
    }
}
