package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.engine.Engine;
import org.jixiao.engine.rubric.RubricLibrary;
import org.jixiao.engine.submission.Submission;
import org.jixiao.web.fill.FormFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The 填报 page over HTTP: the live score of the seed's city, a refused field, a download. */
class FillOverHttpTest {

    @RegisterExtension
    static final Served served = new Served();

    private static final String token = served.token;
    private static final String cookie = served.cookie;

    /** The example's facts and claims as the form's fields, typed as a clerk would. */
    static Map<String, String> zhumadian() {
        Engine engine = Engine.builder()
                .discover(FillOverHttpTest.class.getClassLoader())
                .build();
        Submission example = engine.readSubmission(Path.of("../examples/zhumadian-2020.json"));
        Map<String, String> form = new LinkedHashMap<>(FormFields.of(
                engine.loadRubric(RubricLibrary.onClassPath(FillOverHttpTest.class.getClassLoader()), Served.HENAN),
                example));
        form.put("rubric", Served.HENAN);
        return form;
    }

    @Test
    void the_form_lists_every_fact_of_the_rubric_with_its_label() throws Exception {
        HttpResponse<String> page = served.get("/fill?rubric=" + Served.HENAN);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("城镇老旧小区改造绩效评价指标表")
                .contains("name=\"f.households.plan\"")
                .contains("name=\"f.satisfactionRate\"")
                .contains("aria-label=\"改造户数 计划数\"")
                .contains("百分数，0至100（16.4表示16.4%）")
                .contains("name=\"c.total\"");
    }

    @Test
    void the_seed_s_facts_score_98_1_and_a_clerk_sees_why() throws Exception {
        HttpResponse<String> result = served.post("/fill/score", zhumadian(), token, cookie);
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body())
                .contains("<strong id=\"total\">98.1</strong>")
                .contains("<strong id=\"grade\">优</strong>")
                .contains("社会筹资占改造项目资金比例16.4%")
                .doesNotContain("自评得分与计算得分不一致");
    }

    @Test
    void a_word_in_a_number_is_refused_beside_its_field_and_no_total_is_shown() throws Exception {
        Map<String, String> form = zhumadian();
        form.put("f.households.actual", "abc");
        HttpResponse<String> result = served.post("/fill/score", form, token, cookie);
        assertThat(result.body())
                .contains("id=\"e-f-households-actual\" class=\"error\" role=\"alert\" hx-swap-oob=\"true\">“abc”不是数字")
                .contains("有 1 处填写有误（改造户数 实际数）")
                .doesNotContain("id=\"total\"");
    }

    @Test
    void a_changed_fact_changes_the_reason_and_the_total() throws Exception {
        Map<String, String> form = zhumadian();
        form.put("f.satisfactionRate", "75");
        HttpResponse<String> result = served.post("/fill/score", form, token, cookie);
        assertThat(result.body())
                .doesNotContain("<strong id=\"total\">98.1</strong>")
                .contains("75%");
    }

    @Test
    void a_hole_leaves_no_total_and_names_what_is_missing() throws Exception {
        Map<String, String> form = zhumadian();
        form.remove("f.qualityIssues");
        HttpResponse<String> result = served.post("/fill/score", form, token, cookie);
        assertThat(result.body()).contains("还有 1 项未填").doesNotContain("id=\"total\"");
    }

    /** What a file says for its report (funds, documents, measures) is not on the form, and not lost by it. */
    @Test
    void a_files_narrative_is_carried_along_to_the_downloaded_json() throws Exception {
        Map<String, String> form = zhumadian();
        assertThat(form.get("n")).contains("\"fundsIssued\":15129");
        HttpResponse<String> page = served.post("/fill/score", form, token, cookie);
        assertThat(page.body()).contains("<strong id=\"total\">98.1</strong>");
        form.put("what", "json");
        form.put("_csrf", token);
        HttpResponse<String> json = served.post("/fill/download", form, null, cookie);
        assertThat(json.body())
                .contains("\"narrative\"")
                .contains("\"fundsIssued\": 15129")
                .contains("驻政办〔2019〕101号");

        // a carried narrative is checked as a file's is: a hand-made one that breaks the rules is said, and no total
        form.put("n", "{\"fundsIssued\": -1}");
        form.remove("what");
        HttpResponse<String> refused = served.post("/fill/score", form, token, cookie);
        assertThat(refused.body()).contains("随文件带来的报告说明不符合要求").doesNotContain("id=\"total\"");
    }

    @Test
    void the_official_table_downloads_as_a_workbook() throws Exception {
        Map<String, String> form = zhumadian();
        form.put("what", "table");
        form.put("_csrf", token);
        HttpResponse<String> download = served.post("/fill/download", form, null, cookie);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment")
                .contains("filename*=UTF-8''");
    }

    /** A clerk starts from the workbook filled last week, or from a JSON file: the form opens filled in. */
    @Test
    void a_filled_workbook_or_json_opens_into_the_form() throws Exception {
        java.util.Map<String, byte[]> workbooks = ReviewOverHttpTest.workbooks();
        HttpResponse<String> page = served.upload(
                "/fill/open",
                Map.of(org.jixiao.web.guard.Guards.CSRF_FIELD, token, "rubric", Served.HENAN),
                "file",
                Map.of("上蔡县填报表.xlsx", workbooks.get("03-shangcai.xlsx")),
                cookie);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("已读入“上蔡县填报表.xlsx”")
                .contains("name=\"s.region\" value=\"上蔡县\"")
                .contains("<strong id=\"total\">98.5</strong>");
        HttpResponse<String> json = served.upload(
                "/fill/open",
                Map.of(org.jixiao.web.guard.Guards.CSRF_FIELD, token, "rubric", Served.HENAN),
                "file",
                Map.of("zhumadian.json", java.nio.file.Files.readAllBytes(Path.of("../examples/zhumadian-2020.json"))),
                cookie);
        assertThat(json.body()).contains("<strong id=\"total\">98.1</strong>").doesNotContain("jixiao-upload");
        HttpResponse<String> bad = served.upload(
                "/fill/open",
                Map.of(org.jixiao.web.guard.Guards.CSRF_FIELD, token, "rubric", Served.HENAN),
                "file",
                Map.of("bad.json", "{\"facts\": ".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                cookie);
        assertThat(bad.body())
                .contains("“bad.json”无法读取")
                // the reader's own message, in Chinese like the rest of the page
                .contains("bad.json:1:11: JSON 格式错误：文件在对象的各项之间意外结束")
                .doesNotContain("malformed")
                .doesNotContain("jixiao-upload")
                .doesNotContain("/tmp/");
    }
}
