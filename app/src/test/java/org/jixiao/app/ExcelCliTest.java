package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Excel through the command line: template, a filled workbook scored, the official table, a review workbook. */
class ExcelCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_filled_template_scores_as_the_json_example(@TempDir Path dir) throws Exception {
        Path template = dir.resolve("county.xlsx");
        CliRun made = CliRun.of("template", "henan-2020-old-community", "-o", template.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(made.err()).contains("wrote " + template + " for rubric henan-2020-old-community 2020.1: 20 facts");
        assertThat(template).exists();

        Path filled = WorkbookCases.write(dir.resolve("驻马店市.xlsx"), JSON.createObjectNode());
        CliRun fromExcel = CliRun.of("evaluate", filled.toString(), "-f", "json");
        CliRun fromJson = CliRun.of("evaluate", CliRun.ZHUMADIAN.toString(), "-f", "json");
        assertThat(fromExcel.exitCode()).as(fromExcel.err()).isZero();
        assertThat(fromExcel.out()).isEqualTo(fromJson.out());
    }

    @Test
    void evaluate_writes_the_official_table_and_rubric_show_the_blank_one(@TempDir Path dir) throws Exception {
        Path table = dir.resolve("指标表.xlsx");
        CliRun run = CliRun.of("evaluate", CliRun.ZHUMADIAN.toString(), "--format", "xlsx", "-o", table.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Workbook workbook = WorkbookFactory.create(table.toFile())) {
            assertThat(workbook.getSheet("指标表").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("填报单位：驻马店市");
        }
        CliRun noFile = CliRun.of("evaluate", CliRun.ZHUMADIAN.toString(), "--format", "xlsx");
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err()).contains("an Excel workbook is written to a file: give -o FILE.xlsx");

        Path blank = dir.resolve("blank.xlsx");
        assertThat(CliRun.of("rubric", "show", "henan-2020-old-community", "--format", "xlsx", "-o", blank.toString())
                        .exitCode())
                .isZero();
        try (Workbook workbook = WorkbookFactory.create(blank.toFile())) {
            assertThat(workbook.getSheet("指标表").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("填报单位：");
        }
        CliRun markdown = CliRun.of("rubric", "show", "henan-2020-old-community", "--format", "markdown");
        assertThat(markdown.out())
                .contains("| 一级指标 | 分值 | 二级指标 | 分值 | 评分标准 | 市县评价得分 | 评分理由 |")
                .contains("| 资金管理 | 25 | 资金筹集 | 10 | 地方财政安排补助资金用于城镇老旧小区改造的(5分)")
                .contains("财政部门盖章");
    }

    @Test
    void a_review_reads_workbooks_beside_json_and_writes_one_workbook(@TempDir Path dir) throws Exception {
        Path counties = ZhumadianReviewTest.copy(dir);
        // one county sends its table as a workbook instead of JSON: the same figures, the same result
        Path json = counties.resolve("01-yicheng.json");
        WorkbookCases.write(
                counties.resolve("01-yicheng.xlsx"),
                JSON.readTree("{\"from\": \"" + json.toString().replace("\\", "\\\\") + "\", \"level\": \"县（区）\"}"));
        Files.delete(json);
        CliRun run = CliRun.of("review", counties.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        var report = JSON.readTree(run.out());
        assertThat(report.get("submissions").get(0).get("file").asText()).endsWith("01-yicheng.xlsx");
        assertThat(report.get("submissions").get(0).get("total").asText()).isEqualTo("100");
        assertThat(report.get("rollup").get("evaluation").get("total").toString())
                .isEqualTo("98.1");

        Path workbook = dir.resolve("review.xlsx");
        CliRun written = CliRun.of("review", counties.toString(), "--format", "xlsx", "-o", workbook.toString());
        assertThat(written.exitCode()).as(written.err()).isZero();
        try (Workbook book = WorkbookFactory.create(workbook.toFile())) {
            List<String> sheets = new ArrayList<>();
            book.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).startsWith("汇总", "复核", "横向比较", "驻马店市（汇总）", "驿城区").hasSize(14);
            assertThat(book.getSheet("复核").getRow(1).getCell(4).getStringCellValue())
                    .isEqualTo("改造户数计划完成率：自评15分，核定11分（多报4分）");
        }
    }

    @Test
    void the_file_name_chooses_the_format_and_a_folder_gets_a_named_workbook(@TempDir Path dir) throws Exception {
        Path table = dir.resolve("指标表.xlsx");
        CliRun evaluated = CliRun.of("evaluate", CliRun.ZHUMADIAN.toString(), "-o", table.toString());
        assertThat(evaluated.exitCode()).as(evaluated.err()).isZero();
        try (Workbook book = WorkbookFactory.create(table.toFile())) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .contains("绩效评价指标表");
        }
        Path json = dir.resolve("result.json");
        assertThat(CliRun.of("evaluate", CliRun.ZHUMADIAN.toString(), "-o", json.toString())
                        .exitCode())
                .isZero();
        assertThat(Files.readString(json)).startsWith("{").contains("\"total\": 98.1,");

        Path folder = dir.resolve("复核");
        CliRun reviewed =
                CliRun.of("review", "../examples/zhumadian-2020-counties", "--format", "xlsx", "-o", folder.toString());
        assertThat(reviewed.exitCode()).as(reviewed.err()).isZero();
        assertThat(folder.resolve("复核汇总.xlsx")).isRegularFile();
        // nothing half-written: a review that cannot write its workbook leaves no folder behind
        Path never = dir.resolve("未写");
        CliRun refused = CliRun.of(
                "review", dir.resolve("no-such-folder").toString(), "--format", "xlsx", "-o", never.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(never).doesNotExist();
    }
}
