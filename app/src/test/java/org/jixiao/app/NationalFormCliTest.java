package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project self-evaluation form as a workbook through the CLI: {@code template} writes it for a project's rubric,
 * {@code evaluate} scores a filled one by its own rows (or by the bureau's rubric) and writes it back filled in, and
 * {@code review} sums up a department's folder of them.
 */
class NationalFormCliTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "rubrics");

    @TempDir
    Path dir;

    private static Path example(String project, String extension) {
        return EXAMPLES.resolve("example-project-" + project + "-2021." + extension);
    }

    @Test
    void template_writes_a_project_rubric_as_the_form_in_its_usual_layout() throws Exception {
        Path out = dir.resolve("form.xlsx");
        CliRun run = CliRun.of("template", example("water", "yaml").toString(), "-o", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("the project self-evaluation form (项目支出绩效自评表)");
        try (Workbook workbook = WorkbookFactory.create(out.toFile(), null, true)) {
            Sheet sheet = workbook.getSheet("项目支出绩效自评表");
            DataFormatter format = new DataFormatter();
            assertThat(format.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("项目支出绩效自评表");
            assertThat(format.formatCellValue(sheet.getRow(11).getCell(3))).isEqualTo("三级指标");
            assertThat(format.formatCellValue(sheet.getRow(13).getCell(3))).isEqualTo("铺设供水管网");
            assertThat(format.formatCellValue(sheet.getRow(13).getCell(4))).isEqualTo("≥85公里");
            assertThat(format.formatCellValue(sheet.getRow(13).getCell(5))).isEmpty();
        }
    }

    @Test
    void each_example_forms_workbook_scores_as_its_json_with_the_bureaus_rubric() {
        for (String project : new String[] {"water", "eldercare", "subsidy"}) {
            CliRun json = CliRun.of("evaluate", example(project, "json").toString(), "-f", "json");
            CliRun xlsx = CliRun.of(
                    "evaluate",
                    example(project, "xlsx").toString(),
                    "--rubric",
                    example(project, "yaml").toString(),
                    "-f",
                    "json");
            assertThat(xlsx.exitCode()).as(project).isZero();
            assertThat(total(xlsx.out())).as(project).isEqualTo(total(json.out()));
        }
    }

    @Test
    void a_form_alone_is_scored_by_its_own_rows_under_the_skeletons_rules() {
        CliRun water = CliRun.of("evaluate", example("water", "xlsx").toString());
        assertThat(water.exitCode()).isZero();
        assertThat(water.out()).contains("总分95.83分，等级：优").contains("自评98分，核定95.83分（多报2.17分）");

        // the subsidy project's bureau takes 2 points for a 偏离 of 秸秆综合利用率; the skeleton takes none
        CliRun subsidy = CliRun.of("evaluate", example("subsidy", "xlsx").toString());
        assertThat(subsidy.out()).contains("总分98.74分");
        assertThat(CliRun.of(
                                "evaluate",
                                example("subsidy", "xlsx").toString(),
                                "--rubric",
                                example("subsidy", "yaml").toString())
                        .out())
                .contains("总分96.74分");
    }

    @Test
    void a_provinces_skeleton_given_with_rubric_puts_the_forms_own_rows_under_its_rules() {
        Path province = EXAMPLES.resolve("example-province-project-skeleton.yaml");
        // the province takes 2 points for a 偏离, as the subsidy project's bureau does
        CliRun subsidy = CliRun.of("evaluate", example("subsidy", "xlsx").toString(), "--rubric", province.toString());
        assertThat(subsidy.exitCode()).isZero();
        assertThat(subsidy.out()).contains("总分96.74分").contains("超出年度指标值30%以上，属偏离，扣2分");

        // a JSON form names its own table; a skeleton is no table to score it with
        CliRun json = CliRun.of("evaluate", example("water", "json").toString(), "--rubric", province.toString());
        assertThat(json.exitCode()).isEqualTo(2);
        assertThat(json.err()).contains("skeleton: this rubric is a skeleton (skeleton: true)");
    }

    @Test
    void evaluate_writes_the_form_back_filled_in_with_each_score_and_its_reason() throws Exception {
        Path out = dir.resolve("filled.xlsx");
        CliRun run = CliRun.of("evaluate", example("water", "xlsx").toString(), "-f", "xlsx", "-o", out.toString());

        assertThat(run.exitCode()).isZero();
        try (Workbook workbook = WorkbookFactory.create(out.toFile(), null, true)) {
            Sheet sheet = workbook.getSheet("项目支出绩效自评表");
            DataFormatter format = new DataFormatter();
            assertThat(format.formatCellValue(sheet.getRow(5).getCell(7))).isEqualTo("88%");
            assertThat(sheet.getRow(13).getCell(7).getNumericCellValue()).isEqualTo(9.41);
            assertThat(format.formatCellValue(sheet.getRow(13).getCell(9))).contains("按实际完成值与指标值之比计分");
            assertThat(sheet.getRow(20).getCell(7).getNumericCellValue()).isEqualTo(95.83);
            assertThat(format.formatCellValue(sheet.getRow(20).getCell(9))).isEqualTo("自评98分，复算95.83分。");
        }
        // a JSON submission of a project rubric is written as the form too
        Path fromJson = dir.resolve("from-json.xlsx");
        assertThat(CliRun.of("evaluate", example("water", "json").toString(), "-o", fromJson.toString())
                        .exitCode())
                .isZero();
        try (Workbook workbook = WorkbookFactory.create(fromJson.toFile(), null, true)) {
            assertThat(workbook.getSheet("项目支出绩效自评表").getRow(20).getCell(7).getNumericCellValue())
                    .isEqualTo(95.83);
        }
    }

    @Test
    void template_from_a_submission_fills_the_generic_workbook_so_that_it_reads_back_the_same() {
        Path out = dir.resolve("filled.xlsx");
        CliRun template = CliRun.of(
                "template", "henan-2020-old-community", "--from", CliRun.ZHUMADIAN.toString(), "-o", out.toString());
        assertThat(template.exitCode()).isZero();

        assertThat(CliRun.of("evaluate", out.toString()).out()).contains("总分98.1分");
    }

    @Test
    void one_forms_report_speaks_as_its_unit_and_states_its_funds() throws Exception {
        Path md = dir.resolve("one.md");
        CliRun run = CliRun.of("report", example("water", "xlsx").toString(), "-o", md.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(md))
                .startsWith("# 示例县水利局2021年农村饮水安全巩固提升工程财政资金绩效评价报告")
                .contains("本单位农村饮水安全巩固提升工程项目自评得分为98分，按评分标准核定为95.83分")
                .contains("全年下达资金1200万元，已支出1056万元，支出率88%。")
                // 预算执行率 sits right under 预算执行, the targets under the seven 二级指标: 1 + 7 and 8
                .contains("4个一级指标、8个二级指标及8个三级指标")
                .doesNotContain("我县");
    }

    @Test
    void a_departments_folder_gets_its_summary_report_with_each_projects_table() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("forms"));
        for (String project : new String[] {"water", "eldercare", "subsidy"}) {
            Files.copy(example(project, "xlsx"), folder.resolve(project + ".xlsx"));
        }
        // a fourth form misses a target without saying why: refused, and named in the report
        try (InputStream in = Files.newInputStream(example("water", "xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            workbook.getSheetAt(0).getRow(2).getCell(1).setCellValue("农村饮水二期工程");
            workbook.getSheetAt(0).getRow(13).getCell(8).setCellValue("无");
            try (OutputStream out = Files.newOutputStream(folder.resolve("phase2.xlsx"))) {
                workbook.write(out);
            }
        }
        Path md = dir.resolve("report.md");
        CliRun run = CliRun.of("report", folder.toString(), "-o", md.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("2021年度项目支出绩效自评汇总报告");
        String report = Files.readString(md);
        // (1200 + 300 + 5000) budgeted, (1056 + 285 + 5000) executed: 6341 ÷ 6500 = 97.55%;
        // (95.83 + 95.17 + 98.74) ÷ 3 = 96.58
        assertThat(report)
                .contains("共4个项目，评分3个，未予受理1个。已评分项目全年预算数合计6500万元，全年执行数合计6341万元，总体预算执行率97.55%。" + "核定得分平均96.58分，其中优3个。")
                .contains("农村饮水安全巩固提升工程（示例县水利局）：全年预算数1200万元，全年执行数1056万元，执行率88%；自评98分，" + "核定95.83分，等级优，多报2.17分。")
                .contains("农村饮水二期工程（示例县水利局）：自评表未予受理：")
                .contains("需要填写偏差原因分析")
                .contains("1个项目自评得分高于核定得分：农村饮水安全巩固提升工程自评98分，核定95.83分。")
                .contains("1个项目的自评表未予受理（未达成年度指标而未写偏差原因分析的，也在其中）：农村饮水二期工程")
                .contains("铺设供水管网（9.41/10分）")
                .contains("## 项目支出绩效自评表——农村饮水安全巩固提升工程\n")
                .contains("| 铺设供水管网 | 10 | 年度指标值≥85公里。达成得满分，未达成按完成比例计分。 |");
    }

    /**
     * Twenty forms of one department as workbooks, each with its own rows: form i sets ≥(10+i)处 stations where 12
     * were built, explains the miss, and claims 98 in every third.
     */
    @Test
    void a_departments_folder_of_twenty_form_workbooks_is_summed_up_in_one_run() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("department"));
        for (int i = 1; i <= 20; i++) {
            try (InputStream in = Files.newInputStream(example("water", "xlsx"));
                    XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                Sheet sheet = workbook.getSheetAt(0);
                sheet.getRow(2).getCell(1).setCellValue("供水工程第" + i + "标段");
                sheet.getRow(12).getCell(4).setCellValue("≥" + (10 + i) + "处");
                sheet.getRow(12).getCell(8).setCellValue(10 + i > 12 ? "征地延后，已列入下年计划" : "无");
                sheet.getRow(20)
                        .getCell(7)
                        .setCellValue(
                                i % 3 == 0
                                        ? 98
                                        : ProjectFolderReviewTest.expected(i).doubleValue());
                try (OutputStream out = Files.newOutputStream(folder.resolve(String.format("p%02d.xlsx", i)))) {
                    workbook.write(out);
                }
            }
        }
        Path summary = dir.resolve("自评汇总表.xlsx");
        CliRun run = CliRun.of("review", folder.toString());
        CliRun workbook = CliRun.of("review", folder.toString(), "-f", "xlsx", "-o", summary.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("项目支出绩效自评汇总表\n共20个项目：评分20个，拒收0个\n");
        for (int i = 1; i <= 20; i++) {
            assertThat(run.out())
                    .containsPattern("供水工程第" + i + "标段 +示例县水利局 +1200 +1056 +88% +"
                            + (i % 3 == 0
                                    ? "98"
                                    : ProjectFolderReviewTest.expected(i).toPlainString()) + " +"
                            + ProjectFolderReviewTest.expected(i).toPlainString()
                            + " ");
        }
        assertThat(run.out()).contains("复核：6个项目多报总分");
        assertThat(workbook.exitCode()).isZero();
        try (Workbook book = WorkbookFactory.create(summary.toFile(), null, true)) {
            assertThat(book.getSheet("自评汇总表").getLastRowNum()).isEqualTo(20);
        }
    }

    private static String total(String json) {
        return json.replaceAll("(?s).*?\"total\": ([0-9.]+),.*", "$1");
    }
}
