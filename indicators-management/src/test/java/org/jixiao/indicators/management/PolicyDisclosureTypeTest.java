package org.jixiao.indicators.management;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jixiao.engine.score.Evaluation.IndicatorResult;
import org.jixiao.testkit.IndicatorHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyDisclosureTypeTest {

    private final IndicatorHarness disclosure =
            IndicatorHarness.ofType("policy-disclosure").weight("5");

    @ParameterizedTest(name = "{0} undisclosed: {1} points")
    @CsvSource({"0, 5", "1, 4.5", "3, 3.5", "10, 0", "11, 0"})
    void each_item_not_disclosed_deducts_half_a_point_at_most_five(long items, String expected) {
        assertThat(disclosure.score(Map.of("undisclosedItems", items)).score()).isEqualByComparingTo(expected);
    }

    @Test
    void the_reason_says_how_many_items_and_what_they_cost() {
        IndicatorResult result = disclosure.score(Map.of("undisclosedItems", 3L));

        assertThat(result.reason()).isEqualTo("有3项政策、计划等信息未及时对外公开，每少公开1项扣0.5分，扣1.5分。");
        assertThat(result.deductions()).singleElement().satisfies(d -> assertThat(d.points())
                .isEqualByComparingTo("1.5"));
    }
}
