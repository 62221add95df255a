package org.jixiao.indicators.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.FactSlot;
import org.jixiao.spi.FactView;
import org.jixiao.spi.Indicator;
import org.jixiao.spi.IndicatorConfig;
import org.jixiao.spi.IndicatorType;
import org.jixiao.spi.InvalidParameterException;
import org.jixiao.spi.ParameterSpec;
import org.jixiao.spi.PlanActual;
import org.jixiao.spi.RollupRule;
import org.jixiao.spi.Score;
import org.jixiao.spi.scoring.DeductionLedger;
import org.jixiao.spi.scoring.Numbers;

/**
 * 预算执行率 of the project self-evaluation form: 全年执行数 ÷ 全年预算数, scored 分值 × 执行率, at most 分值, rounded
 * half up to two decimals; or, where a province says so, the whole weight from {@code fullAt} percent and
 * {@code perPercent} points less for each percentage point below it (执行率95%以上得满分，每低1个百分点扣0.5分). The rate itself is stated to two decimals of a percent. The two figures are one
 * plan-and-actual fact (全年预算数 the plan, 全年执行数 the actual), so that a rubric's cap on the total can read the rate
 * ({@code caps: [{atMost: 89, when: {funds: {below: 80}}}]}).
 */
public final class ExecutionRateType implements IndicatorType {

    static final String FUNDS = "funds";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String id() {
        return "execution-rate";
    }

    @Override
    public String name() {
        return "预算执行率";
    }

    @Override
    public String description() {
        return "预算执行率 = 全年执行数 ÷ 全年预算数 (万元); the score is the weight times the rate, at most the weight.";
    }

    @Override
    public List<FactSlot> facts() {
        return List.of(
                new FactSlot(FUNDS, FactKind.PLAN_ACTUAL, "项目资金：全年预算数（计划数）与全年执行数（实际数）", "万元", FUNDS, RollupRule.sum()));
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.decimal(
                        "fullAt", "the execution rate in percent from which the row scores its whole weight", "100"),
                ParameterSpec.decimal(
                        "perPercent",
                        "the points lost for each percentage point below fullAt; 0 (the default) for the weight ÷ 100,"
                                + " which is 分值 × 执行率",
                        "0"));
    }

    @Override
    public Indicator configure(IndicatorConfig config) {
        BigDecimal weight = config.weight();
        BigDecimal fullAt = config.parameters().positive("fullAt");
        if (fullAt.compareTo(HUNDRED) > 0) {
            throw new InvalidParameterException(
                    "fullAt", "expected a rate of at most 100, got " + Numbers.plain(fullAt));
        }
        BigDecimal given = config.parameters().nonNegative("perPercent");
        BigDecimal perPercent = given.signum() == 0 ? weight.divide(HUNDRED) : given;
        boolean linear = given.signum() == 0 && fullAt.compareTo(HUNDRED) == 0;
        return facts -> score(weight, fullAt, perPercent, linear, facts);
    }

    private static Score score(
            BigDecimal weight, BigDecimal fullAt, BigDecimal perPercent, boolean linear, FactView facts) {
        PlanActual funds = facts.planActual(FUNDS);
        BigDecimal budget = funds.plan();
        BigDecimal executed = funds.actual();
        // 分值 − 每点扣分 × (满分点 − 执行数 × 100 ÷ 预算数), one division at the end so that it stays exact where it
        // terminates; by default (满分点 100, 每点 分值 ÷ 100) that is 分值 × 执行数 ÷ 预算数. Within [0, 分值].
        BigDecimal exact = weight.subtract(perPercent.multiply(fullAt))
                .multiply(budget)
                .add(perPercent.multiply(HUNDRED).multiply(executed));
        BigDecimal points;
        try {
            points = exact.divide(budget);
            points = points.scale() > 2 ? points.setScale(2, RoundingMode.HALF_UP) : points;
        } catch (ArithmeticException nonTerminating) {
            points = exact.divide(budget, 2, RoundingMode.HALF_UP);
        }
        points = points.min(weight).max(BigDecimal.ZERO);
        BigDecimal rate = executed.multiply(HUNDRED).divide(budget, 2, RoundingMode.HALF_UP);
        boolean reasons = facts.reasonsWanted();
        DeductionLedger ledger = new DeductionLedger(weight);
        ledger.take(weight.subtract(points), reasons ? "预算执行率" + Numbers.plain(rate) + "%，按执行率计分" : "");
        if (!reasons) {
            return ledger.score(weight, "");
        }
        String reason = "全年预算数" + Numbers.plain(budget) + "万元，全年执行数" + Numbers.plain(executed) + "万元，执行率"
                + Numbers.plain(rate) + "%"
                + (points.compareTo(weight) == 0
                        ? "，得满分"
                        : linear
                                ? "，按执行率计" + Numbers.plain(points) + "分"
                                : "，低于" + Numbers.plain(fullAt) + "%，每低1个百分点扣" + Numbers.plain(perPercent) + "分，计"
                                        + Numbers.plain(points) + "分")
                + "。";
        return ledger.score(weight, reason);
    }
}
