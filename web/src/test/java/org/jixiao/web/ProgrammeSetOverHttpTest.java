package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.engine.Engine;
import org.jixiao.engine.programme.ProgrammeSet;
import org.jixiao.engine.rubric.RubricLibrary;
import org.jixiao.engine.submission.ProgrammeSubmission;
import org.jixiao.web.fill.FormFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A programme set on the page: three programmes' forms in one, each scored with its rubric, combined by funds. */
class ProgrammeSetOverHttpTest {

    private static final Path SET = Path.of("../examples/rubrics/example-anju-2021.yaml");

    @RegisterExtension
    static final Served served = new Served(WebOptions.on("127.0.0.1", 0), List.of(SET));

    private static final String token = served.token;
    private static final String cookie = served.cookie;

    /** The example county's three programmes as the set's form: each programme's fields under p.ID. */
    private static Map<String, String> county() {
        Engine engine = Engine.builder()
                .discover(ProgrammeSetOverHttpTest.class.getClassLoader())
                .build();
        ProgrammeSet set = engine.loadProgrammeSet(
                SET, RubricLibrary.onClassPath(ProgrammeSetOverHttpTest.class.getClassLoader()));
        ProgrammeSubmission county =
                engine.readProgrammeSubmission(Path.of("../examples/rubrics/example-anju-county.json"), null);
        Map<String, String> form = new LinkedHashMap<>();
        for (ProgrammeSet.Programme programme : set.programmes()) {
            FormFields.of(programme.rubric(), county.programmes().get(programme.id()))
                    .forEach((key, value) ->
                            form.put(key.startsWith("s.") ? key : "p." + programme.id() + "." + key, value));
        }
        county.claimed().forEach((id, score) -> form.put("c." + id, score.toPlainString()));
        form.put("rubric", "example-anju-2021");
        form.remove("s.level"); // the example gives no roll-up weights, which a county's form asks for
        return form;
    }

    @Test
    void the_home_page_offers_the_set_and_its_form_asks_for_each_programme() throws Exception {
        assertThat(served.get("/").body()).contains("/fill?rubric=example-anju-2021");
        String page = served.get("/fill?rubric=example-anju-2021").body();
        assertThat(page)
                .contains("name=\"p.shantytown.f.funds\"")
                .contains("棚户区改造 · ")
                .contains("name=\"c.total\"")
                .doesNotContain("value=\"json\"");
    }

    @Test
    void the_example_county_scores_92_26_weighted_by_funds_with_each_programme_shown() throws Exception {
        HttpResponse<String> result = served.post("/fill/score", county(), token, cookie);
        assertThat(result.body())
                .contains("综合得分<strong id=\"total\">92.26</strong>")
                .contains("棚户区改造（资金 6000）：88.5 分")
                .contains("棚户区改造")
                .contains("租赁住房保障")
                .contains("id=\"e-p-shantytown-f-funds\"");
    }

    @Test
    void a_word_in_one_programme_is_refused_at_its_field_and_no_total_is_shown() throws Exception {
        Map<String, String> form = county();
        form.put("p.shantytown.f.funds", "abc");
        String body = served.post("/fill/score", form, token, cookie).body();
        assertThat(body)
                .contains("id=\"e-p-shantytown-f-funds\" class=\"error\" role=\"alert\" hx-swap-oob=\"true\">“abc”不是数字")
                .contains("棚户区改造：")
                .doesNotContain("id=\"total\"");
    }

    @Test
    void the_set_s_table_and_report_download() throws Exception {
        Map<String, String> form = county();
        form.put("_csrf", token);
        form.put("what", "report");
        HttpResponse<String> report = served.post("/fill/download", form, null, cookie);
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Disposition").orElseThrow())
                .contains(".docx");
        form.put("what", "table");
        assertThat(served.post("/fill/download", form, null, cookie).statusCode())
                .isEqualTo(200);
    }
}
