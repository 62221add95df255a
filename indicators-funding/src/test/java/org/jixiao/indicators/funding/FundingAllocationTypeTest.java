package org.jixiao.indicators.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jixiao.engine.score.Evaluation.IndicatorResult;
import org.jixiao.testkit.IndicatorHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FundingAllocationTypeTest {

    private final IndicatorHarness allocation =
            IndicatorHarness.ofType("funding-allocation").weight("5");

    private IndicatorResult score(boolean rules, boolean onTime, boolean targeted) {
        return allocation.score(
                Map.of("fundRulesSound", rules, "allocatedOnTime", onTime, "allocationTargeted", targeted));
    }

    @ParameterizedTest(name = "rules {0}, on time {1}, targeted {2}: {3}")
    @CsvSource({
        "true, true, true, 5",
        "false, true, true, 3",
        "true, false, true, 3",
        "true, true, false, 4",
        "false, false, false, 0",
    })
    void each_item_that_does_not_hold_loses_its_points(
            boolean rules, boolean onTime, boolean targeted, String expected) {
        assertThat(score(rules, onTime, targeted).score()).isEqualByComparingTo(expected);
    }

    @Test
    void the_reason_lists_what_holds_then_what_was_deducted() {
        assertThat(score(true, false, true).reason())
                .isEqualTo("资金管理办法健全规范，资金分配结合本地特点，有针对性地改善老旧小区居民" + "居住条件；资金未按规定时间分配下达，扣2分。");
    }
}
