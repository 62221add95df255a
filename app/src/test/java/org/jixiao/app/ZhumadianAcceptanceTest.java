package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance example: Zhumadian's 2020 self-evaluation, recomputed through the CLI's JSON output,
 * must give every score the report states (98.1, 优) and no discrepancy.
 */
class ZhumadianAcceptanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode evaluate(Path submission) throws Exception {
        CliRun run = CliRun.of("evaluate", submission.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    private static Map<String, BigDecimal> scores(JsonNode result) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (JsonNode group : result.get("groups")) {
            for (JsonNode indicator : group.get("indicators")) {
                scores.put(indicator.get("id").asText(), indicator.get("score").decimalValue());
            }
        }
        return scores;
    }

    @Test
    void every_claimed_score_total_and_grade_is_reproduced() throws Exception {
        JsonNode example = JSON.readTree(CliRun.ZHUMADIAN.toFile());
        JsonNode result = evaluate(CliRun.ZHUMADIAN);

        Map<String, BigDecimal> claimed = new LinkedHashMap<>();
        example.get("claimed")
                .fields()
                .forEachRemaining(e -> claimed.put(e.getKey(), e.getValue().decimalValue()));
        BigDecimal claimedTotal = claimed.remove("total");
        Map<String, BigDecimal> computed = scores(result);

        assertThat(computed).hasSize(12).containsOnlyKeys(claimed.keySet());
        claimed.forEach((id, score) -> assertThat(computed.get(id)).as(id).isEqualByComparingTo(score));
        assertThat(result.get("groups"))
                .extracting(g -> g.get("id").asText() + "=" + g.get("score").asText())
                .containsExactly("funding=24.1", "management=10", "output=59", "satisfaction=5");
        assertThat(result.get("total").decimalValue())
                .isEqualByComparingTo(claimedTotal)
                .isEqualByComparingTo("98.1");
        assertThat(result.get("total").toString()).isEqualTo("98.1");
        assertThat(result.get("grade").asText()).startsWith("优");
        assertThat(result.get("discrepancies")).isEmpty();
        assertThat(result.get("warnings")).isEmpty();
    }

    @Test
    void reasons_follow_the_seed_report() throws Exception {
        JsonNode result = evaluate(CliRun.ZHUMADIAN);

        Map<String, String> reasons = new LinkedHashMap<>();
        result.get("groups").forEach(g -> g.get("indicators")
                .forEach(i -> reasons.put(i.get("id").asText(), i.get("reason").asText())));
        assertThat(reasons.get("output.households")).isEqualTo("2020年计划改造户数33224户，已开工户数33623户，开工率101.2%。");
        assertThat(reasons.get("output.area")).isEqualTo("2020年计划改造面积341.4058万平方米，已开工改造面积345.4602万平方米，开工率101.2%。");
        assertThat(reasons.get("output.buildings")).isEqualTo("2020年计划改造楼栋1766栋，已开工楼栋1804栋，开工率102.2%。");
        assertThat(reasons.get("output.communities")).isEqualTo("2020年计划改造小区320个，已开工336个，开工率105%。");
        assertThat(reasons.get("output.elderlyCare"))
                .isEqualTo("实际开工量为62395平方米，年度计划为63120平方米，比年度计划少725平方米，低1.15个百分点，扣1分。");
        assertThat(reasons.values()).allSatisfy(reason -> assertThat(reason).endsWith("。"));
    }

    @Test
    void a_changed_fact_changes_its_indicator_reason_total_and_the_discrepancies(@TempDir Path dir) throws Exception {
        String changed = Files.readString(CliRun.ZHUMADIAN)
                .replace(
                        "\"elderlyCareArea\": { \"plan\": 63120, \"actual\": 62395 }",
                        "\"elderlyCareArea\": { \"plan\": 63120, \"actual\": 60000 }");
        assertThat(changed).contains("\"actual\": 60000");
        Path copy = Files.writeString(dir.resolve("changed.json"), changed);

        JsonNode result = evaluate(copy);

        // 3120 / 63120 = 4.94 points below plan: 4 whole points deducted
        JsonNode elderly = result.get("groups").get(2).get("indicators").get(4);
        assertThat(elderly.get("id").asText()).isEqualTo("output.elderlyCare");
        assertThat(elderly.get("score").decimalValue()).isEqualByComparingTo("6");
        assertThat(elderly.get("reason").asText())
                .isEqualTo("实际开工量为60000平方米，年度计划为63120平方米，比年度计划少3120平方米，低4.94个百分点，扣4分。");
        assertThat(result.get("groups").get(2).get("score").decimalValue()).isEqualByComparingTo("56");
        assertThat(result.get("total").decimalValue()).isEqualByComparingTo("95.1");
        assertThat(result.get("discrepancies"))
                .extracting(d -> d.get("id").asText() + ":" + d.get("claimed").asText() + "->"
                        + d.get("computed").asText())
                .containsExactly("output.elderlyCare:9->6", "total:98.1->95.1");
    }
}
