package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's round done as the offices do it: ten county workbooks and the city's own workbook in one folder, as
 * they arrive — with Excel's lock files, a hidden file, a county sent twice, one of last year's, one that marked
 * itself 市 — and the slips a clerk makes in Excel, each caught at its cell, never a silent score.
 */
class WorkbookRoundTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path COUNTIES = Path.of("..", "examples", "zhumadian-2020-counties");

    /** Every county's JSON as a workbook of level 县（区）, the city's as a workbook of level 市 (its own rows only). */
    static Path workbooks(Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("各县（区）"));
        try (Stream<Path> files = Files.list(COUNTIES)) {
            for (Path json :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String name = json.getFileName().toString().replace(".json", ".xlsx");
                boolean city = name.startsWith("city");
                write(folder.resolve(name), json, city ? "市" : "县（区）", "{}");
            }
        }
        return folder;
    }

    static Path write(Path file, Path from, String level, String more) throws IOException {
        ObjectMapper json = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode spec =
                (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(more);
        spec.put("from", from.toString());
        spec.put("level", level);
        return WorkbookCases.write(file, spec);
    }

    @Test
    void ten_county_workbooks_and_the_citys_own_give_98_1_and_the_two_overclaims(@TempDir Path dir) throws IOException {
        Path folder = workbooks(dir);

        CliRun run = CliRun.of("review", folder.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("counts").get("scored").asInt()).isEqualTo(10);
        assertThat(report.get("review").get("overClaimed").asInt()).isEqualTo(2);
        JsonNode rollup = report.get("rollup");
        assertThat(rollup.get("status").asText()).isEqualTo("made");
        assertThat(rollup.get("upper").asText()).endsWith("city.xlsx");
        assertThat(rollup.get("evaluation").get("total").toString()).isEqualTo("98.1");
        assertThat(rollup.get("evaluation").get("grade").asText()).isEqualTo("优");
        assertThat(rollup.get("evaluation").get("discrepancies")).isEmpty();
    }

    @Test
    void the_three_excel_slips_are_read_as_meant_or_warned_at_their_cells(@TempDir Path dir) throws IOException {
        Path folder = workbooks(dir);
        // 正阳县 types 79% (Excel keeps 0.79, formatted as a percent), 平舆县 saves a formula without its result
        // (as a program that does not calculate does), 确山县 types its area in 平方米 in the 万平方米 row
        write(
                folder.resolve("05-zhengyang.xlsx"),
                COUNTIES.resolve("05-zhengyang.json"),
                "县（区）",
                "{\"percent-cells\": {\"填报!F25\": 0.79}}");
        JsonNode pingyu = JSON.readTree(COUNTIES.resolve("04-pingyu.json").toFile())
                .get("facts")
                .get("households");
        write(
                folder.resolve("04-pingyu.xlsx"),
                COUNTIES.resolve("04-pingyu.json"),
                "县（区）",
                "{\"uncached-formulas\": {\"填报!F19\": \""
                        + (pingyu.get("actual").asLong() - 100) + "+100\"}}");
        JsonNode queshan = JSON.readTree(COUNTIES.resolve("06-queshan.json").toFile())
                .get("facts")
                .get("area");
        long squareMetres =
                queshan.get("actual").decimalValue().movePointRight(4).longValueExact();
        write(
                folder.resolve("06-queshan.xlsx"),
                COUNTIES.resolve("06-queshan.json"),
                "县（区）",
                "{\"cells\": {\"填报!F20\": " + squareMetres + "}}");

        CliRun run = CliRun.of("review", folder.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out());
        JsonNode zhengyang = submission(report, "05-zhengyang.xlsx");
        assertThat(zhengyang.get("total").toString())
                .as("79%% read as 79, not 0.79%%")
                .isEqualTo("70");
        // and the reviewer is told how it was read, with the county and the cell
        List<String> reminders = new java.util.ArrayList<>();
        report.get("review").get("reminders").forEach(r -> reminders.add(r.asText()));
        assertThat(reminders).anySatisfy(r -> assertThat(r)
                .startsWith("正阳县（05-zhengyang.xlsx）：")
                .contains("填报!F25: 居民满意度: 单元格为百分比格式（存储值0.79），按79%读取"));
        JsonNode pingyuResult = submission(report, "04-pingyu.xlsx");
        assertThat(pingyuResult.get("total").toString())
                .as("the formula calculated, never 0")
                .isEqualTo("99");
        // the slip is not silently scored: the county's evaluation carries a warning naming the cell and the unit
        CliRun alone = CliRun.of("evaluate", folder.resolve("06-queshan.xlsx").toString(), "-f", "json");
        assertThat(alone.err())
                .contains("填报!F20: 改造面积 实际数 " + squareMetres + "万平方米")
                .contains("was it typed in 平方米?");
        CliRun notes = CliRun.of("evaluate", folder.resolve("05-zhengyang.xlsx").toString());
        assertThat(notes.out()).contains("填报读取说明").contains("填报!F25: 居民满意度: 单元格为百分比格式（存储值0.79），按79%读取");
        CliRun strict = CliRun.of("evaluate", folder.resolve("06-queshan.xlsx").toString(), "--strict");
        assertThat(strict.exitCode()).isEqualTo(2);
        assertThat(strict.err()).contains("填报!F20");
    }

    private static JsonNode submission(JsonNode report, String file) {
        for (JsonNode s : report.get("submissions")) {
            if (s.get("file").asText().endsWith(file)) {
                return s;
            }
        }
        throw new AssertionError("no submission " + file + " in " + report);
    }

    @Test
    void a_folder_as_offices_leave_it_names_what_it_skips_and_blocks_once_per_county(@TempDir Path dir)
            throws IOException {
        Path folder = workbooks(dir);
        Files.write(folder.resolve("~$05-zhengyang.xlsx"), new byte[] {0, 1, 2});
        Files.writeString(folder.resolve(".DS_Store.json"), "{}");

        CliRun clean = CliRun.of("review", folder.toString(), "--format", "json");

        assertThat(clean.exitCode()).as(clean.err()).isZero();
        assertThat(clean.err()).contains("~$05-zhengyang.xlsx: skipped: Excel's lock file of 05-zhengyang.xlsx");
        assertThat(JSON.readTree(clean.out()).get("counts").get("inputs").asInt())
                .isEqualTo(10);

        // 西平县 sent twice, 上蔡县 sent last year's, 正阳县 marked itself 市
        write(folder.resolve("02-xiping-again.xlsx"), COUNTIES.resolve("02-xiping.json"), "县（区）", "{}");
        write(
                folder.resolve("03-shangcai.xlsx"),
                COUNTIES.resolve("03-shangcai.json"),
                "县（区）",
                "{\"cells\": {\"填报!B4\": 2019}}");
        write(folder.resolve("05-zhengyang.xlsx"), COUNTIES.resolve("05-zhengyang.json"), "市", "{}");

        CliRun run = CliRun.of("review", folder.toString(), "--format", "json");

        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode rollup = JSON.readTree(run.out()).get("rollup");
        assertThat(rollup.get("status").asText()).isEqualTo("blocked");
        assertThat(rollup.get("upper").asText()).endsWith("city.xlsx");
        List<String> lines = new java.util.ArrayList<>();
        rollup.get("blockers").forEach(b -> lines.add(b.asText()));
        assertThat(lines)
                .anySatisfy(b -> assertThat(b)
                        .startsWith("西平县 has two submissions: ")
                        .contains("02-xiping-again.xlsx")
                        .contains("02-xiping.xlsx"))
                .anySatisfy(b -> assertThat(b)
                        .startsWith("上蔡县 (")
                        .contains("reports 年度 2019, but the round (驻马店市, ")
                        .endsWith(") is 2020"))
                .anySatisfy(b -> assertThat(b).startsWith("正阳县 (").contains("marks itself 市 (级别)"));
        assertThat(lines.stream().filter(b -> b.startsWith("正阳县")).count()).isEqualTo(1);
    }
}
