package org.jixiao.examples.elevator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.testkit.IndicatorHarness.pair;

import java.util.Map;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.score.Evaluation.IndicatorResult;
import org.jixiao.testkit.IndicatorHarness;
import org.junit.jupiter.api.Test;

class ElevatorCompletionTypeTest {

    private final IndicatorHarness elevators =
            IndicatorHarness.ofType("elevator-completion").weight("5");

    @Test
    void full_points_at_plan_with_the_default_reason() {
        IndicatorResult result = elevators.score(Map.of("elevators", pair("120", "120")));

        assertThat(result.score()).isEqualByComparingTo("5");
        assertThat(result.reason()).isEqualTo("2020年计划加装电梯120部，已完成120部，完成率100%。");
    }

    @Test
    void each_whole_point_below_plan_deducts_one() {
        IndicatorResult result = elevators.score(Map.of("elevators", pair("120", "117")));

        // 3 / 120 = 2.5 points below plan: 2 whole points
        assertThat(result.score()).isEqualByComparingTo("3");
        assertThat(result.reason()).isEqualTo("2020年计划加装电梯120部，已完成117部，完成率97.5%，扣2分。");
    }

    @Test
    void the_rubric_can_change_the_reason() {
        IndicatorResult result = elevators
                .param("reasonTemplate", "完成率${rate}%${deduction}。")
                .score(Map.of("elevators", pair("10", "5")));

        assertThat(result.score()).isEqualByComparingTo("0");
        assertThat(result.reason()).isEqualTo("完成率50%，扣5分。");
    }

    @Test
    void a_template_without_the_rate_is_rejected() {
        assertThatThrownBy(() -> elevators.param("reasonTemplate", "完成了。").compile())
                .isInstanceOf(InputException.class)
                .hasMessageContaining("params.reasonTemplate: parameter reasonTemplate of indicator row: must show"
                        + " the rate with ${rate}");
    }
}
