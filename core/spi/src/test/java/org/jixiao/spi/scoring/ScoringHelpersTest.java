package org.jixiao.spi.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.jixiao.spi.PlanActual;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringHelpersTest {

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @ParameterizedTest(name = "target 20, value {0}: {1} in proportion, {2} in whole steps")
    @CsvSource({
        "20, 0, 0",
        "25, 0, 0",
        "16.4, 0.9, 0",
        "16, 1, 1",
        "12.1, 1.975, 1",
        "4, 4, 4",
        "0, 5, 5", // 5 steps, the cap
    })
    void steps_below_a_target(String value, String proportional, String whole) {
        ThresholdSteps inProportion = new ThresholdSteps(dec("4"), dec("1"), dec("5"), StepReading.PROPORTIONAL);
        ThresholdSteps wholeSteps = new ThresholdSteps(dec("4"), dec("1"), dec("5"), StepReading.WHOLE);

        assertThat(inProportion.deductionBelow(dec("20"), dec(value))).isEqualByComparingTo(proportional);
        assertThat(wholeSteps.deductionBelow(dec("20"), dec(value))).isEqualByComparingTo(whole);
    }

    @Test
    void a_number_in_a_reason_is_its_value_without_trailing_zeros_or_exponent_for_any_scale() {
        java.util.Random random = new java.util.Random(26);
        for (int i = 0; i < 50_000; i++) {
            long unscaled =
                    switch (random.nextInt(3)) {
                        case 0 -> random.nextInt(2000) - 100;
                        case 1 -> random.nextInt(100) * (long) Math.pow(10, random.nextInt(6));
                        default -> random.nextLong() / (1L << random.nextInt(63));
                    };
            BigDecimal value = BigDecimal.valueOf(unscaled, random.nextInt(12) - 3);
            BigDecimal stripped = value.stripTrailingZeros();
            String expected = (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();

            assertThat(Numbers.plain(value))
                    .as("%s (scale %d)", value, value.scale())
                    .isEqualTo(expected);
        }
    }

    @Test
    void clauses_are_joined_with_semicolons_and_a_full_stop_skipping_blank_ones() {
        assertThat(Sentences.join(java.util.Arrays.asList(" 甲 ", null, "", "  ", "乙，扣1分")))
                .isEqualTo("甲；乙，扣1分。");
        assertThat(Sentences.join("只有一句")).isEqualTo("只有一句。");
        assertThat(Sentences.join(" ", "")).isEmpty();
        assertThat(Sentences.join(java.util.List.of())).isEmpty();
    }

    @Test
    void whole_steps_are_the_integral_quotient_of_the_shortfall_for_any_scales() {
        java.util.Random random = new java.util.Random(13);
        for (int i = 0; i < 20_000; i++) {
            BigDecimal step = BigDecimal.valueOf(1 + random.nextInt(500), random.nextInt(3));
            BigDecimal points = BigDecimal.valueOf(1 + random.nextInt(300), random.nextInt(3));
            BigDecimal cap = BigDecimal.valueOf(random.nextInt(2000), random.nextInt(3));
            BigDecimal numerator = BigDecimal.valueOf(random.nextInt(1_000_000) - 1000, random.nextInt(5));
            BigDecimal denominator = BigDecimal.valueOf(1 + random.nextInt(100_000), random.nextInt(4));
            ThresholdSteps rule = new ThresholdSteps(step, points, cap, StepReading.WHOLE);
            // the definition: whole steps of the shortfall, times the points, within the cap
            BigDecimal expected = numerator.signum() <= 0
                    ? BigDecimal.ZERO
                    : numerator
                            .divideToIntegralValue(denominator.multiply(step))
                            .multiply(points)
                            .min(cap)
                            .stripTrailingZeros();

            assertThat(rule.deductionFor(numerator, denominator))
                    .as("%s / %s, step %s, %s points, cap %s", numerator, denominator, step, points, cap)
                    .isEqualTo(expected);
        }
    }

    @Test
    void a_non_terminating_proportional_deduction_is_rounded_half_up_to_two_places() {
        ThresholdSteps thirds = new ThresholdSteps(dec("3"), dec("1"), dec("10"), StepReading.PROPORTIONAL);

        assertThat(thirds.deductionBelow(dec("10"), dec("8"))).isEqualTo(dec("0.67"));
    }

    @Test
    void completion_counts_the_shortfall_exactly_without_rounding_the_rate_first() {
        ThresholdSteps steps = new ThresholdSteps(dec("1"), dec("1"), dec("15"), StepReading.WHOLE);

        // 1/3 short of 300 is exactly 1 point below 100%; rounding the rate first could give 0.99...
        assertThat(steps.deductionForCompletion(new PlanActual(dec("300"), dec("297"))))
                .isEqualByComparingTo("1");
        assertThat(steps.deductionForCompletion(new PlanActual(dec("3"), dec("2.97"))))
                .isEqualByComparingTo("1");
        assertThat(steps.deductionForCompletion(new PlanActual(dec("7"), dec("6.93"))))
                .isEqualByComparingTo("1");
        assertThat(steps.deductionForCompletion(new PlanActual(dec("7"), dec("6.9301"))))
                .isEqualByComparingTo("0");
    }

    @Test
    void per_occurrence_is_capped_and_a_severe_case_takes_the_whole_cap() {
        PerOccurrence rule = new PerOccurrence(dec("0.5"), dec("5"));

        assertThat(rule.deduction(3)).isEqualByComparingTo("1.5");
        assertThat(rule.deduction(11)).isEqualByComparingTo("5");
        assertThat(rule.deduction(1, true)).isEqualByComparingTo("5");
        assertThatThrownBy(() -> rule.deduction(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_ledger_trims_deductions_to_the_overall_cap() {
        DeductionLedger ledger = new DeductionLedger(dec("5"));

        assertThat(ledger.take(dec("4"), "a")).isEqualByComparingTo("4");
        assertThat(ledger.take(dec("3"), "b")).isEqualByComparingTo("1");
        assertThat(ledger.take(dec("2"), "c")).isEqualByComparingTo("0");
        assertThat(ledger.score(dec("5"), "r").points()).isEqualByComparingTo("0");
        assertThat(ledger.score(dec("5"), "r").deductions())
                .extracting(d -> d.reason())
                .containsExactly("a", "b");
    }

    @Test
    void a_checklist_deducts_the_items_that_do_not_hold() {
        Checklist checklist = new Checklist()
                .item(dec("2"), true, "甲", "非甲")
                .item(dec("2"), false, "乙", "非乙")
                .item(dec("1"), true, "丙", "非丙");

        assertThat(checklist.total()).isEqualByComparingTo("5");
        assertThat(checklist.clauses()).containsExactly("甲，丙", "非乙，扣2分");
    }

    @Test
    void numbers_are_written_plainly() {
        assertThat(Numbers.plain(dec("1E+2"))).isEqualTo("100");
        assertThat(Numbers.plain(dec("9.10"))).isEqualTo("9.1");
        assertThat(Numbers.rounded(dec("101.2037"), 1)).isEqualTo("101.2");
        assertThat(Numbers.rounded(dec("105.000"), 1)).isEqualTo("105");
        assertThat(Numbers.rounded(dec("1.145"), 2)).isEqualTo("1.15");
        assertThat(Sentences.join("a", " ", "b")).isEqualTo("a；b。");
    }
}
