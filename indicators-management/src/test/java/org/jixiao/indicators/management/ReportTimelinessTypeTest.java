package org.jixiao.indicators.management;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.jixiao.engine.score.Evaluation.IndicatorResult;
import org.jixiao.testkit.IndicatorHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportTimelinessTypeTest {

    private final IndicatorHarness reporting =
            IndicatorHarness.ofType("report-timeliness").weight("5");

    private IndicatorResult score(long daysLate, boolean complete) {
        return reporting.score(Map.of("reportDaysLate", daysLate, "reportComplete", complete));
    }

    @ParameterizedTest(name = "{0} days late, complete {1}: {2} points")
    @CsvSource({
        "0, true, 5",
        "2, true, 3",
        "5, true, 0",
        "9, true, 0",
        "0, false, 4",
        "2, false, 2",
        "4, false, 0",
        "5, false, 0",
    })
    void late_days_and_an_incomplete_report_deduct_at_most_five_together(long days, boolean complete, String expected) {
        IndicatorResult result = score(days, complete);

        assertThat(result.score()).isEqualByComparingTo(expected);
        assertThat(result.deductions().stream().map(d -> d.points()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(new BigDecimal("5").subtract(new BigDecimal(expected)));
    }

    @Test
    void a_late_and_incomplete_report_gives_both_reasons() {
        assertThat(score(2, false).reason()).isEqualTo("报送逾期2天，每1天扣1分，扣2分；报送内容不完整，扣1分。");
    }

    @Test
    void an_incomplete_report_after_the_cap_says_nothing_more_was_deducted() {
        assertThat(score(5, false).reason()).isEqualTo("报送逾期5天，每1天扣1分，扣5分；报送内容不完整，已扣满分，不再扣分。");
    }

    @Test
    void the_incomplete_deduction_is_a_rubric_parameter() {
        IndicatorResult result = reporting
                .param("incompleteDeduction", "2.5")
                .score(Map.of("reportDaysLate", 0L, "reportComplete", false));

        assertThat(result.score()).isEqualByComparingTo("2.5");
    }
}
