package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Figures known only as bounds, as the seed states them: decided where the rule can, asked for where it cannot. */
class BoundsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path AS_REPORTED = Path.of("..", "examples", "zhumadian-2020-as-reported.json");

    @Test
    void the_seed_as_reported_80_percent_or_more_still_scores_5_and_98_1() throws Exception {
        CliRun run = CliRun.of("evaluate", AS_REPORTED.toString(), "-f", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.get("total").toString()).isEqualTo("98.1");
        assertThat(result.get("discrepancies")).isEmpty();
        JsonNode satisfaction = result.get("groups").get(3).get("indicators").get(0);
        assertThat(satisfaction.get("score").asText()).isEqualTo("5");
        assertThat(satisfaction.get("reason").asText()).isEqualTo("居民满意度达到80%以上；未发现群众信访没有及时处置的情况。");
    }

    @Test
    void a_bound_that_cannot_decide_a_proportional_rule_asks_for_the_figure_and_says_why(@TempDir Path dir)
            throws Exception {
        Path low = Files.writeString(
                dir.resolve("low.json"),
                Files.readString(AS_REPORTED)
                        .replace(
                                "\"satisfactionRate\": { \"atLeast\": 80 }",
                                "\"satisfactionRate\": { \"atLeast\": 70 }"));
        CliRun run = CliRun.of("evaluate", low.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("facts.satisfactionRate: needs the exact figure (the rule of 老旧小区居民满意度 cannot"
                        + " decide from a bound): given only as 70%以上; below 80% every 1 percentage point costs 1 point, so the"
                        + " exact rate is needed (indicator satisfaction.residents 老旧小区居民满意度)");

        Path high = Files.writeString(
                dir.resolve("high.json"),
                Files.readString(AS_REPORTED)
                        .replace(
                                "\"socialFundingRatio\": 16.4",
                                "\"socialFundingRatio\": { \"atLeast\": 25, \"atMost\": 30 }"));
        JsonNode scored = JSON.readTree(
                CliRun.of("evaluate", high.toString(), "-f", "json").out());
        JsonNode raising = scored.get("groups").get(0).get("indicators").get(0);
        assertThat(raising.get("score").asText()).isEqualTo("10");
        assertThat(raising.get("reason").asText()).contains("社会筹资占改造项目资金比例25%至30%，达到20%及以上");
    }

    @Test
    void a_bound_the_rule_can_decide_is_decided(@TempDir Path dir) throws Exception {
        // 满意度70%以下: every rate up to 70 loses all 5 points (each point below 80 costs 1); 质量问题0以下 is 0
        Path low = Files.writeString(
                dir.resolve("low.json"),
                Files.readString(AS_REPORTED)
                        .replace(
                                "\"satisfactionRate\": { \"atLeast\": 80 }", "\"satisfactionRate\": { \"atMost\": 70 }")
                        .replace("\"qualityIssues\": 0", "\"qualityIssues\": { \"atMost\": 0 }"));
        CliRun run = CliRun.of("evaluate", low.toString(), "-f", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = JSON.readTree(run.out());
        JsonNode satisfaction = result.get("groups").get(3).get("indicators").get(0);
        assertThat(satisfaction.get("score").asText()).isEqualTo("0");
        assertThat(satisfaction.get("reason").asText()).isEqualTo("居民满意度70%以下，比80%低10个百分点以上，扣5分；未发现群众信访没有及时处置的情况。");
        JsonNode quality = result.get("groups").get(2).get("indicators").get(5);
        assertThat(quality.get("score").asText()).isEqualTo("10");
        assertThat(result.get("total").toString()).isEqualTo("93.1");

        // 满意度76%以下 is not decided: at 76 one point is left, at 70 none
        Path between = Files.writeString(
                dir.resolve("between.json"),
                Files.readString(low.toFile().toPath()).replace("{ \"atMost\": 70 }", "{ \"atMost\": 76 }"));
        CliRun undecided = CliRun.of("evaluate", between.toString());
        assertThat(undecided.exitCode()).isEqualTo(2);
        assertThat(undecided.err()).contains("given only as 76%以下");
    }

    @Test
    void a_bound_is_checked_like_the_figure_and_a_roll_up_needs_figures(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(
                dir.resolve("bad.json"),
                Files.readString(AS_REPORTED).replace("{ \"atLeast\": 80 }", "{ \"atLeast\": 90, \"atMost\": 120 }"));
        assertThat(CliRun.of("evaluate", bad.toString()).err())
                .contains(
                        "facts.satisfactionRate.atMost: expected a percent number from 0 to 100 (16.4 means 16.4%), got 120");
        Path counties = ZhumadianReviewTest.copy(dir);
        Path yicheng = counties.resolve("01-yicheng.json");
        Files.writeString(
                yicheng,
                Files.readString(yicheng)
                        .replace("\"satisfactionRate\": 88", "\"satisfactionRate\": {" + " \"atLeast\": 85 }"));
        CliRun review = CliRun.of("review", counties.toString(), "--format", "json");
        assertThat(review.exitCode()).isEqualTo(2);
        JsonNode rollup = JSON.readTree(review.out()).get("rollup");
        assertThat(rollup.get("blockers").get(0).asText())
                .contains("01-yicheng.json:")
                .contains("facts.satisfactionRate: this fact is given as a bound; rolling it up (mean weighted by"
                        + " satisfactionSurveyed) needs the exact figure");
        // the county itself is scored from its bound
        assertThat(JSON.readTree(review.out())
                        .get("submissions")
                        .get(0)
                        .get("total")
                        .asText())
                .isEqualTo("100");
    }
}
