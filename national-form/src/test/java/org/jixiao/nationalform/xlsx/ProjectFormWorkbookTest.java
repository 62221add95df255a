package org.jixiao.nationalform.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.problem.Problem;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.nationalform.Forms;
import org.jixiao.nationalform.ProjectForm;
import org.jixiao.nationalform.ProjectForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFormWorkbookTest {

    @TempDir
    Path dir;

    private Path save(XSSFWorkbook workbook, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
        return file;
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static Cell cell(Sheet sheet, String ref) {
        org.apache.poi.ss.util.CellReference at = new org.apache.poi.ss.util.CellReference(ref);
        Row row = sheet.getRow(at.getRow()) == null ? sheet.createRow(at.getRow()) : sheet.getRow(at.getRow());
        return row.getCell(at.getCol()) == null ? row.createCell(at.getCol()) : row.getCell(at.getCol());
    }

    private static CellStyle percent(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat("0%"));
        return style;
    }

    @Test
    void the_blank_form_of_a_project_rubric_reads_back_as_its_rows_with_every_cell_named() throws IOException {
        CompiledRubric rubric = Forms.rubric("water");
        Path file = save(open(ProjectFormWorkbook.write(ProjectForms.form(rubric, null), null)), "blank.xlsx");

        assertThat(ProjectFormWorkbook.readIfForm(file)).isPresent();
        ProjectForm form = ProjectFormWorkbook.read(file);

        assertThat(form.rows())
                .extracting(r -> r.level1() + "/" + r.level2() + "/" + r.name() + " " + r.target() + " "
                        + r.weight().toPlainString())
                .containsExactly(
                        "产出指标/数量指标/新建集中供水工程 ≥12处 10",
                        "产出指标/数量指标/铺设供水管网 ≥85公里 10",
                        "产出指标/质量指标/工程验收合格率 =100% 15",
                        "产出指标/时效指标/完工时间 2021年11月底前完工 10",
                        "产出指标/成本指标/每公里管网造价 ≤18万元 5",
                        "效益指标/社会效益指标/受益人口 ≥3.2万人 20",
                        "效益指标/可持续影响指标/工程运行管护 建立长效管护机制 10",
                        "满意度指标/服务对象满意度指标/受益群众满意度 ≥90% 10");
        assertThat(form.rows()).allSatisfy(r -> assertThat(r.actual()).isEmpty());
        assertThat(form.project()).isEqualTo("农村饮水安全巩固提升工程（示例，非正式文件）");
        assertThat(form.cells())
                .containsEntry("funds.budget", "项目支出绩效自评表!E6")
                .containsEntry("funds.executed", "项目支出绩效自评表!F6")
                .containsEntry("rows[0].name", "项目支出绩效自评表!D13")
                .containsEntry("rows[7].actual", "项目支出绩效自评表!F20")
                .containsEntry("total", "项目支出绩效自评表!H21");
    }

    @Test
    void a_form_filled_in_as_a_clerk_would_scores_as_its_json_does() throws IOException {
        CompiledRubric rubric = Forms.rubric("water");
        XSSFWorkbook workbook = open(ProjectFormWorkbook.write(ProjectForms.form(rubric, null), null));
        Sheet sheet = workbook.getSheetAt(0);
        cell(sheet, "B2").setCellValue("（2021年度）");
        cell(sheet, "F4").setCellValue("示例县水利局");
        cell(sheet, "E6").setCellValue(1200);
        cell(sheet, "F6").setCellValue(1056);
        cell(sheet, "F13").setCellValue("12处");
        cell(sheet, "I13").setCellValue("无");
        cell(sheet, "F14").setCellValue(80); // a bare figure: read in the target's unit, 公里
        cell(sheet, "I14").setCellValue("部分管网因道路施工许可延后");
        cell(sheet, "F15").setCellValue(1); // 100%, typed into a percent cell
        cell(sheet, "F15").setCellStyle(percent(workbook));
        cell(sheet, "I15").setCellValue("无");
        cell(sheet, "F16").setCellValue("主体工程11月底完工，附属设施延期20天");
        cell(sheet, "H16").setCellValue(8);
        cell(sheet, "I16").setCellValue("附属设施受雨季影响延期");
        cell(sheet, "F17").setCellValue("19.5万元");
        cell(sheet, "I17").setCellValue("钢材价格上涨");
        cell(sheet, "F18").setCellValue("3.4万人");
        cell(sheet, "I18").setCellValue("无");
        cell(sheet, "F19").setCellValue("已建立管护机制");
        cell(sheet, "H19").setCellValue(10);
        cell(sheet, "I19").setCellValue("管护制度和经费均已落实");
        cell(sheet, "F20").setCellValue(0.93); // 93%, as Excel keeps a percent
        cell(sheet, "F20").setCellStyle(percent(workbook));
        cell(sheet, "I20").setCellValue("无");
        cell(sheet, "H21").setCellValue(98);
        ProjectForm form = ProjectFormWorkbook.read(save(workbook, "filled.xlsx"));

        assertThat(form.year()).isEqualTo(2021);
        assertThat(form.rows())
                .extracting(ProjectForm.Row::actual)
                .containsExactly("12处", "80", "100%", "主体工程11月底完工，附属设施延期20天", "19.5万元", "3.4万人", "已建立管护机制", "93%");
        CompiledRubric derived = ProjectForms.rubric(Forms.ENGINE, Forms.LIBRARY, form, ProjectForms.SKELETON);
        Evaluation evaluation = derived.evaluate(ProjectForms.submission(form, derived));
        assertThat(evaluation.total()).isEqualByComparingTo("95.83");
        assertThat(evaluation.discrepancies())
                .extracting(d -> d.claimed().toPlainString())
                .containsExactly("98");
        // the same with the bureau's own rubric, matched row by row by name
        assertThat(rubric.evaluate(ProjectForms.submission(form, rubric)).total())
                .isEqualByComparingTo("95.83");
    }

    @Test
    void the_filled_in_form_carries_each_recomputed_score_its_reason_and_the_total() throws IOException {
        CompiledRubric rubric = Forms.rubric("water");
        ProjectForm form = ProjectForms.form(rubric, Forms.submission("water"));
        Evaluation evaluation = rubric.evaluate(Forms.submission("water"));
        byte[] filled = ProjectFormWorkbook.write(form, ProjectForms.scores(form, rubric, evaluation));

        try (XSSFWorkbook workbook = open(filled)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(cell(sheet, "H6").getStringCellValue()).isEqualTo("88%");
            assertThat(cell(sheet, "I6").getNumericCellValue()).isEqualTo(8.8);
            assertThat(cell(sheet, "H14").getNumericCellValue()).isEqualTo(9.41);
            assertThat(cell(sheet, "J12").getStringCellValue()).isEqualTo("评分理由");
            assertThat(cell(sheet, "J14").getStringCellValue()).contains("按实际完成值与指标值之比计分");
            assertThat(cell(sheet, "H21").getNumericCellValue()).isEqualTo(95.83);
            assertThat(cell(sheet, "I21").getStringCellValue()).isEqualTo("等级：优");
            assertThat(cell(sheet, "J21").getStringCellValue()).isEqualTo("自评98分，复算95.83分。");
        }
        ProjectForm back = ProjectFormWorkbook.read(save(open(filled), "back.xlsx"));
        assertThat(back.rows())
                .extracting(r -> r.score().toPlainString())
                .containsExactly("10", "9.41", "15", "8", "4.62", "20", "10", "10");
        assertThat(back.claimedTotal()).isEqualByComparingTo("95.83");
    }

    @Test
    void the_execution_rates_weight_is_the_rubrics_on_the_form_and_another_is_refused_at_its_cell() throws IOException {
        CompiledRubric rubric = Forms.rubric("water");
        XSSFWorkbook workbook =
                open(ProjectFormWorkbook.write(ProjectForms.form(rubric, Forms.submission("water")), null));
        Sheet sheet = workbook.getSheetAt(0);
        assertThat(cell(sheet, "G6").getNumericCellValue()).isEqualTo(10);
        cell(sheet, "G6").setCellValue(20);
        ProjectForm form = ProjectFormWorkbook.read(save(workbook, "twenty.xlsx"));

        assertThatThrownBy(() -> ProjectForms.submission(form, rubric))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path, Problem::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                "项目支出绩效自评表!G6",
                                "the 分值 of 预算执行率 is 10 in the rubric example-project-water-2021, not 20")));
    }

    @Test
    void funds_whose_parts_do_not_add_up_to_the_total_are_noted_at_the_totals_cell() throws IOException {
        CompiledRubric rubric = Forms.rubric("water");
        XSSFWorkbook workbook =
                open(ProjectFormWorkbook.write(ProjectForms.form(rubric, Forms.submission("water")), null));
        Sheet sheet = workbook.getSheetAt(0);
        cell(sheet, "E7").setCellValue(1000); // 本年财政拨款
        cell(sheet, "E8").setCellValue(150); // 上年结转资金: 1150, not 1200
        cell(sheet, "F7").setCellValue(956);
        cell(sheet, "F8").setCellValue(100); // 1056, as the total says
        ProjectForm form = ProjectFormWorkbook.read(save(workbook, "parts.xlsx"));

        Evaluation evaluation = rubric.evaluate(ProjectForms.submission(form, rubric));
        assertThat(evaluation.total()).isEqualByComparingTo("95.83");
        assertThat(evaluation.notes())
                .singleElement()
                .asString()
                .contains("项目支出绩效自评表!E6")
                .contains("年度资金总额's 全年预算数 is 1200 万元, but its parts add up to 1150 万元; the execution rate is worked"
                        + " from 年度资金总额: check them");
    }

    @Test
    void a_word_where_a_number_belongs_is_refused_at_its_cell() throws IOException {
        XSSFWorkbook workbook = open(ProjectFormWorkbook.write(ProjectForms.form(Forms.rubric("water"), null), null));
        Sheet sheet = workbook.getSheetAt(0);
        cell(sheet, "E6").setCellValue("一千二百");
        cell(sheet, "G14").setCellValue("十分");
        cell(sheet, "G15").setBlank();
        Path file = save(workbook, "words.xlsx");

        assertThatThrownBy(() -> ProjectFormWorkbook.read(file))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path, Problem::message)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("项目支出绩效自评表!E6", "expected a number, got \"一千二百\""),
                                org.assertj.core.groups.Tuple.tuple("项目支出绩效自评表!G14", "expected a number, got \"十分\""),
                                org.assertj.core.groups.Tuple.tuple(
                                        "项目支出绩效自评表!G15", "expected the 分值 of 工程验收合格率, a number of points")));
    }

    @Test
    void a_form_laid_out_by_another_system_reads_by_its_labels() throws IOException {
        ProjectForm written = ProjectForms.form(Forms.rubric("water"), Forms.submission("water"));
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("Sheet1");
        cell(sheet, "A1").setCellValue("2021年度项目支出绩效自评表");
        cell(sheet, "A3").setCellValue("项目名称");
        cell(sheet, "B3").setCellValue("农村饮水安全巩固提升工程");
        cell(sheet, "A4").setCellValue("主管部门");
        cell(sheet, "B4").setCellValue("示例县水利局");
        cell(sheet, "D4").setCellValue("实施单位");
        cell(sheet, "E4").setCellValue("示例县农村供水总站");
        for (String[] c : new String[][] {
            {"A6", "项目资金（万元）"},
            {"C6", "年初预算数"},
            {"D6", "全年预算数"},
            {"E6", "全年执行数"},
            {"F6", "分值"},
            {"G6", "执行率"},
            {"H6", "得分"},
            {"B7", "年度资金总额"},
            {"B8", "其中：本年财政拨款"}
        }) {
            cell(sheet, c[0]).setCellValue(c[1]);
        }
        cell(sheet, "D7").setCellValue(1200);
        cell(sheet, "E7").setCellValue(1056);
        cell(sheet, "D8").setCellValue(1000);
        cell(sheet, "E8").setCellValue(900);
        // the indicators' header in another order, without the 绩效指标 column; 一级 and 二级 written once, not merged
        String[] header = {"一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分", "偏差原因分析及改进措施"};
        for (int c = 0; c < header.length; c++) {
            cell(sheet, (char) ('A' + c) + "10").setCellValue(header[c]);
        }
        String level1 = "";
        String level2 = "";
        List<ProjectForm.Row> rows = written.rows();
        for (int i = 0; i < rows.size(); i++) {
            ProjectForm.Row row = rows.get(i);
            int line = 11 + i;
            cell(sheet, "A" + line).setCellValue(row.level1().equals(level1) ? "" : row.level1());
            cell(sheet, "B" + line).setCellValue(row.level2().equals(level2) ? "" : row.level2());
            level1 = row.level1();
            level2 = row.level2();
            cell(sheet, "C" + line).setCellValue(row.name());
            cell(sheet, "D" + line).setCellValue(row.weight().doubleValue());
            cell(sheet, "E" + line).setCellValue(row.target());
            cell(sheet, "F" + line).setCellValue(row.actual());
            if (row.score() != null) {
                cell(sheet, "G" + line).setCellValue(row.score().doubleValue());
            }
            cell(sheet, "H" + line).setCellValue(row.note());
        }
        cell(sheet, "A" + (11 + rows.size())).setCellValue("总  分");
        cell(sheet, "G" + (11 + rows.size())).setCellValue(98);
        Path file = save(workbook, "other.xlsx");

        ProjectForm form = ProjectFormWorkbook.read(file);

        assertThat(form.year()).isEqualTo(2021);
        assertThat(form.department()).isEqualTo("示例县水利局");
        assertThat(form.unit()).isEqualTo("示例县农村供水总站");
        assertThat(form.funds())
                .extracting(f -> f.name() + " " + f.budget() + " " + f.executed())
                .containsExactly("年度资金总额 1200 1056", "其中：本年财政拨款 1000 900");
        assertThat(form.rows())
                .extracting(r -> r.level1() + "/" + r.level2() + "/" + r.name())
                .containsExactlyElementsOf(rows.stream()
                        .map(r -> r.level1() + "/" + r.level2() + "/" + r.name())
                        .toList());
        assertThat(form.cells()).containsEntry("rows[1].actual", "Sheet1!F12").containsEntry("total", "Sheet1!G19");
        CompiledRubric derived = ProjectForms.rubric(Forms.ENGINE, Forms.LIBRARY, form, ProjectForms.SKELETON);
        assertThat(derived.evaluate(ProjectForms.submission(form, derived)).total())
                .isEqualByComparingTo("95.83");
    }

    @Test
    void a_workbook_without_the_forms_title_is_not_taken_for_one() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        cell(workbook.createSheet("填报"), "A1").setCellValue("老旧小区改造绩效评价填报表");
        assertThat(ProjectFormWorkbook.readIfForm(save(workbook, "other.xlsx"))).isEmpty();
        assertThat(ProjectFormWorkbook.readIfForm(Forms.example("water", "json")))
                .isEmpty();
    }
}
