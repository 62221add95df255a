package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several programmes in one evaluation (老旧小区改造, 棚户区改造, 租赁住房保障 under one 安居工程 evaluation): each
 * scored with its own rubric, then combined as the set declares.
 */
class ProgrammeSetTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLES = Path.of("..", "examples", "rubrics");
    private static final String COUNTY =
            EXAMPLES.resolve("example-anju-county.json").toString();
    private static final String SET = EXAMPLES.resolve("example-anju-2021.yaml").toString();

    @TempDir
    Path dir;

    @Test
    void the_example_set_validates_and_passes_its_cases() {
        CliRun validate = CliRun.of("rubric", "validate", SET);
        assertThat(validate.exitCode()).as(validate.err()).isZero();
        assertThat(validate.out())
                .contains("valid programme set example-anju-2021 2021.1: 3 programmes (oldCommunity"
                        + " henan-2020-old-community 2020.1, shantytown example-shantytown-2021 2021.1, rental"
                        + " example-rental-2021 2021.1), combined by weighted funds, total 100");
        CliRun cases = CliRun.of(
                "rubric",
                "test",
                EXAMPLES.resolve("example-anju-2021.cases.yaml").toString());
        assertThat(cases.exitCode()).as(cases.out()).isZero();
        assertThat(cases.out()).endsWith("10 passed, 0 failed\n");
    }

    @Test
    void each_programme_is_scored_with_its_rubric_and_the_totals_are_weighted_by_funds() throws Exception {
        CliRun run = CliRun.of("evaluate", COUNTY, "-f", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = JSON.readTree(run.out());
        // (98.5 × 3200 + 88.5 × 6000 + 94 × 1500) / 10700 = 92.2616…, rounded half up to the set's 2 decimals
        assertThat(result.get("total").asText()).isEqualTo("92.26");
        assertThat(result.get("grade").asText()).isEqualTo("优");
        assertThat(result.get("combine").toString())
                .isEqualTo("{\"method\":\"weighted\",\"by\":\"funds\",\"label\":\"资金\"}");
        JsonNode programmes = result.get("programmes");
        assertThat(programmes).hasSize(3);
        assertThat(programmes.get(1).get("id").asText()).isEqualTo("shantytown");
        assertThat(programmes.get(1).get("weight").asText()).isEqualTo("6000");
        assertThat(programmes.get(1).get("total").asText()).isEqualTo("88.5");
        assertThat(programmes.get(1).get("grade").asText()).isEqualTo("良");
        JsonNode shantytown = programmes.get(1).get("evaluation");
        assertThat(shantytown.get("rubric").get("id").asText()).isEqualTo("example-shantytown-2021");
        assertThat(shantytown.get("subject").get("program").asText()).isEqualTo("棚户区改造");
        // a programme's own claims are checked against its own rubric, the combined total against the combination
        assertThat(shantytown.get("discrepancies").toString()).contains("\"claimed\":90,\"computed\":88.5");
        assertThat(result.get("discrepancies").toString())
                .isEqualTo("[{\"id\":\"total\",\"name\":\"综合得分\",\"claimed\":92.5,\"computed\":92.26,"
                        + "\"difference\":0.24}]");
        // the weight belongs to the set: no programme rubric is told it reads no "funds"
        assertThat(run.err()).doesNotContain("funds");
    }

    @Test
    void the_table_shows_the_programmes_side_by_side_then_each_one() {
        CliRun run = CliRun.of("evaluate", COUNTY);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .startsWith("示例县2021年城镇保障性安居工程绩效评价结果（3个项目）\n")
                .contains("项目                评分表                     资金    权重   总分  等级\n"
                        + "城镇老旧小区改造    henan-2020-old-community   3200  29.91%   98.5  优\n"
                        + "棚户区改造          example-shantytown-2021    6000  56.07%   88.5  良\n"
                        + "租赁住房保障        example-rental-2021        1500  14.02%     94  优\n"
                        + "综合（按资金加权）                            10700    100%  92.26  优\n")
                .contains("综合得分92.26分（各项目总分按资金加权平均），等级：优（优秀）。")
                .contains("  综合得分：自评92.5分，核定92.26分（多报0.24分）\n")
                .contains("二、棚户区改造\n\n示例县2021年棚户区改造绩效评价结果\n")
                .contains("基本建成套数完成率（15/20）：实际基本建成量为760套，年度计划为800套");
        String markdown = CliRun.of("evaluate", COUNTY, "-f", "markdown").out();
        assertThat(markdown)
                .startsWith("# 示例县2021年城镇保障性安居工程绩效评价结果（3个项目）\n")
                .contains("| 棚户区改造 | example-shantytown-2021 | 6000 | 56.07% | 88.5 | 良 |")
                .contains("\n## 示例县2021年租赁住房保障绩效评价结果\n")
                .contains("\n### 与自评得分不一致\n") // a programme's own sections sit under its heading
                .doesNotContain("\n## 与自评得分不一致");
    }

    @Test
    void the_same_input_gives_the_same_bytes_and_o_writes_the_whole_file() throws Exception {
        String first = CliRun.of("evaluate", COUNTY, "-f", "json").out();
        assertThat(CliRun.of("evaluate", COUNTY, "-f", "json").out()).isEqualTo(first);
        Path out = dir.resolve("result.json");
        CliRun run = CliRun.of("evaluate", COUNTY, "-f", "json", "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out)).isEqualTo(first);
    }

    @Test
    void a_mean_and_no_combination_at_all() throws Exception {
        Path county = copyExample("mean");
        CliRun mean = CliRun.of("evaluate", county.toString(), "-f", "json");
        assertThat(mean.exitCode()).as(mean.err()).isZero();
        // (98.5 + 88.5 + 94) / 3 = 93.666…; the funds are then no weight, so each rubric is told it reads no funds
        assertThat(JSON.readTree(mean.out()).get("total").asText()).isEqualTo("93.67");
        assertThat(mean.err()).contains("programmes.shantytown.facts.funds: no indicator of rubric");

        county = copyExample("none");
        CliRun none = CliRun.of("evaluate", county.toString());
        assertThat(none.exitCode()).as(none.err()).isZero();
        assertThat(none.out())
                .contains("本评分表集不合并各项目得分：各项目分别计分、定级。")
                .contains("棚户区改造        example-shantytown-2021   88.5  良\n")
                .doesNotContain("综合（");
        assertThat(none.err()).contains("claimed.total: the set example-anju-2021 combines nothing (method none)");
    }

    @Test
    void a_vetoed_programme_makes_the_combined_grade_the_lowest() throws Exception {
        Path county = copyExample("weighted");
        Path shantytown = dir.resolve("example-shantytown-2021.yaml");
        Files.writeString(
                shantytown,
                Files.readString(shantytown)
                        + "vetoes:\n  - { id: veto.severeViolation, name: 重大违规, fact: severeViolation,"
                        + " reason: 存在性质恶劣的违规违纪项目 }\n");
        Files.writeString(
                county,
                Files.readString(county)
                        .replaceFirst(
                                "\"violations\": 0,\\s*\"severeViolation\": false,\\s*\"undisclosedItems\": 1",
                                "\"violations\": 1, \"severeViolation\": true, \"undisclosedItems\": 1"));
        CliRun run = CliRun.of("evaluate", county.toString(), "-f", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.get("vetoedBy").toString()).isEqualTo("[\"shantytown\"]");
        assertThat(result.get("grade").asText()).isEqualTo("差");
        assertThat(new java.math.BigDecimal(result.get("total").asText()))
                .isGreaterThan(java.math.BigDecimal.valueOf(80));
        assertThat(CliRun.of("evaluate", county.toString()).out()).contains("棚户区改造一票否决，综合等级为最低等级");
    }

    @Test
    void problems_in_several_programmes_are_listed_at_once_with_their_place() throws Exception {
        Path county = copyExample("weighted");
        String text = Files.readString(county)
                .replace(
                        "\"starts\": { \"plan\": 1200, \"actual\": 1200 }",
                        "\"starts\": { \"plan\": 0, \"actual\": 1200 }")
                .replace("\"unitsAllocated\": 522,", "")
                .replace("\"rental\": {", "\"rentals\": {");
        Files.writeString(county, text);
        CliRun run = CliRun.of("evaluate", county.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains("problems in submission:")
                .contains("programmes.rentals: unknown programme \"rentals\"; did you mean rental?; the set"
                        + " example-anju-2021 has oldCommunity, shantytown, rental")
                .contains("programmes: missing programme \"rental\" (租赁住房保障, scored with rubric example-rental-2021)")
                .containsPattern("county.json:\\d+:\\d+: programmes.shantytown.facts.starts.plan: expected a plan"
                        + " greater than 0");
    }

    @Test
    void a_set_refuses_programmes_scored_on_different_scales() throws Exception {
        copyExample("weighted");
        Path rental = dir.resolve("example-rental-2021.yaml");
        Files.writeString(
                rental,
                Files.readString(rental)
                        .replace("{ grade: 优, label: 优秀, min: 90 }", "{ grade: 优, label: 优秀, min: 85 }"));
        CliRun run = CliRun.of(
                "rubric", "validate", dir.resolve("example-anju-2021.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("programmes[2]: programme rental grades 优≥85 良≥80 中≥60 差≥0, programme oldCommunity"
                        + " grades 优≥90 良≥80 中≥60 差≥0; a set grades its programmes and their combination with the"
                        + " same bands");
    }

    @Test
    void a_set_refuses_programmes_scored_out_of_different_totals() throws Exception {
        Files.writeString(
                dir.resolve("small.yaml"),
                """
                id: small
                version: "1"
                total: 10
                grades: [{ grade: 优, label: 优秀, min: 9 }, { grade: 差, label: 差, min: 0 }]
                groups:
                  - id: g
                    name: 项目管理
                    weight: 10
                    indicators:
                      - { id: g.s, name: 管理制度, weight: 10, type: evaluator-score, facts: { score: s, reason: r } }
                """);
        Path set = Files.writeString(
                dir.resolve("set.yaml"),
                """
                id: mixed
                version: "1"
                programmes:
                  - { id: a, name: 老旧小区改造, rubric: henan-2020-old-community }
                  - { id: b, name: 小项目, rubric: small.yaml }
                combine: { method: mean }
                """);
        CliRun run = CliRun.of("rubric", "validate", set.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("set.yaml:5:5: programmes[1]: programme b is scored out of 10, programme a out of 100; a set"
                        + " combines programmes scored out of the same total");
    }

    @Test
    void a_set_is_not_a_rubric_and_one_programme_is_not_a_set() throws Exception {
        CliRun asRubric = CliRun.of("evaluate", CliRun.ZHUMADIAN.toString(), "--rubric", SET);
        assertThat(asRubric.exitCode()).isEqualTo(2);
        assertThat(asRubric.err()).contains("is a programme set, not a rubric");
        // a county's set reviewed alone is a round of the set (SetReviewTest has the rounds)
        CliRun review = CliRun.of("review", COUNTY);
        assertThat(review.exitCode()).as(review.err()).isZero();
        assertThat(review.out()).startsWith("项目组合复核汇总\n");
    }

    @Test
    void a_set_in_a_round_s_folder_is_skipped_as_a_rubric_not_refused_as_a_county() throws Exception {
        Path round = java.nio.file.Files.createDirectories(dir.resolve("round"));
        for (String file : List.of(
                "example-anju-2021.yaml",
                "example-shantytown-2021.yaml",
                "example-rental-2021.yaml",
                "example-anju-county.json")) {
            java.nio.file.Files.copy(Path.of("..", "examples", "rubrics", file), round.resolve(file));
        }
        CliRun review = CliRun.of("review", round.toString());
        assertThat(review.err())
                .contains("example-anju-2021.yaml: skipped: a rubric, not a county's submission")
                .contains("example-rental-2021.yaml: skipped: a rubric")
                .doesNotContain("unknown key \"programmes\"");
        assertThat(review.out()).contains("示例县").contains("92.26");
    }

    @Test
    void the_workbook_has_a_summary_then_each_programmes_official_table() throws Exception {
        Path out = dir.resolve("安居工程.xlsx");
        CliRun run = CliRun.of("evaluate", COUNTY, "--format", "xlsx", "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (org.apache.poi.ss.usermodel.Workbook workbook =
                org.apache.poi.ss.usermodel.WorkbookFactory.create(out.toFile(), null, true)) {
            assertThat(java.util.stream.IntStream.range(0, workbook.getNumberOfSheets())
                            .mapToObj(workbook::getSheetName)
                            .toList())
                    .containsExactly("汇总", "城镇老旧小区改造", "棚户区改造", "租赁住房保障");
            org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
            org.apache.poi.ss.usermodel.Sheet summary = workbook.getSheet("汇总");
            java.util.function.IntFunction<String> row = r -> java.util.stream.IntStream.range(0, 6)
                    .mapToObj(c -> format.formatCellValue(summary.getRow(r).getCell(c)))
                    .collect(java.util.stream.Collectors.joining("|"));
            assertThat(row.apply(0)).isEqualTo("项目|评分表|资金|总分|等级|自评得分核对");
            assertThat(row.apply(2)).isEqualTo("棚户区改造|example-shantytown-2021|6000|88.5|良|合计自评90分，核定88.5分");
            assertThat(row.apply(4)).isEqualTo("综合（按资金加权）|example-anju-2021||92.26|优|综合得分自评92.5分，核定92.26分");
            // each programme's sheet is the official table of its own rubric
            assertThat(format.formatCellValue(
                            workbook.getSheet("租赁住房保障").getRow(0).getCell(0)))
                    .contains("租赁住房保障");
        }
    }

    @Test
    void rubric_show_lists_the_programmes_and_how_they_combine() {
        CliRun run = CliRun.of("rubric", "show", SET);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("合并方式：各项目总分按 funds 加权平均（每个项目的事实给出）；除不尽时四舍五入到2位小数")
                .contains("2. 棚户区改造（shantytown）\n\nexample-shantytown-2021 2021.1");
    }

    /** The example set, its rubrics and county copied to the temporary folder, combined by {@code method}. */
    private Path copyExample(String method) throws IOException {
        for (String name : new String[] {
            "example-anju-2021.yaml",
            "example-shantytown-2021.yaml",
            "example-rental-2021.yaml",
            "example-anju-county.json"
        }) {
            Files.copy(EXAMPLES.resolve(name), dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Path set = dir.resolve("example-anju-2021.yaml");
        String text = Files.readString(set);
        assertThat(text).contains("method: weighted");
        text = text.replaceFirst("method: weighted[^\n]*", "method: " + method);
        if (!method.equals("weighted")) {
            text = text.replaceAll("(?m)^  (by|label):[^\n]*\n", "");
        }
        Files.writeString(set, text);
        return dir.resolve("example-anju-county.json");
    }
}
