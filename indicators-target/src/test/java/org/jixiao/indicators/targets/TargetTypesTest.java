package org.jixiao.indicators.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.score.Evaluation.IndicatorResult;
import org.jixiao.testkit.IndicatorHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The form's three types, each score worked out by hand in its row. */
class TargetTypesTest {

    private static IndicatorHarness target(String text, String weight) {
        return IndicatorHarness.ofType("target")
                .weight(weight)
                .param("target", text)
                .bind("actual", "actual")
                .bind("explanation", "explanation");
    }

    private static IndicatorResult score(IndicatorHarness row, String actual, String explanation) {
        return row.score(Map.of("actual", actual, "explanation", explanation));
    }

    @ParameterizedTest(name = "{0} against {1}: {3} of {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // met: the whole weight
                "≥50个|52个|10|10",
                "≥50个|50个|10|10",
                "50个以上|50|10|10",
                "≤90万元|85万元|10|10",
                "=100%|100%|5|5",
                // a positive target missed: 实际 ÷ 指标 × 分值 — 48 ÷ 50 × 10 = 9.6
                "≥50个|48个|10|9.6",
                // 2 ÷ 3 × 10 = 6.666… → 6.67
                "≥3座|2座|10|6.67",
                // a reverse target exceeded: 指标 ÷ 实际 × 分值 — 90 ÷ 100 × 10 = 9
                "≤90万元|100万元|10|9",
                // 30 ÷ 45 × 6 = 4
                "30日内|45日|6|4",
                // an equality below or above: the nearer share — 95 ÷ 100 × 5, 100 ÷ 125 × 5
                "=100%|95%|5|4.75",
                "=100台|125台|5|4",
                // strictly more than 90%: 80 ÷ 90 × 10 = 8.888… → 8.89
                ">90%|80%|10|8.89",
            })
    void met_scores_the_weight_and_a_miss_its_share(String text, String actual, String weight, String expected) {
        IndicatorResult result = score(target(text, weight), actual, "原因：施工期延误");
        assertThat(result.score()).as(result.reason()).isEqualByComparingTo(expected);
    }

    @Test
    void the_reason_states_target_actual_verdict_and_the_unit_s_explanation() {
        IndicatorResult missed = score(target("≥50个", "10"), "48个", "两个点位因征地未完成，已列入下年计划");
        assertThat(missed.reason())
                .isEqualTo("年度指标值≥50个，实际完成值48个，未达成年度指标，按实际完成值与指标值之比计分，扣0.4分。" + "偏差原因：两个点位因征地未完成，已列入下年计划。");
        IndicatorResult bare = score(target("≥50个", "10"), "52", "无");
        assertThat(bare.reason()).isEqualTo("年度指标值≥50个，实际完成值52个（按指标单位个计），达成年度指标。");
    }

    @Test
    void a_miss_without_its_explanation_is_refused_at_the_explanation() {
        assertThatThrownBy(() -> score(target("≥50个", "10"), "48个", "无"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("facts.explanation")
                .hasMessageContaining("the target ≥50个 was not met with 48个; its 偏差原因分析 is needed, not \"无\"");
    }

    @Test
    void a_target_exceeded_beyond_the_province_s_threshold_is_a_deviation_that_costs_its_points() {
        IndicatorHarness row =
                target("≥50个", "10").param("deviationPercent", "30").param("deviationPoints", "2");
        // 65 is 30% above 50: not beyond; 66 is
        assertThat(score(row, "65个", "无").score()).isEqualByComparingTo("10");
        IndicatorResult deviated = score(row, "66个", "年初目标偏保守");
        assertThat(deviated.score()).isEqualByComparingTo("8");
        assertThat(deviated.reason()).contains("超出年度指标值30%以上，属偏离，扣2分");
        assertThatThrownBy(() -> score(row, "66个", "无"))
                .hasMessageContaining("was exceeded by more than 30% (偏离) with 66个");
    }

    @Test
    void a_deviation_that_costs_nothing_still_needs_its_reason_and_says_it_costs_nothing() {
        // the built-in skeleton's rule: beyond 30% is a 偏离 to explain, losing no points unless a province says so
        IndicatorHarness row =
                target("≥50个", "10").param("deviationPercent", "30").param("deviationPoints", "0");
        IndicatorResult deviated = score(row, "66个", "年初目标偏保守");
        assertThat(deviated.score()).isEqualByComparingTo("10");
        assertThat(deviated.reason()).contains("超出年度指标值30%以上，属偏离，不扣分").doesNotContain("扣0分");
        assertThatThrownBy(() -> score(row, "66个", "无")).hasMessageContaining("(偏离)");
    }

    @Test
    void a_bare_fraction_against_a_percent_target_is_refused_rather_than_read_as_a_percent_or_a_fraction() {
        // a spreadsheet keeps 93% as 0.93: is that 93% or 0.93%? Neither is guessed
        assertThatThrownBy(() -> score(target("≥90%", "10"), "0.93", "无"))
                .hasMessageContaining(
                        "the actual value 0.93 has no unit and the target ≥90% is in percent: write 93% if"
                                + " that is what it is, or 0.93% with its sign");
        assertThat(score(target("≥90%", "10"), "93%", "无").score()).isEqualByComparingTo("10");
        // a bare figure above 1 is read in the target's unit, as before, and the reason says so
        assertThat(score(target("≥90%", "10"), "93", "无").reason()).contains("（按指标单位%计）");
    }

    @Test
    void units_must_agree_and_are_never_converted() {
        assertThatThrownBy(() -> score(target("≤90万元", "10"), "850000元", "无"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("the actual value is in 元, the target ≤90万元 in 万元; a figure is never converted");
        assertThatThrownBy(() -> score(target("≥50个", "10"), "基本完成", "无"))
                .hasMessageContaining("expected the figure reached, in 个, such as 50个; got the words \"基本完成\"");
    }

    @Test
    void a_target_that_cannot_be_read_is_refused_when_the_rubric_loads() {
        assertThatThrownBy(() -> target("50至60个", "10").compile())
                .isInstanceOf(InputException.class)
                .hasMessageContaining("params.target")
                .hasMessageContaining("is a range; a target sets one side, such as ≥50个");
        assertThatThrownBy(() -> target("按时完成", "10").compile())
                .hasMessageContaining("is a description, not a figure; a qualitative target is scored by the evaluator"
                        + " with type target-qualitative");
    }

    @Test
    void a_qualitative_target_takes_the_evaluator_s_score_and_names_its_band() {
        IndicatorHarness row = IndicatorHarness.ofType("target-qualitative")
                .weight("10")
                .param("target", "按时完成")
                .bind("actual", "actual")
                .bind("score", "score")
                .bind("reason", "reason");
        IndicatorResult partly = row.score(
                Map.of("actual", "主体工程完工，附属工程延期一个月", "score", IndicatorHarness.dec("7"), "reason", "附属工程受雨季影响延期"));
        assertThat(partly.score()).isEqualByComparingTo("7");
        assertThat(partly.reason())
                .isEqualTo("年度指标值：按时完成；实际完成情况：主体工程完工，附属工程延期一个月。评价人评定为部分达成并具有一定效果，得7分：" + "附属工程受雨季影响延期。");
        assertThat(row.score(Map.of("actual", "按时完成", "score", IndicatorHarness.dec("8"), "reason", "按期完成"))
                        .reason())
                .contains("评价人评定为达成预期指标");
        assertThatThrownBy(
                        () -> row.score(Map.of("actual", "按时完成", "score", IndicatorHarness.dec("11"), "reason", "x")))
                .hasMessageContaining("expected the evaluator's score from 0 to the row's weight 10, got 11");
    }

    @ParameterizedTest(name = "{1} of {0} 万元: {2}")
    @CsvSource({
        // 10 × 950 ÷ 1000 = 9.5
        "1000, 950, 9.5",
        "1000, 1000, 10",
        // more than the budget is still the whole weight
        "1000, 1020, 10",
        // 10 × 2 ÷ 3 = 6.666… → 6.67
        "3, 2, 6.67",
        "500, 0, 0",
    })
    void the_execution_rate_scores_the_weight_times_the_rate(String budget, String executed, String expected) {
        IndicatorResult result = IndicatorHarness.ofType("execution-rate")
                .score(Map.of("funds", IndicatorHarness.pair(budget, executed)));
        assertThat(result.score()).as(result.reason()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{1} of {0} 万元 from 95%, 0.5 a point: {2}")
    @CsvSource({
        // 95% and above: the whole weight
        "1000, 950, 10",
        "1000, 990, 10",
        // 88%: 10 − 0.5 × (95 − 88) = 6.5
        "1200, 1056, 6.5",
        // 2 of 3 is 66.666…%: 10 − 0.5 × (95 − 66.666…) = −4.166… → 0, never below
        "3, 2, 0",
        // 93.3%: 10 − 0.5 × 1.7 = 9.15
        "1000, 933, 9.15",
    })
    void a_provinces_stepped_execution_rate_takes_points_for_each_percentage_point_below_its_mark(
            String budget, String executed, String expected) {
        IndicatorResult result = IndicatorHarness.ofType("execution-rate")
                .param("fullAt", "95")
                .param("perPercent", "0.5")
                .score(Map.of("funds", IndicatorHarness.pair(budget, executed)));
        assertThat(result.score()).as(result.reason()).isEqualByComparingTo(expected);
    }

    @Test
    void a_stepped_execution_rate_says_its_rule_in_the_reason_and_refuses_a_mark_above_100() {
        IndicatorResult result = IndicatorHarness.ofType("execution-rate")
                .param("fullAt", "95")
                .param("perPercent", "0.5")
                .score(Map.of("funds", IndicatorHarness.pair("1200", "1056")));
        assertThat(result.reason()).isEqualTo("全年预算数1200万元，全年执行数1056万元，执行率88%，低于95%，每低1个百分点扣0.5分，计6.5分。");
        assertThatThrownBy(() -> IndicatorHarness.ofType("execution-rate")
                        .param("fullAt", "120")
                        .score(Map.of("funds", IndicatorHarness.pair("1200", "1056"))))
                .hasMessageContaining("expected a rate of at most 100, got 120");
    }

    @Test
    void the_execution_rate_states_the_figures_and_the_rate() {
        IndicatorResult result =
                IndicatorHarness.ofType("execution-rate").score(Map.of("funds", IndicatorHarness.pair("1200", "1056")));
        assertThat(result.reason()).isEqualTo("全年预算数1200万元，全年执行数1056万元，执行率88%，按执行率计8.8分。");
        assertThat(result.deductions()).hasSize(1);
    }
}
