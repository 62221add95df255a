package org.jixiao.engine.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jixiao.engine.rubric.Rubric;
import org.jixiao.spi.Bound;
import org.jixiao.spi.PlanActual;
import org.junit.jupiter.api.Test;

/**
 * How a condition (of a judgement or a cap on the total) reads each kind of fact: a flag by its value, a number by
 * comparison, a plan-and-actual pair by its completion in percent, and a bound only where it lies wholly on one side.
 */
class JudgementConditionTest {

    private static Rubric.Condition when(Rubric.Condition.Comparison comparison, Object value) {
        return new Rubric.Condition("f", comparison, value);
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @Test
    void a_flag_by_its_value() {
        assertThat(JudgementRules.holds(when(Rubric.Condition.Comparison.IS, false), false))
                .isTrue();
        assertThat(JudgementRules.holds(when(Rubric.Condition.Comparison.IS, false), true))
                .isFalse();
    }

    @Test
    void a_count_and_a_decimal_by_comparison_at_the_edge() {
        Rubric.Condition above0 = when(Rubric.Condition.Comparison.ABOVE, dec("0"));
        assertThat(JudgementRules.holds(above0, 0L)).isFalse();
        assertThat(JudgementRules.holds(above0, 1L)).isTrue();
        Rubric.Condition atMost80 = when(Rubric.Condition.Comparison.AT_MOST, dec("80"));
        assertThat(JudgementRules.holds(atMost80, dec("80.0"))).isTrue();
        assertThat(JudgementRules.holds(atMost80, dec("80.01"))).isFalse();
        assertThat(JudgementRules.holds(when(Rubric.Condition.Comparison.AT_LEAST, dec("80")), dec("80")))
                .isTrue();
    }

    @Test
    void a_plan_and_actual_by_its_completion_in_percent_without_rounding() {
        Rubric.Condition below80 = when(Rubric.Condition.Comparison.BELOW, dec("80"));
        // 959.99 of 1200 is 79.999…%: below 80, though it would round to 80.00
        assertThat(JudgementRules.holds(below80, new PlanActual(dec("1200"), dec("959.99"))))
                .isTrue();
        assertThat(JudgementRules.holds(below80, new PlanActual(dec("1200"), dec("960"))))
                .isFalse();
    }

    @Test
    void a_bound_decides_only_when_it_lies_wholly_on_one_side() {
        Rubric.Condition below80 = when(Rubric.Condition.Comparison.BELOW, dec("80"));
        // 70以下: every figure from 0 to 70 is below 80
        assertThat(JudgementRules.holds(below80, new Bound(null, dec("70")))).isTrue();
        assertThat(JudgementRules.holds(below80, new Bound(dec("60"), dec("70"))))
                .isTrue();
        // 85以上: none is
        assertThat(JudgementRules.holds(below80, new Bound(dec("85"), null))).isFalse();
        assertThat(JudgementRules.holds(below80, new Bound(dec("85"), dec("90"))))
                .isFalse();
        // 70 to 90, or 70以上: some are, some are not
        assertThat(JudgementRules.holds(below80, new Bound(dec("70"), dec("90"))))
                .isNull();
        assertThat(JudgementRules.holds(below80, new Bound(dec("70"), null))).isNull();
        Rubric.Condition atLeast80 = when(Rubric.Condition.Comparison.AT_LEAST, dec("80"));
        assertThat(JudgementRules.holds(atLeast80, new Bound(dec("85"), null))).isTrue();
        assertThat(JudgementRules.holds(atLeast80, new Bound(null, dec("70")))).isFalse();
    }
}
