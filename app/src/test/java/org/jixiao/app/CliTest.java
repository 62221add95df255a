package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @Test
    void evaluate_prints_the_aligned_table_with_total_grade_and_reasons() {
        CliRun run = CliRun.of("evaluate", CliRun.ZHUMADIAN.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("驻马店市2020年城镇老旧小区改造绩效评价结果")
                .contains("合计             100  98.1")
                .contains("总分98.1分，等级：优（优秀）")
                .contains("  配建养老服务设施面积完成率（9/10）：实际开工量为62395平方米")
                .contains("自评得分核对：无不一致。");
        // Chinese characters count as two cells: every score column lines up under its header.
        String header =
                run.out().lines().filter(l -> l.startsWith("一级指标")).findFirst().orElseThrow();
        String fundingRow =
                run.out().lines().filter(l -> l.startsWith("资金管理")).findFirst().orElseThrow();
        String longRow = run.out()
                .lines()
                .filter(l -> l.contains("配建养老服务设施面积完成率"))
                .findFirst()
                .orElseThrow();
        int width = org.jixiao.app.output.TextWidth.of(header);
        assertThat(org.jixiao.app.output.TextWidth.of(fundingRow)).isEqualTo(width);
        assertThat(org.jixiao.app.output.TextWidth.of(longRow)).isEqualTo(width);
    }

    @Test
    void markdown_follows_the_seed_table_layout() {
        CliRun run = CliRun.of("evaluate", CliRun.ZHUMADIAN.toString(), "--format", "markdown");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("| 一级指标 | 分值 | 二级指标 | 分值 | 评分标准 | 得分 | 评分理由 |")
                .contains("| 产出效益 | 60 | 改造户数计划完成率 | 15 | 项目实际开工量大于或等于年计划的(15分)；未达到计划的，每低一个百分点扣1分，"
                        + "最多扣15分。 | 15 | 2020年计划改造户数33224户，已开工户数33623户，开工率101.2%。 |")
                .contains("| 合计 | 100 |  |  |  | 98.1 |  |");
    }

    @Test
    void output_goes_to_a_file_when_asked(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("result.json");

        CliRun run = CliRun.of("evaluate", CliRun.ZHUMADIAN.toString(), "-f", "json", "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out)).contains("\"total\": 98.1,").endsWith("}\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void the_rubric_option_overrides_the_submission_and_takes_a_file(@TempDir Path dir) throws Exception {
        Path rubric = dir.resolve("copy.yaml");
        Files.writeString(
                rubric,
                Files.readString(Path.of(
                                "../rubrics/src/main/resources/META-INF/jixiao/rubrics/henan-2020-old-community.yaml"))
                        .replace("id: henan-2020-old-community", "id: henan-2020-copy"));

        CliRun run = CliRun.of("evaluate", CliRun.ZHUMADIAN.toString(), "--rubric", rubric.toString(), "-f", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"id\": \"henan-2020-copy\"").contains("\"total\": 98.1,");
        assertThat(run.err())
                .contains("warning: rubric: the submission names rubric henan-2020-old-community but was"
                        + " scored with henan-2020-copy");
    }

    @Test
    void a_yaml_submission_scores_the_same(@TempDir Path dir) throws Exception {
        Path yaml = Files.writeString(
                dir.resolve("zhumadian.yaml"),
                """
                subject: { region: 驻马店市, year: 2020 }
                rubric: henan-2020-old-community
                facts:
                  localSubsidyArranged: true
                  socialFundingRatio: 16.4
                  fundRulesSound: true
                  allocatedOnTime: true
                  allocationTargeted: true
                  monitoringInPlace: true
                  targetsSetAndEvaluated: true
                  violations: 0
                  severeViolation: false
                  undisclosedItems: 0
                  reportDaysLate: 0
                  reportComplete: true
                  households: { plan: 33224, actual: 33623 }
                  area: { plan: 341.4058, actual: 345.4602 }
                  buildings: { plan: 1766, actual: 1804 }
                  communities: { plan: 320, actual: 336 }
                  elderlyCareArea: { plan: 63120, actual: 62395 }
                  qualityIssues: 0
                  satisfactionRate: 85
                  unhandledPetitions: 0
                claimed: { total: 98.1 }
                """);

        CliRun run = CliRun.of("evaluate", yaml.toString(), "-f", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"total\": 98.1,").contains("\"discrepancies\": [],");
    }

    @Test
    void rubric_list_show_and_validate() {
        CliRun list = CliRun.of("rubric", "list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).startsWith("henan-2020-old-community  2020.1  中央和省级城镇保障性安居工程财政资金");
        assertThat(list.out()).contains("project-self-evaluation  （骨架，供项目的评分表继承：extends: project-self-evaluation）");

        CliRun show = CliRun.of("rubric", "show", "henan-2020-old-community");
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out())
                .contains("总分100；等级：优（优秀） ≥90，良（良好） ≥80，中 ≥60，差 ≥0")
                .contains("服务对象满意度     5  老旧小区居民满意度             5  satisfaction.residents  resident-satisfaction")
                .contains("    事实：quantity=elderlyCareArea")
                .contains("    参数：subsidyPoints=5, socialFundingPoints=5, socialFundingTarget=20, stepSize=4,"
                        + " pointsPerStep=1, stepReading=proportional");

        CliRun validate = CliRun.of(
                "rubric",
                "validate",
                "../rubrics/src/main/resources/META-INF/jixiao/rubrics/henan-2020-old-community.yaml");
        assertThat(validate.exitCode()).as(validate.err()).isZero();
        assertThat(validate.out())
                .contains("valid rubric henan-2020-old-community 2020.1: 4 groups, 12 indicators,"
                        + " total 100, 20 facts; sha256 ");
    }

    @Test
    void indicators_lists_every_type_with_its_source() {
        CliRun run = CliRun.of("indicators");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()
                        .lines()
                        .filter(l -> !l.startsWith(" ") && !l.isEmpty())
                        .map(l -> l.split(" ")[0]))
                .containsExactly(
                        "evaluator-score",
                        "execution-rate",
                        "formula",
                        "funding-allocation",
                        "funding-raising",
                        "funding-use",
                        "plan-completion",
                        "policy-disclosure",
                        "quality-issues",
                        "report-timeliness",
                        "resident-satisfaction",
                        "target",
                        "target-qualitative");
        assertThat(run.out())
                .contains("plan-completion  计划完成率\n  from: ")
                .contains("quantity  plan_actual  年度计划量与实际开工量  bound by the rubric")
                .contains("stepReading  choice [whole, proportional]  default whole");
        assertThat(run.out()).containsPattern("from: .*indicators-output.*");
    }

    @Test
    void help_and_version() {
        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out())
                .contains("Usage: jixiao")
                .contains("evaluate")
                .contains("rubric")
                .contains("indicators")
                .contains("Exit codes: 0 success, 1 internal error or failed indicator, 2 bad input.");

        CliRun evaluateHelp = CliRun.of("evaluate", "--help");
        assertThat(evaluateHelp.out()).contains("--format=FORMAT").contains("table, json, markdown");

        CliRun version = CliRun.of("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("jixiao ").doesNotContain("unknown version");
    }

    @Test
    void help_lists_every_command_in_order_and_options_may_come_before_the_command() {
        assertThat(CliRun.of("--help").out())
                .containsSubsequence("evaluate", "review", "batch", "template", "report", "rubric", "indicators");

        CliRun optionsFirst = CliRun.of("--verbose", "evaluate", CliRun.ZHUMADIAN.toString());
        assertThat(optionsFirst.exitCode()).isZero();
        assertThat(optionsFirst.out()).contains("98.1");

        CliRun typo = CliRun.of("evaluat", CliRun.ZHUMADIAN.toString());
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("Did you mean evaluate?");
    }

    @Test
    void the_command_logs_to_stderr_only_with_verbose() throws Exception {
        String[] quiet = {"evaluate", CliRun.ZHUMADIAN.toString()};
        String[] verbose = {"--verbose", "evaluate", CliRun.ZHUMADIAN.toString()};

        String[] quietRun = runMain(quiet);
        assertThat(quietRun[0]).contains("98.1");
        assertThat(quietRun[1]).isEmpty();
        assertThat(runMain(verbose)[1]).contains("DEBUG Engine - indicator type funding-raising");
    }

    @Test
    void batch_to_standard_output_writes_the_bytes_a_result_file_gets(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(
                dir.resolve("in.ndjson"),
                Files.readString(CliRun.ZHUMADIAN).replace("\n", " ") + "\n{not json\n",
                java.nio.charset.StandardCharsets.UTF_8);
        Path file = dir.resolve("out.ndjson");
        CliRun.of("batch", in.toString(), "--detail", "reasons", "-o", file.toString());

        String[] run = runMain(2, "batch", in.toString(), "--detail", "reasons");

        assertThat(run[0]).isEqualTo(Files.readString(file)).contains("驻马店市").hasLineCount(2);
        assertThat(run[1]).contains("2 lines: 1 scored, 1 refused");
    }

    @Test
    void running_out_of_memory_is_one_message_with_what_to_do_and_no_output_file(@TempDir Path dir) throws Exception {
        Path counties = Files.createDirectory(dir.resolve("counties"));
        String county = Files.readString(CliRun.ZHUMADIAN);
        for (int i = 0; i < 3000; i++) {
            Files.writeString(counties.resolve("c" + i + ".json"), county);
        }
        Path out = dir.resolve("review.json");

        String[] run =
                runJava(List.of("-Xmx24m"), 1, "review", counties.toString(), "-f", "json", "-o", out.toString());

        assertThat(run[1])
                .startsWith("jixiao: out of memory: the Java heap holds at most ")
                .contains("JIXIAO_JAVA_OPTS=-Xmx4g")
                .doesNotContain("\tat ")
                .hasLineCount(1);
        assertThat(out).doesNotExist();
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactly("counties");
    }

    /** The real entry point in its own JVM: stdout and stderr. */
    private static String[] runMain(String... args) throws Exception {
        return runMain(0, args);
    }

    private static String[] runMain(int exitCode, String... args) throws Exception {
        return runJava(List.of(), exitCode, args);
    }

    /** The real entry point in its own JVM with these JVM options: stdout and stderr. */
    private static String[] runJava(List<String> jvm, int exitCode, String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.jixiao.app.Main"));
        command.addAll(java.util.List.of(args));
        Path err = Files.createTempFile("jixiao-err", ".txt");
        try {
            Process process =
                    new ProcessBuilder(command).redirectError(err.toFile()).start();
            String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(process.waitFor()).isEqualTo(exitCode);
            return new String[] {out, Files.readString(err)};
        } finally {
            Files.deleteIfExists(err);
        }
    }

    @Test
    void no_command_is_a_usage_error() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("jixiao: missing command");
    }
}
