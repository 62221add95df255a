package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a rubric designer does without Java: extend, validate, test, diff and use a rubric. */
class RubricDesignTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "rubrics");

    @Test
    void the_built_in_rubric_passes_its_own_cases() {
        CliRun run = CliRun.of("rubric", "test", "henan-2020-old-community");

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out())
                .startsWith("henan-2020-old-community 2020.1: 24 cases from"
                        + " henan-2020-old-community.cases.yaml (built-in)\n")
                .endsWith("24 passed, 0 failed\n");
    }

    @Test
    void the_example_2021_rubric_validates_passes_its_cases_and_scores_its_submission() {
        CliRun validate = CliRun.of(
                "rubric",
                "validate",
                EXAMPLE.resolve("example-province-2021.yaml").toString());
        CliRun cases = CliRun.of(
                "rubric",
                "test",
                EXAMPLE.resolve("example-province-2021.cases.yaml").toString());
        CliRun evaluate = CliRun.of(
                "evaluate", EXAMPLE.resolve("example-county-2021.json").toString(), "-f", "json");

        assertThat(validate.exitCode()).as(validate.err()).isZero();
        assertThat(validate.out())
                .contains("valid rubric example-province-2021-old-community 2021.1: 4 groups,"
                        + " 12 indicators, 1 bonus or penalty items, 1 vetoes, total 100");
        assertThat(cases.exitCode()).as(cases.out()).isZero();
        assertThat(cases.out()).endsWith("12 passed, 0 failed\n");
        assertThat(evaluate.exitCode()).as(evaluate.err()).isZero();
        assertThat(evaluate.err()).isEmpty();
        assertThat(evaluate.out())
                .contains("\"total\": 93.7,")
                .contains("\"grade\": \"良\",")
                .contains("\"bonus\": {\n    \"name\": \"加分项\",\n    \"cap\": 3,\n    \"score\": 2.7,")
                .contains("\"reason\": \"计划加装电梯40部，已完成36部，加2.7分。\"");
    }

    @Test
    void diff_lists_exactly_the_changes_of_the_example() {
        CliRun run = CliRun.of(
                "rubric",
                "diff",
                "henan-2020-old-community",
                EXAMPLE.resolve("example-province-2021.yaml").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines())
                .containsExactly(
                        "henan-2020-old-community 2020.1 → example-province-2021-old-community 2021.1: 15 changes",
                        "  rubric: id henan-2020-old-community → example-province-2021-old-community",
                        "  rubric: version 2020.1 → 2021.1",
                        "  rubric: title 中央和省级城镇保障性安居工程财政资金用于城镇老旧小区改造绩效评价指标表 → 城镇老旧小区改造绩效评价指标表" + "（2021年示例，非正式文件）",
                        "  grades: 优≥90 良≥80 中≥60 差≥0 → 优>95 良>85 中≥60 差≥0",
                        "  group output: weight 60 → 55",
                        "  group satisfaction: weight 5 → 10",
                        "  bonus: added (加分项, at most 3)",
                        "  veto veto.severeViolation: added (重大违规, when fact severeViolation holds)",
                        "  indicator funding.allocation: judgement none → at most 1",
                        "  indicator output.elderlyCare: a plan of zero now makes it not applicable",
                        "  indicator output.quality: weight 10 → 5",
                        "  indicator output.quality: criteria \"工程质量符合标准的(10分)；通过住房城乡建设、监察等部门检查存在质量问题，或经群众"
                                + "举报、新闻媒体曝光，经查实存在质量问题的，每发现1项扣1分，最多扣10分。\" → \"工程质量符合标准的(5分)；经查实存在"
                                + "质量问题的，每发现1项扣1分，最多扣5分。\"",
                        "  indicator satisfaction.residents: weight 5 → 10",
                        "  indicator satisfaction.residents: criteria \"满意度指标达到80%以上的(5分)；低于80%的，每低一个百分点扣1分，对于"
                                + "群众信访没有及时处置的，每一次扣1分，最多扣5分。\" → \"满意度指标达到80%以上的(10分)；低于80%的，每低一个百分点"
                                + "扣1分，对于群众信访没有及时处置的，每一次扣1分，最多扣10分。\"",
                        "  indicator bonus.elevators: added to group bonus (加装电梯, weight 3, type formula)");
    }

    @Test
    void the_example_project_form_passes_its_hand_worked_cases_and_finds_the_over_claim() throws Exception {
        CliRun cases = CliRun.of(
                "rubric",
                "test",
                EXAMPLE.resolve("example-project-water-2021.cases.yaml").toString());
        assertThat(cases.exitCode()).as(cases.out()).isZero();
        assertThat(cases.out()).endsWith("8 passed, 0 failed\n");
        CliRun run = CliRun.of(
                "evaluate", EXAMPLE.resolve("example-project-water-2021.json").toString(), "-f", "json");
        com.fasterxml.jackson.databind.JsonNode result =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        assertThat(result.get("total").asText()).isEqualTo("95.83");
        assertThat(result.get("discrepancies").get(0).get("claimed").asText()).isEqualTo("98");
    }

    /** The service contract matches its claim; the subsidy programme over-claims, a 偏离 among its rows. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "example-project-eldercare-2021, 95.17, 0",
        "example-project-subsidy-2021, 96.74, 1",
    })
    void the_other_example_projects_pass_their_cases_and_score_as_worked_by_hand(
            String project, String total, int discrepancies) throws Exception {
        CliRun cases = CliRun.of(
                "rubric", "test", EXAMPLE.resolve(project + ".cases.yaml").toString());
        assertThat(cases.exitCode()).as(cases.out()).isZero();
        assertThat(cases.out()).endsWith("3 passed, 0 failed\n");
        com.fasterxml.jackson.databind.JsonNode result = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(
                        CliRun.of("evaluate", EXAMPLE.resolve(project + ".json").toString(), "-f", "json")
                                .out());
        assertThat(result.get("total").asText()).isEqualTo(total);
        assertThat(result.get("discrepancies")).hasSize(discrepancies);
    }

    @Test
    void a_rubric_compared_with_itself_has_no_changes() {
        CliRun run = CliRun.of("rubric", "diff", "henan-2020-old-community", "henan-2020-old-community");

        assertThat(run.out())
                .isEqualTo("henan-2020-old-community 2020.1 → henan-2020-old-community 2020.1: no changes\n");
    }

    @Test
    void a_sub_group_renamed_is_a_change(@TempDir Path dir) throws Exception {
        Path before = Path.of("../examples/rubrics/example-three-level.yaml");
        String text = Files.readString(before);
        // a sub-group (二级指标 of a three-level table) renamed: the SHA-256 differs, so must the diff
        String changed = text.replace("name: 质量指标", "name: 工程质量与安全");
        Path after = Files.writeString(dir.resolve("after.yaml"), changed);

        CliRun run = CliRun.of("rubric", "diff", before.toString(), after.toString());

        assertThat(run.out())
                .contains("group output.quality: name 质量指标 → 工程质量与安全")
                .doesNotContain("no changes");
    }

    @Test
    void judgements_and_rounding_changed_are_changes(@TempDir Path dir) throws Exception {
        Path before = Path.of("../examples/rubrics/example-three-level.yaml");
        String text = Files.readString(before);
        String changed = text.replace(
                        "{ name: 落实融资, atMost: 2, when: { financingSecured: false } }", "{ name: 落实融资, atMost: 1 }")
                .replace("        judgement: { atMost: 2 }\n", "")
                .replace("rounding: { decimals: 1, mode: half-up }", "rounding: { decimals: 2, mode: down }");
        assertThat(changed).isNotEqualTo(text);
        Path after = Files.writeString(dir.resolve("after.yaml"), changed);

        CliRun run = CliRun.of("rubric", "diff", before.toString(), after.toString());

        assertThat(run.out().lines())
                .contains(
                        "  rubric: rounding 1 decimals half-up → 2 decimals down",
                        "  group process.management: judgement at most 2 → none",
                        "  indicator output.timeliness.preparation: judgement 前期审批 at most 2 when approvedEarly is"
                                + " false; 落实融资 at most 2 when financingSecured is false → 前期审批 at most 2 when"
                                + " approvedEarly is false; 落实融资 at most 1");
    }

    @Test
    void a_failing_case_shows_expected_and_actual_and_exits_1(@TempDir Path dir) throws Exception {
        Path cases = Files.writeString(
                dir.resolve("cases.yaml"),
                """
                rubric: henan-2020-old-community
                base: %s
                cases:
                  - name: 正确的期望
                    expect: { total: 98.1 }
                  - name: 错误的期望
                    facts: { elderlyCareArea: { plan: 63120, actual: 60000 } }
                    expect: { output.elderlyCare: 7, grade: 良 }
                """
                        .formatted(CliRun.ZHUMADIAN.toAbsolutePath()));

        CliRun run = CliRun.of("rubric", "test", cases.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains("  passed  正确的期望\n  FAILED  错误的期望\n"
                        + "          output.elderlyCare: expected 7, got 6\n          grade: expected 良, got 优\n")
                .endsWith("1 passed, 1 failed\n");
    }

    @Test
    void show_source_names_the_file_of_each_row() {
        CliRun run = CliRun.of(
                "rubric", "show", EXAMPLE.resolve("example-province-2021.yaml").toString(), "--source");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("  output.quality 工程质量\n")
                .contains("    来源：henan-2020-old-community.yaml (built-in)，修改于 "
                        + EXAMPLE.resolve("example-province-2021.yaml"))
                .contains("  bonus.elevators 加装电梯\n")
                .contains("    来源：" + EXAMPLE.resolve("example-province-2021.yaml") + "\n")
                .contains("    来源：henan-2020-old-community.yaml (built-in)\n");
    }

    @Test
    void a_veto_sets_the_lowest_grade_and_says_so(@TempDir Path dir) throws Exception {
        Path submission = Files.writeString(
                dir.resolve("severe.json"),
                Files.readString(EXAMPLE.resolve("example-county-2021.json"))
                        .replace("\"violations\": 0", "\"violations\": 1")
                        .replace("\"severeViolation\": false", "\"severeViolation\": true"));
        // the rubric is elsewhere, so it is given on the command line: a submission names rubrics in its own folder
        // only
        String rubric = EXAMPLE.resolve("example-province-2021.yaml").toString();

        CliRun table = CliRun.of("evaluate", submission.toString(), "--rubric", rubric);
        CliRun json = CliRun.of("evaluate", submission.toString(), "-f", "json", "--rubric", rubric);

        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("总分88.7分；一票否决（重大违规）：存在性质恶劣、有重大不良影响的违规违纪项目，评价等级为差，等级：差");
        assertThat(json.out())
                .contains("\"total\": 88.7,")
                .contains("\"grade\": \"差\",")
                .contains("\"vetoes\": [\n    {\n      \"id\": \"veto.severeViolation\",");
    }
}
