package org.jixiao.indicators.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.score.Evaluation.IndicatorResult;
import org.jixiao.testkit.IndicatorHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FundingUseTypeTest {

    private final IndicatorHarness use = IndicatorHarness.ofType("funding-use").weight("10");

    private IndicatorResult score(boolean monitoring, boolean targets, long violations, boolean severe) {
        return use.score(Map.of(
                "monitoringInPlace",
                monitoring,
                "targetsSetAndEvaluated",
                targets,
                "violations",
                violations,
                "severeViolation",
                severe));
    }

    @ParameterizedTest(name = "monitoring {0}, targets {1}, {2} violations, severe {3}: {4}")
    @CsvSource({
        "true, true, 0, false, 10",
        "false, true, 0, false, 8",
        "true, false, 0, false, 7",
        "true, true, 1, false, 9.5",
        "true, true, 3, false, 8.5",
        "true, true, 10, false, 5",
        "true, true, 14, false, 5", // at most 5 for violations
        "true, true, 1, true, 5", // a severe violation takes the whole 5 at once
        "false, false, 2, true, 0",
    })
    void checklist_and_violations(
            boolean monitoring, boolean targets, long violations, boolean severe, String expected) {
        assertThat(score(monitoring, targets, violations, severe).score()).isEqualByComparingTo(expected);
    }

    @Test
    void a_severe_violation_is_named_in_the_reason() {
        assertThat(score(true, true, 1, true).reason())
                .isEqualTo("建立了预算执行、绩效监控机制，编制了绩效目标、及时开展绩效评价工作；" + "经查实存在违规违纪行为1项，其中有性质恶劣、有重大不良影响的违规违纪项目，一次性扣除5分。");
    }

    @Test
    void a_severe_violation_counted_as_zero_violations_is_a_contradiction() {
        assertThatThrownBy(() -> score(true, true, 0, true))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("facts.violations")
                .hasMessageContaining("severeViolation is true but violations is 0");
    }
}
