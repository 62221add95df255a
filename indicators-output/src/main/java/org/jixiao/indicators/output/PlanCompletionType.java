package org.jixiao.indicators.output;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.spi.Deduction;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.FactSlot;
import org.jixiao.spi.FactView;
import org.jixiao.spi.Indicator;
import org.jixiao.spi.IndicatorConfig;
import org.jixiao.spi.IndicatorType;
import org.jixiao.spi.ParameterSpec;
import org.jixiao.spi.Parameters;
import org.jixiao.spi.PlanActual;
import org.jixiao.spi.Plausible;
import org.jixiao.spi.RollupRule;
import org.jixiao.spi.Score;
import org.jixiao.spi.scoring.Numbers;
import org.jixiao.spi.scoring.StepReading;
import org.jixiao.spi.scoring.ThresholdSteps;

/**
 * 计划完成率: 项目实际开工量大于或等于年度计划的(满分)；未达到计划的，每低一个百分点扣1分，最多扣满分.
 * One type for households, area, buildings, communities and elderly-care area: the rubric row binds
 * the {@code quantity} slot to its fact and names the quantity and its unit for the reason.
 */
public final class PlanCompletionType implements IndicatorType {

    static final String QUANTITY = "quantity";

    @Override
    public String id() {
        return "plan-completion";
    }

    @Override
    public String name() {
        return "计划完成率";
    }

    @Override
    public String description() {
        return "Full points when actual >= plan; below plan, pointsPerStep for each stepSize percentage points"
                + " of shortfall (whole steps, or in proportion), at most the row's weight.";
    }

    @Override
    public List<FactSlot> facts() {
        return List.of(FactSlot.bound(QUANTITY, FactKind.PLAN_ACTUAL, "年度计划量与实际开工量", "")
                .rollingUp(RollupRule.sum())
                // "actual/plan between 0 and 5": more is a unit or digit slip, not a programme's year
                .plausibly(Plausible.actualToPlanAtMost(5)));
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.text("subject", "what is planned, for the reason: 改造户数", null),
                ParameterSpec.text("unit", "unit of plan and actual: 户, 万平方米, 栋, 个", null),
                ParameterSpec.text("actualSubject", "what was achieved, for the reason: 已开工户数", "已开工"),
                ParameterSpec.text("rateLabel", "name of the rate in the reason", "开工率"),
                ParameterSpec.text("actualLabel", "name of the actual quantity in a shortfall reason", "实际开工量"),
                ParameterSpec.decimal("stepSize", "percentage points per step below plan", "1"),
                ParameterSpec.decimal("pointsPerStep", "points deducted per step", "1"),
                ParameterSpec.choice(
                        "stepReading",
                        "count whole steps only, or deduct in proportion",
                        "whole",
                        "whole",
                        "proportional"));
    }

    @Override
    public Indicator configure(IndicatorConfig config) {
        Parameters p = config.parameters();
        ThresholdSteps steps = new ThresholdSteps(
                p.positive("stepSize"),
                p.positive("pointsPerStep"),
                config.weight(),
                p.choice("stepReading", StepReading.class));
        return new PlanCompletion(
                config.weight(),
                steps,
                p.text("subject"),
                p.text("unit"),
                p.text("actualSubject"),
                p.text("rateLabel"),
                p.text("actualLabel"));
    }

    private record PlanCompletion(
            BigDecimal weight,
            ThresholdSteps steps,
            String subject,
            String unit,
            String actualSubject,
            String rateLabel,
            String actualLabel)
            implements Indicator {

        @Override
        public Score score(FactView facts) {
            PlanActual pair = facts.planActual(QUANTITY);
            if (!facts.reasonsWanted()) {
                // scores alone: the same deduction, no text
                BigDecimal deduction = pair.met() ? BigDecimal.ZERO : steps.deductionForCompletion(pair);
                return Score.deducting(
                        weight, deduction.signum() == 0 ? List.of() : List.of(new Deduction(deduction, "")), "");
            }
            if (pair.met()) {
                Integer year = facts.subject().year();
                return new Score(
                        weight,
                        (year == null ? "" : year + "年") + "计划" + subject + Numbers.plain(pair.plan()) + unit + "，"
                                + actualSubject + Numbers.plain(pair.actual()) + unit + "，" + rateLabel
                                + Numbers.plain(pair.ratePercent(1)) + "%。",
                        List.of());
            }
            String gap = Numbers.plain(pair.shortfallPercent(2));
            BigDecimal deduction = steps.deductionForCompletion(pair);
            // each text in one concatenation, sized once (a builder grows and widens for the Chinese)
            String figures = actualLabel + "为" + Numbers.plain(pair.actual()) + unit + "，年度计划为"
                    + Numbers.plain(pair.plan()) + unit + "，比年度计划少" + Numbers.plain(pair.shortfall()) + unit
                    + "，低" + gap + "个百分点，";
            if (deduction.signum() == 0) {
                return Score.deducting(
                        weight, List.of(), figures + "不足" + Numbers.plain(steps.stepSize()) + "个百分点，不扣分。");
            }
            String taken = deduction.compareTo(weight) == 0
                    ? "扣" + Numbers.plain(deduction) + "分（最多扣" + Numbers.plain(weight) + "分）。"
                    : "扣" + Numbers.plain(deduction) + "分。";
            String rate = Numbers.plain(pair.ratePercent(1));
            return Score.deducting(
                    weight,
                    List.of(new Deduction(deduction, rateLabel + rate + "%，比年度计划低" + gap + "个百分点")),
                    figures + taken);
        }
    }
}
