package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.app.wiring.JixiaoModule;
import org.jixiao.engine.Engine;
import org.jixiao.engine.json.SubmissionJson;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.engine.submission.Submission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 视情况扣分: an evaluator's deduction inside a rule, bounded by the rubric, with its reason on the record. */
class JudgementTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLES = Path.of("..", "examples", "rubrics");

    private static Path county(Path dir, String judgements) throws Exception {
        Files.copy(EXAMPLES.resolve("example-province-2021.yaml"), dir.resolve("example-province-2021.yaml"));
        String text = Files.readString(EXAMPLES.resolve("example-county-2021.json"));
        return Files.writeString(
                dir.resolve("county.json"),
                text.replace("\"claimed\":", "\"judgements\": " + judgements + ",\n  \"claimed\":"));
    }

    private static JsonNode allocation(JsonNode evaluation) {
        return evaluation.get("groups").get(0).get("indicators").get(1);
    }

    @Test
    void a_judgement_takes_points_off_the_rule_s_result_with_its_reason_in_the_ledger(@TempDir Path dir)
            throws Exception {
        JsonNode plain = JSON.readTree(CliRun.of(
                        "evaluate", EXAMPLES.resolve("example-county-2021.json").toString(), "-f", "json")
                .out());
        Path judged = county(dir, "{ \"funding.allocation\": { \"points\": 0.5, \"reason\": \"资金分配未结合本地特点\" } }");
        CliRun run = CliRun.of("evaluate", judged.toString(), "-f", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = JSON.readTree(run.out());

        assertThat(allocation(plain).get("score").asText()).isEqualTo("5");
        assertThat(allocation(result).get("score").asText()).isEqualTo("4.5");
        assertThat(allocation(result).get("reason").asText()).endsWith("。评价人调整扣0.5分：资金分配未结合本地特点。");
        assertThat(allocation(result).get("deductions").toString())
                .isEqualTo("[{\"points\":0.5,\"reason\":\"评价人调整：资金分配未结合本地特点\"}]");
        assertThat(plain.get("total").asText()).isEqualTo("93.7");
        // a judgement changes the score as a fact does, so it changes the input's fingerprint
        assertThat(result.get("factsSha256").asText())
                .hasSize(64)
                .isNotEqualTo(plain.get("factsSha256").asText());
        assertThat(result.get("total").asText()).isEqualTo("93.2");
        // the county claimed 95 and the review sees the evaluator's half point among the difference
        assertThat(result.get("discrepancies").get(0).get("computed").asText()).isEqualTo("93.2");
    }

    @Test
    void a_judgement_never_takes_more_than_the_rule_left(@TempDir Path dir) throws Exception {
        Path judged = county(dir, "{ \"funding.allocation\": { \"points\": 1, \"reason\": \"资金分配不合理\" } }");
        Files.writeString(
                judged,
                Files.readString(judged)
                        .replace("\"fundRulesSound\": true", "\"fundRulesSound\": false")
                        .replace("\"allocatedOnTime\": true", "\"allocatedOnTime\": false")
                        .replace("\"allocationTargeted\": true", "\"allocationTargeted\": false"));
        JsonNode result = JSON.readTree(
                CliRun.of("evaluate", judged.toString(), "-f", "json").out());
        assertThat(allocation(result).get("score").asText()).isEqualTo("0");
        assertThat(allocation(result).get("reason").asText()).doesNotContain("评价人调整");
    }

    @Test
    void judgements_survive_the_submission_writer_and_score_the_same(@TempDir Path dir) throws Exception {
        Path judged = county(dir, "{ \"funding.allocation\": { \"points\": 1, \"reason\": \"改造内容同质化\" } }");
        com.google.inject.Injector injector = com.google.inject.Guice.createInjector(new JixiaoModule());
        Engine engine = injector.getInstance(Engine.class);
        org.jixiao.engine.score.CompiledRubric rubric = injector.getInstance(
                        org.jixiao.app.rubrics.RubricRepository.class)
                .load(dir.resolve("example-province-2021.yaml"));
        Submission read = engine.readSubmission(judged);
        assertThat(read.judgements()).containsOnlyKeys("funding.allocation");
        Path written = Files.writeString(dir.resolve("written.json"), SubmissionJson.write(read));
        Submission again = engine.readSubmission(written);
        assertThat(again.judgements()).isEqualTo(read.judgements());
        Evaluation first = rubric.evaluate(read);
        Evaluation second = rubric.evaluate(again);
        assertThat(second.total()).isEqualByComparingTo(first.total()).isEqualByComparingTo("92.7");
        assertThat(List.of(first.grade().grade(), second.grade().grade())).containsOnly("良");
    }
}
