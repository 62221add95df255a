package org.jixiao.indicators.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.testkit.IndicatorHarness.dec;

import java.util.Map;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.score.Evaluation.IndicatorResult;
import org.jixiao.testkit.IndicatorHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FundingRaisingTypeTest {

    private final IndicatorHarness raising =
            IndicatorHarness.ofType("funding-raising").weight("10");

    private IndicatorResult score(boolean subsidy, String ratio) {
        return raising.score(Map.of("localSubsidyArranged", subsidy, "socialFundingRatio", dec(ratio)));
    }

    @Test
    void zhumadian_16_4_percent_loses_0_9_in_proportion() {
        IndicatorResult result = score(true, "16.4");

        assertThat(result.score()).isEqualByComparingTo("9.1");
        assertThat(result.reason())
                .isEqualTo("地方财政已安排补助资金用于城镇老旧小区改造；企业、居民等社会筹资占改造项目资金比例" + "16.4%，比目标20%低3.6个百分点，每低4个百分点扣1分，扣0.9分。");
    }

    @ParameterizedTest(name = "subsidy {0}, ratio {1}%: {2} points")
    @CsvSource({
        "true, 20, 10",
        "true, 35, 10",
        "true, 19, 9.75",
        "true, 16, 9",
        "true, 0, 5", // 20 points below: 5, the cap
        "false, 20, 5",
        "false, 16.4, 4.1",
        "false, 0, 0",
    })
    void subsidy_and_social_funding_each_give_five(boolean subsidy, String ratio, String expected) {
        assertThat(score(subsidy, ratio).score()).isEqualByComparingTo(expected);
    }

    @Test
    void the_whole_step_reading_ignores_a_partial_step() {
        IndicatorResult result = raising.param("stepReading", "whole")
                .score(Map.of("localSubsidyArranged", true, "socialFundingRatio", dec("16.4")));

        assertThat(result.score()).isEqualByComparingTo("10");
        assertThat(result.reason()).endsWith("不足一档，不扣分。");
    }

    @Test
    void item_points_that_do_not_add_up_to_the_weight_are_rejected() {
        assertThatThrownBy(() -> raising.param("subsidyPoints", "4").compile())
                .isInstanceOf(InputException.class)
                .hasMessageContaining("subsidyPoints 4 + socialFundingPoints 5 = 9, but the indicator's weight is 10");
    }

    @Test
    void a_ratio_above_100_percent_is_rejected() {
        assertThatThrownBy(() -> score(true, "120"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("facts.socialFundingRatio")
                .hasMessageContaining("expected a percent number from 0 to 100");
    }
}
