package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.engine.Engine;
import org.jixiao.engine.rubric.RubricLibrary;
import org.jixiao.engine.submission.Submission;
import org.jixiao.web.fill.FormFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An evaluator's judgement (视情况扣分) on the page: points within what the row allows, and always a reason. */
class JudgementOverHttpTest {

    private static final Path RUBRIC = Path.of("../examples/rubrics/example-province-2021.yaml");

    @RegisterExtension
    static final Served served = new Served(WebOptions.on("127.0.0.1", 0), List.of(RUBRIC));

    private static final String token = served.token;
    private static final String cookie = served.cookie;

    private static Map<String, String> county() {
        Engine engine = Engine.builder()
                .discover(JudgementOverHttpTest.class.getClassLoader())
                .build();
        Submission example = engine.readSubmission(Path.of("../examples/rubrics/example-county-2021.json"));
        Map<String, String> form = new LinkedHashMap<>(FormFields.of(
                engine.loadRubric(RUBRIC, RubricLibrary.onClassPath(JudgementOverHttpTest.class.getClassLoader())),
                example));
        form.put("rubric", "example-province-2021");
        // the example gives no roll-up weights, which a county's form asks for: scored as a unit of no level
        form.remove("s.level");
        return form;
    }

    private static String total(String body) {
        return body.replaceAll("(?s).*<strong id=\"total\">([0-9.]+)</strong>.*", "$1");
    }

    @Test
    void the_form_offers_the_rows_a_rubric_allows_to_judge() throws Exception {
        HttpResponse<String> page = served.get("/fill?rubric=example-province-2021");
        assertThat(page.body())
                .contains("评价人调整（视情况扣分）")
                .contains("name=\"j.funding.allocation.points\"")
                .contains("name=\"j.funding.allocation.reason\"");
    }

    @Test
    void points_taken_off_need_a_reason_and_then_lower_the_row_with_it() throws Exception {
        String before =
                total(served.post("/fill/score", county(), token, cookie).body());
        Map<String, String> form = county();
        form.put("j.funding.allocation.points", "0.5");
        HttpResponse<String> noReason = served.post("/fill/score", form, token, cookie);
        assertThat(noReason.body()).contains("扣分必须写明理由").doesNotContain("id=\"total\"");
        form.put("j.funding.allocation.reason", "分配方案未结合各县实际");
        HttpResponse<String> judged = served.post("/fill/score", form, token, cookie);
        assertThat(judged.body()).contains("评价人调整扣0.5分：分配方案未结合各县实际");
        assertThat(new BigDecimal(total(judged.body())))
                .isEqualByComparingTo(new BigDecimal(before).subtract(new BigDecimal("0.5")));
    }

    @Test
    void more_than_the_row_allows_is_refused_at_its_field() throws Exception {
        Map<String, String> form = county();
        form.put("j.funding.allocation.points", "3");
        form.put("j.funding.allocation.reason", "理由");
        assertThat(served.post("/fill/score", form, token, cookie).body()).contains("此项最多扣 1 分。");
    }

    /** The county's file names its rubric by file (example-province-2021.yaml): the page offers it by that name. */
    @Test
    void a_file_naming_its_rubric_by_file_opens_with_the_rubric_of_that_name() throws Exception {
        HttpResponse<String> page = served.upload(
                "/fill/open",
                Map.of(org.jixiao.web.guard.Guards.CSRF_FIELD, token, "rubric", Served.HENAN),
                "file",
                Map.of(
                        "county.json",
                        java.nio.file.Files.readAllBytes(Path.of("../examples/rubrics/example-county-2021.json"))),
                cookie);
        assertThat(page.body())
                .contains("已读入“county.json”")
                .contains("name=\"rubric\" value=\"example-province-2021\"");
    }

    /** Where the rubric makes a row not applicable when its plan is 0 (notApplicableWhen: plan-zero), 0 is accepted. */
    @Test
    void a_plan_of_zero_is_accepted_where_the_rubric_allows_it_and_refused_elsewhere() throws Exception {
        Map<String, String> form = county();
        form.put("f.elderlyCareArea.plan", "0");
        form.put("f.elderlyCareArea.actual", "0");
        HttpResponse<String> allowed = served.post("/fill/score", form, token, cookie);
        assertThat(allowed.body()).contains("id=\"total\"").contains("不适用");
        form.put("f.households.plan", "0");
        assertThat(served.post("/fill/score", form, token, cookie).body())
                .contains("计划数应大于 0。")
                .doesNotContain("id=\"total\"");
    }

    @Test
    void a_figure_past_a_trillion_is_refused_in_chinese_at_its_field() throws Exception {
        Map<String, String> form = county();
        form.put("f.households.actual", "10000000000000");
        assertThat(served.post("/fill/score", form, token, cookie).body()).contains("数字过大（超过 1 万亿）");
    }
}
