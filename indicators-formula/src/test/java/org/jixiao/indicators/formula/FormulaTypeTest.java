package org.jixiao.indicators.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.testkit.IndicatorHarness.dec;

import java.util.Map;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.score.Evaluation.IndicatorResult;
import org.jixiao.testkit.IndicatorHarness;
import org.junit.jupiter.api.Test;

class FormulaTypeTest {

    private final IndicatorHarness elevators = IndicatorHarness.ofType("formula")
            .weight("3")
            .bind("installed", "elevatorsInstalled")
            .bind("planned", "elevatorsPlanned")
            .param("expression", "MIN(3, installed / planned * 3)")
            .param("counts", "installed, planned");

    @Test
    void the_expression_gives_the_score_exactly() {
        IndicatorResult result = elevators.score(Map.of("elevatorsInstalled", 39L, "elevatorsPlanned", 40L));

        assertThat(result.score()).isEqualTo(dec("2.925"));
        assertThat(result.reason()).isEqualTo("按公式MIN(3, installed / planned * 3)计算，installed为39，planned为40，得2.925分。");
        assertThat(result.deductions()).singleElement().satisfies(d -> assertThat(d.points())
                .isEqualByComparingTo("0.075"));
        // rounded only where the rubric says so
        assertThat(elevators
                        .param("decimals", dec("2"))
                        .score(Map.of("elevatorsInstalled", 39L, "elevatorsPlanned", 40L))
                        .score())
                .isEqualTo(dec("2.93"));
        IndicatorHarness identity = IndicatorHarness.ofType("formula")
                .weight("3")
                .bind("x", "x")
                .param("expression", "x")
                .param("clamp", true);
        assertThat(identity.score(Map.of("x", dec("1.234"))).score()).isEqualTo(dec("1.234"));
        assertThat(identity.score(Map.of("x", dec("0.001"))).score()).isEqualTo(dec("0.001"));
    }

    @Test
    void a_reason_template_is_filled_in() {
        IndicatorResult result = elevators
                .param("reason", "计划加装电梯{planned}部，已完成{installed}部，得{score}分。")
                .score(Map.of("elevatorsInstalled", 40L, "elevatorsPlanned", 40L));

        assertThat(result.score()).isEqualByComparingTo("3");
        assertThat(result.reason()).isEqualTo("计划加装电梯40部，已完成40部，得3分。");
        // the ledger gives the rubric's words too, not the expression
        IndicatorResult short1 = elevators
                .param("reason", "计划加装电梯{planned}部，已完成{installed}部。")
                .score(Map.of("elevatorsInstalled", 30L, "elevatorsPlanned", 40L));
        assertThat(short1.deductions()).singleElement().satisfies(d -> assertThat(d.reason())
                .isEqualTo("计划加装电梯40部，已完成30部"));
    }

    @Test
    void every_placeholder_of_the_reason_is_filled_in_or_refused_at_load() {
        // {planned} is bound but not used by the expression: shown all the same, never "{planned}" in a report
        IndicatorHarness capped = IndicatorHarness.ofType("formula")
                .weight("3")
                .bind("installed", "elevatorsInstalled")
                .bind("planned", "elevatorsPlanned")
                .param("expression", "MIN(3, installed)")
                .param("counts", "installed, planned")
                .param("reason", "计划{planned}部，已完成{installed}部，得{score}分。");
        assertThat(capped.score(Map.of("elevatorsInstalled", 2L, "elevatorsPlanned", 40L))
                        .reason())
                .isEqualTo("计划40部，已完成2部，得2分。");
        assertThatThrownBy(() -> elevators.param("reason", "已完成{instaled}部").compile())
                .isInstanceOf(InputException.class)
                .hasMessageContaining("names {instaled}, which is nothing the reason can be filled in with; it may"
                        + " name {installed}, {planned}, {score}, {weight}");
    }

    @Test
    void flags_are_one_or_zero() {
        IndicatorResult result = IndicatorHarness.ofType("formula")
                .weight("5")
                .bind("severe", "severeViolation")
                .param("flags", "severe")
                .param("expression", "IF(severe, 0, 5)")
                .score(Map.of("severeViolation", true));

        assertThat(result.score()).isEqualByComparingTo("0");
        assertThat(result.reason()).contains("severe为是");
    }

    @Test
    void a_syntax_error_is_reported_when_the_rubric_loads() {
        assertThatThrownBy(() ->
                        elevators.param("expression", "MIN(3, installed / * 3)").compile())
                .isInstanceOf(InputException.class)
                .hasMessageContaining(
                        "params.expression: parameter expression of indicator row: \"MIN(3, installed / * 3)\""
                                + " does not parse:");
    }

    @Test
    void a_name_the_row_does_not_declare_is_reported() {
        assertThatThrownBy(() -> elevators
                        .param("expression", "MIN(3, instaled / planned * 3)")
                        .compile())
                .isInstanceOf(InputException.class)
                .hasMessageContaining("names \"instaled\", which the row does not declare under facts; declared:"
                        + " installed, planned");
    }

    @Test
    void only_safe_functions_are_allowed() {
        assertThatThrownBy(() -> elevators.param("expression", "RANDOM() * 3").compile())
                .isInstanceOf(InputException.class)
                .hasMessageContaining("uses the function RANDOM (at character 1); formulas may use IF, MIN, MAX");
    }

    @Test
    void a_formula_that_can_leave_its_range_is_refused_unless_it_is_clamped() {
        IndicatorHarness unbounded = elevators.param("expression", "installed / planned * 3");

        assertThatThrownBy(unbounded::compile)
                .isInstanceOf(InputException.class)
                .hasMessageContaining("can leave [0, 3]: with installed=50, planned=1 it gives 150; bound it (MIN, MAX)"
                        + " or set clamp: true");

        IndicatorResult clamped =
                unbounded.param("clamp", true).score(Map.of("elevatorsInstalled", 50L, "elevatorsPlanned", 40L));
        assertThat(clamped.score()).isEqualByComparingTo("3");
        assertThat(clamped.reason()).endsWith("（公式得3.75分，按规定取0至3分）。");
    }

    @Test
    void a_division_by_a_zero_fact_fails_the_indicator_naming_the_zero_fact() {
        assertThatThrownBy(() -> elevators.score(Map.of("elevatorsInstalled", 0L, "elevatorsPlanned", 0L)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("divides by zero (installed = 0, planned = 0)")
                .hasMessageContaining("IF(installed = 0, …, …)");
        assertThat(elevators
                        .score(Map.of("elevatorsInstalled", 0L, "elevatorsPlanned", 4L))
                        .score())
                .isEqualByComparingTo("0");
    }

    @Test
    void the_slots_get_their_declared_kinds() {
        assertThatThrownBy(() -> elevators.score(Map.of("elevatorsInstalled", dec("2.5"), "elevatorsPlanned", 4L)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("facts.elevatorsInstalled: expected a whole number, 0 or more, got 2.5");
    }

    /** The check and EvalEx must agree on what a function is: no space, letter or case may hide RANDOM. */
    @Test
    void no_spelling_gets_a_function_past_the_whitelist() {
        for (String hidden : new String[] {
            "RANDOM() * 0 + installed",
            "random () * 0 + installed",
            "Random\t() * 0 + installed",
            "MIN(RANDOM(), 1)",
            "SQRT(installed)",
            "ſqrt(installed)",
            "RANDOM\u2000() * 0 + installed",
            "RANDOM\u00A0() * 0 + installed",
            "installed + 0x10"
        }) {
            assertThatThrownBy(() -> elevators.param("expression", hidden).compile())
                    .as(hidden)
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("params.expression");
        }
        assertThatThrownBy(() -> elevators
                        .param("expression", "RANDOM\u2000() * 0 + installed")
                        .compile())
                .hasMessageContaining("holds the character U+2000 at character 7; formulas are written in ASCII");
        assertThatThrownBy(() ->
                        elevators.param("expression", "random () + installed").compile())
                .hasMessageContaining("uses the function random (at character 1); formulas may use IF, MIN, MAX");
        // the whitelist itself is case-insensitive, as EvalEx is
        assertThat(elevators
                        .param("expression", "min(3, installed / planned * 3)")
                        .score(Map.of("elevatorsInstalled", 40L, "elevatorsPlanned", 40L))
                        .score())
                .isEqualByComparingTo("3");
    }

    @Test
    void size_nesting_and_powers_are_bounded_when_the_rubric_loads() {
        assertThatThrownBy(() -> elevators
                        .param("expression", "installed" + " + installed".repeat(500))
                        .compile())
                .hasMessageContaining("has 6009 characters; formulas may have at most 2000");
        assertThatThrownBy(() -> elevators
                        .param("expression", "installed" + "+1".repeat(300))
                        .compile())
                .hasMessageContaining("has more than 400 terms");
        assertThatThrownBy(() -> elevators
                        .param("expression", "(".repeat(40) + "installed" + ")".repeat(40))
                        .compile())
                .hasMessageContaining("nests parentheses more than 32 deep");
        assertThatThrownBy(() -> elevators
                        .param("expression", "MIN(3, installed ^ 20000000)")
                        .compile())
                .hasMessageContaining("raises to the power 20000000 (at character 20); exponents are whole numbers"
                        + " from -100 to 100");
        assertThatThrownBy(() ->
                        elevators.param("expression", "MIN(3, installed ^ 0.5)").compile())
                .hasMessageContaining("raises to the power 0.5");
        assertThat(elevators
                        .param("expression", "MIN(3, installed ^ 2 / planned ^ 2 * 3)")
                        .score(Map.of("elevatorsInstalled", 20L, "elevatorsPlanned", 40L))
                        .score())
                .isEqualByComparingTo("0.75");
    }

    private final IndicatorHarness quality = IndicatorHarness.ofType("formula")
            .weight("10")
            .bind("issues", "qualityIssues")
            .bind("petitions", "unhandledPetitions")
            .bind("severe", "severeViolation")
            .param("counts", "issues, petitions")
            .param("flags", "severe")
            .param(
                    "items",
                    """
                    质量问题: MIN(6, issues)
                    信访未及时处置：0.5 * petitions
                    性质恶劣一次性扣除: IF(severe, 10, 0)
                    """);

    @Test
    void itemised_deductions_make_the_score_and_the_ledger() {
        IndicatorResult result =
                quality.score(Map.of("qualityIssues", 2L, "unhandledPetitions", 3L, "severeViolation", false));

        assertThat(result.score()).isEqualTo(dec("6.5"));
        assertThat(result.deductions())
                .extracting(d -> d.reason() + " " + d.points().toPlainString())
                .containsExactly("质量问题 2", "信访未及时处置 1.5");
        assertThat(result.reason()).isEqualTo("issues为2，petitions为3，severe为否；质量问题扣2分，信访未及时处置扣1.5分，得6.5分。");

        IndicatorResult clean =
                quality.score(Map.of("qualityIssues", 0L, "unhandledPetitions", 0L, "severeViolation", false));
        assertThat(clean.score()).isEqualByComparingTo("10");
        assertThat(clean.deductions()).isEmpty();
        assertThat(clean.reason()).endsWith("；无扣分项，得10分。");
    }

    @Test
    void items_stop_at_the_weight_and_the_ledger_still_adds_up() {
        IndicatorResult result =
                quality.score(Map.of("qualityIssues", 6L, "unhandledPetitions", 4L, "severeViolation", true));

        assertThat(result.score()).isEqualByComparingTo("0");
        assertThat(result.deductions())
                .extracting(d -> d.reason() + " " + d.points().toPlainString())
                .containsExactly("质量问题 6", "信访未及时处置 2", "性质恶劣一次性扣除 2");
        assertThat(result.reason()).contains("性质恶劣一次性扣除扣10分（扣满10分为止，计2分）");
    }

    @Test
    void items_are_checked_when_the_rubric_loads() {
        assertThatThrownBy(() -> quality.param("items", "质量问题 MIN(6, issues)").compile())
                .isInstanceOf(InputException.class)
                .hasMessageContaining(
                        "params.items: parameter items of indicator row: line 1 (\"质量问题 MIN(6, issues)\") is"
                                + " not 名称: expression");
        assertThatThrownBy(() -> quality.param("items", "质量问题: issues - 5").compile())
                .isInstanceOf(InputException.class)
                .hasMessageContaining("the item 质量问题 (issues - 5) can take off less than 0: with issues=0 it gives -5;"
                        + " bound it (MAX(0, …)) or set clamp: true to count it as 0");
        assertThatThrownBy(() -> quality.param("items", "质量问题: SQRT(issues)").compile())
                .isInstanceOf(InputException.class)
                .hasMessageContaining("params.items: parameter items of indicator row: the item SQRT(issues) uses the"
                        + " function SQRT");
        assertThatThrownBy(() -> quality.param("items", "质量问题: MIN(6, isues)").compile())
                .isInstanceOf(InputException.class)
                .hasMessageContaining("params.items: parameter items of indicator row: names \"isues\"");
        assertThatThrownBy(() -> quality.param("expression", "MIN(10, issues)").compile())
                .isInstanceOf(InputException.class)
                .hasMessageContaining("give expression or items, not both");
        assertThatThrownBy(() -> quality.param("items", "a: 1\na: 2").compile())
                .isInstanceOf(InputException.class)
                .hasMessageContaining("names the item a twice");
    }

    @Test
    void an_itemised_reason_template_names_the_items() {
        IndicatorResult result = quality.param("reason", "发现质量问题{issues}项，信访未及时处置{petitions}次；{items}，得{score}分。")
                .score(Map.of("qualityIssues", 2L, "unhandledPetitions", 0L, "severeViolation", false));

        assertThat(result.score()).isEqualByComparingTo("8");
        assertThat(result.reason()).isEqualTo("发现质量问题2项，信访未及时处置0次；质量问题扣2分，得8分。");
    }
}
