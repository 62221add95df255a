package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Tables of three levels (一级 > 二级 > 三级指标): every level adds up, is scored and is shown. */
class ThreeLevelTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLES = Path.of("..", "examples", "rubrics");
    private static final String COUNTY =
            EXAMPLES.resolve("example-three-level-county.json").toString();

    @Test
    void the_example_validates_and_passes_its_cases() {
        CliRun validate = CliRun.of(
                "rubric",
                "validate",
                EXAMPLES.resolve("example-three-level.yaml").toString());
        assertThat(validate.exitCode()).as(validate.err()).isZero();
        CliRun cases = CliRun.of(
                "rubric",
                "test",
                EXAMPLES.resolve("example-three-level.cases.yaml").toString());
        assertThat(cases.exitCode()).as(cases.out()).isZero();
        assertThat(cases.out()).endsWith("8 passed, 0 failed\n");
    }

    @Test
    void each_level_is_scored_and_claims_on_a_middle_level_are_checked() throws Exception {
        CliRun run = CliRun.of("evaluate", COUNTY, "-f", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.get("total").asText()).isEqualTo("95");
        JsonNode process = result.get("groups").get(0);
        assertThat(process.get("score").asText()).isEqualTo("27");
        assertThat(process.get("indicators")).hasSize(3);
        JsonNode funds = process.get("subgroups").get(0);
        assertThat(funds.get("name").asText()).isEqualTo("资金管理");
        assertThat(funds.get("weight").asText()).isEqualTo("20");
        assertThat(funds.get("score").asText()).isEqualTo("18");
        assertThat(funds.get("indicators").toString())
                .isEqualTo("[\"process.funds.arrival\",\"process.funds.execution\"]");
        assertThat(result.get("discrepancies").toString())
                .contains(
                        "{\"id\":\"process.funds\",\"name\":\"资金管理\",\"claimed\":20,\"computed\":18,\"difference\":2}");
    }

    @Test
    void the_tables_show_every_level() {
        String table = CliRun.of("evaluate", COUNTY).out();
        assertThat(table)
                .contains("一级指标  分值  得分  二级指标  分值  得分  三级指标        分值  得分\n")
                .contains("过程        30    27  资金管理    20    18  资金到位率        10    10\n")
                .contains("                                            预算执行率        10     8\n")
                .contains("                      组织实施    10     9  资金使用合规性    10     9\n");
        String markdown = CliRun.of("evaluate", COUNTY, "-f", "markdown").out();
        assertThat(markdown)
                .contains("| 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 评分标准 | 得分 | 评分理由 |")
                .contains("|  |  | 组织实施 | 10 | 资金使用合规性 | 10 |");
        // a two-level table keeps its two levels
        assertThat(CliRun.of("evaluate", CliRun.ZHUMADIAN.toString()).out())
                .contains("一级指标        分值  得分  二级指标")
                .doesNotContain("三级指标");
    }

    @Test
    void the_official_excel_table_merges_each_level(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path out = dir.resolve("table.xlsx");
        CliRun run = CliRun.of("evaluate", COUNTY, "--format", "xlsx", "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (org.apache.poi.ss.usermodel.Workbook workbook =
                org.apache.poi.ss.usermodel.WorkbookFactory.create(out.toFile(), null, true)) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheet("指标表");
            org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
            java.util.function.BiFunction<Integer, Integer, String> at =
                    (r, c) -> format.formatCellValue(sheet.getRow(r).getCell(c));
            assertThat(java.util.stream.IntStream.range(0, 11)
                            .mapToObj(c -> at.apply(3, c))
                            .toList())
                    .containsExactly("一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "", "", "", "", "");
            // the county claimed its total (94) and a group's, not its rows': 自评 beside 核定, blank where unclaimed
            assertThat(java.util.stream.IntStream.range(6, 10)
                            .mapToObj(c -> at.apply(2, c))
                            .toList())
                    .containsExactly("评分标准", "自评得分", "核定得分", "评分理由");
            assertThat(at.apply(4, 0) + "|" + at.apply(4, 2) + "|" + at.apply(4, 3) + "|" + at.apply(4, 4) + "|"
                            + at.apply(4, 7) + "|" + at.apply(4, 8))
                    .isEqualTo("过程|资金管理|20|资金到位率||10");
            assertThat(at.apply(6, 2) + "|" + at.apply(6, 4) + "|" + at.apply(6, 8))
                    .isEqualTo("组织实施|资金使用合规性|9");
            assertThat(at.apply(14, 4) + " " + at.apply(14, 5) + " " + at.apply(14, 7) + " " + at.apply(14, 8))
                    .isEqualTo("合计 100 94 95");
            // 过程 over its three rows, 资金管理 over its two, each with its 分值
            assertThat(sheet.getMergedRegions())
                    .contains(
                            new org.apache.poi.ss.util.CellRangeAddress(4, 6, 0, 0),
                            new org.apache.poi.ss.util.CellRangeAddress(4, 5, 2, 2),
                            new org.apache.poi.ss.util.CellRangeAddress(4, 5, 3, 3),
                            new org.apache.poi.ss.util.CellRangeAddress(7, 8, 2, 2))
                    .doesNotContain(new org.apache.poi.ss.util.CellRangeAddress(6, 6, 2, 2));
        }
    }

    @Test
    void the_report_counts_each_level(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.md");
        CliRun run = CliRun.of("report", COUNTY, "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(java.nio.file.Files.readString(out))
                .contains("按照过程、产出、效益3个一级指标、7个二级指标及10个三级指标进行评价")
                .contains("项目自评得分为94分，按评分标准核定为95分");
        assertThat(java.nio.file.Files.readString(out))
                .contains("| 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 评分标准 | 自评得分 | 核定得分 | 评分理由 |\n"
                        + "|---|---:|---|---:|---|---:|---|---:|---:|---|\n"
                        + "| 过程 | 30 | 资金管理 | 20 | 资金到位率 | 10 |");
        Path html = dir.resolve("report.html");
        assertThat(CliRun.of("report", COUNTY, "-o", html.toString()).exitCode())
                .isZero();
        assertThat(java.nio.file.Files.readString(html))
                .contains("<td class=\"n\" rowspan=\"3\">过程</td><td class=\"n\" rowspan=\"3\">30</td>"
                        + "<td class=\"n\" rowspan=\"2\">资金管理</td><td class=\"n\" rowspan=\"2\">20</td>"
                        + "<td class=\"n\">资金到位率</td>");
    }

    @Test
    void rubric_show_lists_every_level() {
        String rubric = EXAMPLES.resolve("example-three-level.yaml").toString();
        assertThat(CliRun.of("rubric", "show", rubric).out())
                .contains("一级指标  分值  二级指标  分值  三级指标        分值  指标")
                .contains("过程        30  资金管理    20  资金到位率        10  process.funds.arrival")
                .contains("                组织实施    10  资金使用合规性    10  process.management.compliance");
        assertThat(CliRun.of("rubric", "show", rubric, "--format", "markdown").out())
                .contains("| 过程 | 30 | 资金管理 | 20 | 资金到位率 | 10 |")
                .contains("| 合计 | 100 |  |  |  |  |  |  |  |\n");
    }
}
