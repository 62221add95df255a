package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * A row with several judgements, each allowed only where its work is undone, and a sub-group's judgement, on the page:
 * one line each, refused at its field where the facts say the work was done.
 */
class ConditionalJudgementOverHttpTest {

    private static final Path RUBRIC = Path.of("../examples/rubrics/example-three-level.yaml");
    private static final String APPROVAL = "j.output.timeliness.preparation/前期审批";

    @RegisterExtension
    static final Served served = new Served(WebOptions.on("127.0.0.1", 0), List.of(RUBRIC));

    private static Map<String, String> county() {
        Engine engine = Engine.builder()
                .discover(ConditionalJudgementOverHttpTest.class.getClassLoader())
                .build();
        Submission example = engine.readSubmission(Path.of("../examples/rubrics/example-three-level-county.json"));
        Map<String, String> form = new LinkedHashMap<>(FormFields.of(
                engine.loadRubric(
                        RUBRIC, RubricLibrary.onClassPath(ConditionalJudgementOverHttpTest.class.getClassLoader())),
                example));
        form.put("rubric", "example-three-level");
        form.remove("s.level");
        return form;
    }

    @Test
    void each_judgement_has_its_own_line_named_after_its_row_and_itself() throws Exception {
        String page = served.get("/fill?rubric=example-three-level").body();
        assertThat(page)
                .contains("前期工作（前期审批）")
                .contains("前期工作（落实融资）")
                .contains("name=\"" + APPROVAL + ".points\"")
                .contains("name=\"j.output.timeliness.preparation/落实融资.reason\"")
                .contains("name=\"j.process.management.points\"");
    }

    @Test
    void a_judgement_is_refused_at_its_field_while_the_facts_say_the_work_was_done() throws Exception {
        Map<String, String> form = county();
        form.put(APPROVAL + ".points", "1");
        form.put(APPROVAL + ".reason", "前期审批推迟一个月");
        String refused =
                served.post("/fill/score", form, served.token, served.cookie).body();
        assertThat(refused).doesNotContain("id=\"total\"").contains("仅当 approvedEarly 为 false 时评价人方可扣分");

        form.put("f.approvedEarly", "否");
        String judged =
                served.post("/fill/score", form, served.token, served.cookie).body();
        assertThat(judged).contains("评价人调整（前期审批）扣1分：前期审批推迟一个月").contains("<strong id=\"total\">94</strong>");
    }
}
