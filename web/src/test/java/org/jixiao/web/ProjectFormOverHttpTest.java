package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.engine.Engine;
import org.jixiao.engine.rubric.RubricLibrary;
import org.jixiao.web.fill.FormFields;
import org.jixiao.web.guard.Guards;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A project's table on the page: each row's 年度指标值 beside the facts it asks, the unit's 项目支出绩效自评表 workbook
 * opened into the form, and the downloads in the form's own layout.
 */
class ProjectFormOverHttpTest {

    private static final Path RUBRIC = Path.of("../examples/rubrics/example-project-water-2021.yaml");
    private static final Path FORM = Path.of("../examples/rubrics/example-project-water-2021.xlsx");
    private static final String ID = "example-project-water-2021";

    @RegisterExtension
    static final Served served = new Served(WebOptions.on("127.0.0.1", 0), List.of(RUBRIC));

    private static Map<String, String> filled() {
        Engine engine = Engine.builder()
                .discover(ProjectFormOverHttpTest.class.getClassLoader())
                .build();
        Map<String, String> form = new LinkedHashMap<>(FormFields.of(
                engine.loadRubric(RUBRIC, RubricLibrary.onClassPath(ProjectFormOverHttpTest.class.getClassLoader())),
                engine.readSubmission(Path.of("../examples/rubrics/example-project-water-2021.json"))));
        form.put("rubric", ID);
        return form;
    }

    @Test
    void each_rows_target_and_weight_stand_beside_the_facts_it_asks() throws Exception {
        String page = served.get("/fill?rubric=" + ID).body();

        assertThat(page)
                .contains("铺设供水管网 <span class=\"target\">年度指标值 ≥85公里 · 10分</span>")
                .contains("完工时间 <span class=\"target\">年度指标值 2021年11月底前完工 · 10分</span>");
        // the skeleton is there to be extended, not filled in: the home page does not offer it
        assertThat(served.get("/").body()).doesNotContain("project-self-evaluation");
    }

    @Test
    void the_units_form_workbook_opens_into_the_page_and_scores_as_the_cli_does() throws Exception {
        HttpResponse<String> page = served.upload(
                "/fill/open",
                Map.of(Guards.CSRF_FIELD, served.token, "rubric", ID),
                "file",
                Map.of("自评表.xlsx", Files.readAllBytes(FORM)),
                served.cookie);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("已读入“自评表.xlsx”")
                .contains("value=\"80公里\"")
                .contains("<strong id=\"total\">95.83</strong>");
    }

    @Test
    void a_form_workbook_on_a_page_that_is_not_a_projects_is_refused_with_why() throws Exception {
        HttpResponse<String> page = served.upload(
                "/fill/open",
                Map.of(Guards.CSRF_FIELD, served.token, "rubric", Served.HENAN),
                "file",
                Map.of("自评表.xlsx", Files.readAllBytes(FORM)),
                served.cookie);

        assertThat(page.body()).contains("“自评表.xlsx”是项目支出绩效自评表，本页的评分细则不是项目的评分表");
    }

    @Test
    void the_downloads_of_a_project_are_its_self_evaluation_form() throws Exception {
        Map<String, String> form = filled();
        form.put("what", "table");
        HttpResponse<byte[]> table = served.download("/fill/download", form, served.token, served.cookie);
        form.put("what", "template");
        HttpResponse<byte[]> template = served.download("/fill/download", form, served.token, served.cookie);

        assertThat(table.statusCode()).isEqualTo(200);
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(table.body()))) {
            Sheet sheet = workbook.getSheet("项目支出绩效自评表");
            assertThat(format.formatCellValue(sheet.getRow(13).getCell(3))).isEqualTo("铺设供水管网");
            assertThat(sheet.getRow(13).getCell(7).getNumericCellValue()).isEqualTo(9.41);
            assertThat(sheet.getRow(20).getCell(7).getNumericCellValue()).isEqualTo(95.83);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
            Sheet sheet = workbook.getSheet("项目支出绩效自评表");
            assertThat(format.formatCellValue(sheet.getRow(13).getCell(4))).isEqualTo("≥85公里");
            assertThat(format.formatCellValue(sheet.getRow(13).getCell(5))).isEmpty();
        }
    }
}
