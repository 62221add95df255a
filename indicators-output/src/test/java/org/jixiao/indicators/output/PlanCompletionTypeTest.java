package org.jixiao.indicators.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.testkit.IndicatorHarness.dec;
import static org.jixiao.testkit.IndicatorHarness.pair;

import java.util.Map;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.score.Evaluation.IndicatorResult;
import org.jixiao.spi.Subject;
import org.jixiao.testkit.IndicatorHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanCompletionTypeTest {

    private final IndicatorHarness households = IndicatorHarness.ofType("plan-completion")
            .weight("15")
            .param("subject", "改造户数")
            .param("unit", "户")
            .param("actualSubject", "已开工户数")
            .bind("quantity", "households");

    private final IndicatorHarness elderlyCare = IndicatorHarness.ofType("plan-completion")
            .weight("10")
            .param("subject", "配建养老服务设施面积")
            .param("unit", "平方米")
            .bind("quantity", "elderlyCareArea");

    @Test
    void above_plan_keeps_full_points_and_reports_the_rate_like_the_seed() {
        IndicatorResult result = households.score(Map.of("households", pair("33224", "33623")));

        assertThat(result.score()).isEqualByComparingTo("15");
        assertThat(result.reason()).isEqualTo("2020年计划改造户数33224户，已开工户数33623户，开工率101.2%。");
        assertThat(result.deductions()).isEmpty();
    }

    @Test
    void a_whole_rate_is_written_without_a_decimal() {
        IndicatorResult result = IndicatorHarness.ofType("plan-completion")
                .weight("5")
                .param("subject", "改造小区")
                .param("unit", "个")
                .bind("quantity", "communities")
                .score(Map.of("communities", pair("320", "336")));

        assertThat(result.reason()).isEqualTo("2020年计划改造小区320个，已开工336个，开工率105%。");
    }

    @Test
    void exactly_at_plan_keeps_full_points() {
        IndicatorResult result = households.score(Map.of("households", pair("1000", "1000")));

        assertThat(result.score()).isEqualByComparingTo("15");
        assertThat(result.reason()).endsWith("开工率100%。");
    }

    @Test
    void the_seed_elderly_care_shortfall_of_1_15_points_deducts_one_point() {
        IndicatorResult result = elderlyCare.score(Map.of("elderlyCareArea", pair("63120", "62395")));

        assertThat(result.score()).isEqualByComparingTo("9");
        assertThat(result.reason()).isEqualTo("实际开工量为62395平方米，年度计划为63120平方米，比年度计划少725平方米，低1.15个百分点，扣1分。");
        assertThat(result.deductions()).singleElement().satisfies(d -> assertThat(d.points())
                .isEqualByComparingTo("1"));
    }

    @ParameterizedTest(name = "plan 10000, actual {0}: {1} points")
    @CsvSource({
        "9901, 10", // 0.99 points below: no whole point
        "9900, 9", // exactly 1.00 below
        "9885, 9", // 1.15 below
        "9800, 8", // 2.00 below
        "9000.5, 1", // 9.995 below: 9 whole points
        "9000, 0", // 10 below: the cap, all 10
        "5000, 0", // far beyond the cap
        "0, 0", // nothing started
    })
    void whole_steps_count_only_full_percentage_points_up_to_the_weight(String actual, String expected) {
        IndicatorResult result = elderlyCare.score(Map.of("elderlyCareArea", pair("10000", actual)));

        assertThat(result.score()).isEqualByComparingTo(expected);
        assertThat(result.deductions().stream().map(d -> d.points()).reduce(dec("0"), (a, b) -> a.add(b)))
                .isEqualByComparingTo(dec("10").subtract(dec(expected)));
    }

    @Test
    void less_than_one_step_below_says_nothing_was_deducted() {
        IndicatorResult result = elderlyCare.score(Map.of("elderlyCareArea", pair("10000", "9950")));

        assertThat(result.score()).isEqualByComparingTo("10");
        assertThat(result.reason()).endsWith("低0.5个百分点，不足1个百分点，不扣分。");
    }

    @Test
    void deducting_the_whole_weight_says_it_hit_the_cap() {
        IndicatorResult result = elderlyCare.score(Map.of("elderlyCareArea", pair("100", "50")));

        assertThat(result.reason()).endsWith("低50个百分点，扣10分（最多扣10分）。");
    }

    @Test
    void the_proportional_reading_deducts_fractions_of_a_step() {
        IndicatorResult result = elderlyCare
                .param("stepReading", "proportional")
                .score(Map.of("elderlyCareArea", pair("63120", "62395")));

        // 725 / 63120 * 100 = 1.14860... points below, rounded to 0.01 as the helper documents
        assertThat(result.score()).isEqualByComparingTo("8.85");
    }

    @Test
    void the_year_is_left_out_when_the_subject_has_none() {
        IndicatorResult result = households.subject(Subject.UNKNOWN).score(Map.of("households", pair("100", "100")));

        assertThat(result.reason()).startsWith("计划改造户数100户");
    }

    @Test
    void a_plan_of_zero_is_rejected_naming_the_fact() {
        assertThatThrownBy(() -> households.score(Map.of("households", Map.of("plan", dec("0"), "actual", dec("5")))))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("facts.households.plan")
                .hasMessageContaining("expected a plan greater than 0, got 0");
    }

    @Test
    void a_row_must_bind_the_quantity_slot() {
        IndicatorHarness unbound = IndicatorHarness.ofType("plan-completion")
                .weight("5")
                .param("subject", "改造楼栋")
                .param("unit", "栋");

        assertThatThrownBy(unbound::compile)
                .isInstanceOf(InputException.class)
                .hasMessageContaining("needs its fact slot \"quantity\"");
    }

    @Test
    void a_step_of_zero_is_rejected_when_the_rubric_is_compiled() {
        assertThatThrownBy(() -> households.param("stepSize", "0").compile())
                .isInstanceOf(InputException.class)
                .hasMessageContaining("params.stepSize")
                .hasMessageContaining("must be greater than 0, got 0");
    }
}
