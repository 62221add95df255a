package org.jixiao.indicators.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jixiao.engine.score.Evaluation.IndicatorResult;
import org.jixiao.testkit.IndicatorHarness;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QualityIssuesTypeTest {

    private final IndicatorHarness quality =
            IndicatorHarness.ofType("quality-issues").weight("10");

    @ParameterizedTest(name = "{0} issues: {1} points")
    @CsvSource({"0, 10", "1, 9", "3, 7", "10, 0", "12, 0"})
    void each_quality_problem_deducts_one_point_at_most_ten(long issues, String expected) {
        IndicatorResult result = quality.score(Map.of("qualityIssues", issues));

        assertThat(result.score()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0, 工程质量符合标准，未发现经查实的工程质量问题。", "12, 经查实存在工程质量问题12项，每项扣1分，扣10分。"})
    void the_reason_names_the_problems_and_the_points_actually_lost(long issues, String reason) {
        assertThat(quality.score(Map.of("qualityIssues", issues)).reason()).isEqualTo(reason);
    }
}
