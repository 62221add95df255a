package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.app.wiring.JixiaoModule;
import org.jixiao.engine.Engine;
import org.jixiao.engine.json.SubmissionJson;
import org.jixiao.engine.submission.Submission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 提前完成前期审批(2分)；落实融资(2分)；未完成的视情况扣分: judgements with their conditions on facts, several on one row
 * each with its reason, and one on a sub-group, through the CLI with the example three-level rubric.
 */
class ConditionalJudgementTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLES = Path.of("..", "examples", "rubrics");

    /** The example county with some facts changed and the given judgements. */
    private static Path county(Path dir, String judgements, String... factChanges) throws Exception {
        Files.copy(EXAMPLES.resolve("example-three-level.yaml"), dir.resolve("example-three-level.yaml"));
        String text = Files.readString(EXAMPLES.resolve("example-three-level-county.json"));
        for (int i = 0; i < factChanges.length; i += 2) {
            assertThat(text).contains(factChanges[i]);
            text = text.replace(factChanges[i], factChanges[i + 1]);
        }
        return Files.writeString(
                dir.resolve("county.json"),
                text.replace("\"claimed\":", "\"judgements\": " + judgements + ",\n  \"claimed\":"));
    }

    private static JsonNode indicator(JsonNode evaluation, String id) {
        for (JsonNode group : evaluation.get("groups")) {
            for (JsonNode row : group.get("indicators")) {
                if (row.get("id").asText().equals(id)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no indicator " + id + " in " + evaluation);
    }

    private static JsonNode evaluate(Path county) throws Exception {
        CliRun run = CliRun.of("evaluate", county.toString(), "-f", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void several_judgements_on_one_row_each_where_its_work_is_undone_each_with_its_reason(@TempDir Path dir)
            throws Exception {
        JsonNode result = evaluate(county(
                dir,
                "{ \"output.timeliness.preparation\": {"
                        + " \"前期审批\": { \"points\": 1, \"reason\": \"前期审批推迟一个月\" },"
                        + " \"落实融资\": { \"points\": 2, \"reason\": \"社会资本未落实\" } } }",
                "\"approvedEarly\": true",
                "\"approvedEarly\": false",
                "\"financingSecured\": true",
                "\"financingSecured\": false"));
        JsonNode row = indicator(result, "output.timeliness.preparation");
        assertThat(row.get("score").asText()).isEqualTo("1");
        assertThat(row.get("reason").asText())
                .isEqualTo("前期审批提前完成：否；融资已落实：否。评价人调整（前期审批）扣1分：前期审批推迟一个月。" + "评价人调整（落实融资）扣2分：社会资本未落实。");
        assertThat(row.get("deductions").toString())
                .isEqualTo("[{\"points\":1,\"reason\":\"评价人调整（前期审批）：前期审批推迟一个月\"},"
                        + "{\"points\":2,\"reason\":\"评价人调整（落实融资）：社会资本未落实\"}]");
        assertThat(result.get("total").asText()).isEqualTo("92");
    }

    @Test
    void a_judgement_is_refused_where_the_facts_say_its_work_was_done(@TempDir Path dir) throws Exception {
        Path county = county(
                dir,
                "{ \"output.timeliness.preparation\": {"
                        + " \"前期审批\": { \"points\": 1, \"reason\": \"前期审批推迟一个月\" } } }");
        CliRun run = CliRun.of("evaluate", county.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("judgements.\"output.timeliness.preparation\".\"前期审批\"")
                .contains("an evaluator may take points off only when approvedEarly is false; the facts say true")
                .doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_condition_on_a_number_is_decided_by_the_figure(@TempDir Path dir) throws Exception {
        // 完成及时性 may be judged only when the works ran late: a judgement with monthsLate at 0 is refused
        Path rubric = dir.resolve("late.yaml");
        Files.writeString(
                rubric,
                "id: late\nversion: \"1\"\nextends: example-three-level.yaml\ngroups:\n  - id: output\n"
                        + "    indicators:\n      - id: output.timeliness\n        indicators:\n"
                        + "          - { id: output.timeliness.onTime, judgement: { atMost: 2, when: { monthsLate: { above: 0 } } } }\n");
        Path onTime = county(dir, "{ \"output.timeliness.onTime\": { \"points\": 1, \"reason\": \"工期安排不合理\" } }");
        Files.writeString(onTime, Files.readString(onTime).replace("\"example-three-level.yaml\"", "\"late.yaml\""));
        CliRun refused = CliRun.of("evaluate", onTime.toString());
        assertThat(refused.exitCode()).as(refused.out()).isEqualTo(2);
        assertThat(refused.err()).contains("only when monthsLate is above 0; the facts say 0");

        Files.writeString(onTime, Files.readString(onTime).replace("\"monthsLate\": 0", "\"monthsLate\": 1"));
        JsonNode late = evaluate(onTime);
        // the rule takes 2 for the month, the evaluator 1 more
        assertThat(indicator(late, "output.timeliness.onTime").get("score").asText())
                .isEqualTo("3");
    }

    @Test
    void a_sub_group_s_judgement_is_booked_on_its_rows_in_table_order(@TempDir Path dir) throws Exception {
        // 资金管理 (资金到位率 10 of 10, 预算执行率 8 of 10) allows 12 points off as a whole: 11 takes the first row's
        // 10 and 1 of the second's, each row saying its part
        Path rubric = dir.resolve("funds.yaml");
        Files.writeString(
                rubric,
                "id: funds\nversion: \"1\"\nextends: example-three-level.yaml\ngroups:\n  - id: process\n"
                        + "    indicators:\n      - { id: process.funds, judgement: { atMost: 12 } }\n");
        Path county = county(dir, "{ \"process.funds\": { \"points\": 11, \"reason\": \"资金拨付程序不规范\" } }");
        Files.writeString(county, Files.readString(county).replace("\"example-three-level.yaml\"", "\"funds.yaml\""));
        JsonNode result = evaluate(county);
        assertThat(indicator(result, "process.funds.arrival").get("score").asText())
                .isEqualTo("0");
        assertThat(indicator(result, "process.funds.arrival").get("reason").asText())
                .endsWith("评价人对资金管理调整扣11分（本项计扣10分）：资金拨付程序不规范。");
        assertThat(indicator(result, "process.funds.execution").get("score").asText())
                .isEqualTo("7");
        assertThat(indicator(result, "process.funds.execution").get("reason").asText())
                .endsWith("评价人对资金管理调整扣11分（本项计扣1分）：资金拨付程序不规范。");
        JsonNode funds = result.get("groups").get(0).get("subgroups").get(0);
        assertThat(funds.get("id").asText()).isEqualTo("process.funds");
        assertThat(funds.get("score").asText()).isEqualTo("7");
        assertThat(result.get("total").asText()).isEqualTo("84");
    }

    @Test
    void named_judgements_survive_the_submission_writer(@TempDir Path dir) throws Exception {
        Path county = county(
                dir,
                "{ \"output.timeliness.preparation\": { \"前期审批\": { \"points\": 1.5, \"reason\": \"推迟两个月\" } },"
                        + " \"process.management\": { \"points\": 2, \"reason\": \"项目档案资料不完整\" } }",
                "\"approvedEarly\": true",
                "\"approvedEarly\": false");
        Engine engine =
                com.google.inject.Guice.createInjector(new JixiaoModule()).getInstance(Engine.class);
        Submission read = engine.readSubmission(county);
        assertThat(read.judgements()).containsOnlyKeys("output.timeliness.preparation/前期审批", "process.management");
        String written = SubmissionJson.write(read);
        // written back as read: the row's judgements under their names
        assertThat(JSON.readTree(written)
                        .get("judgements")
                        .get("output.timeliness.preparation")
                        .get("前期审批")
                        .get("points")
                        .asText())
                .isEqualTo("1.5");
        Submission again = engine.readSubmission(Files.writeString(dir.resolve("again.json"), written));
        assertThat(again.judgements()).isEqualTo(read.judgements());
        JsonNode result = evaluate(county);
        assertThat(indicator(result, "process.management.compliance")
                        .get("score")
                        .asText())
                .isEqualTo("7");
        assertThat(result.get("total").asText()).isEqualTo("91.5");
    }
}
