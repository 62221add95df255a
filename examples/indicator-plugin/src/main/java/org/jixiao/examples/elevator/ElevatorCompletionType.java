package org.jixiao.examples.elevator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.StringSubstitutor;
import org.jixiao.spi.Deduction;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.FactSlot;
import org.jixiao.spi.FactView;
import org.jixiao.spi.Indicator;
import org.jixiao.spi.IndicatorConfig;
import org.jixiao.spi.IndicatorType;
import org.jixiao.spi.InvalidParameterException;
import org.jixiao.spi.ParameterSpec;
import org.jixiao.spi.Parameters;
import org.jixiao.spi.PlanActual;
import org.jixiao.spi.Score;
import org.jixiao.spi.scoring.Numbers;
import org.jixiao.spi.scoring.StepReading;
import org.jixiao.spi.scoring.ThresholdSteps;

/**
 * 加装电梯完成率: 实际完成量大于或等于年度计划的(满分)；未达到计划的，每低{stepSize}个百分点扣{pointsPerStep}分，最多扣满分.
 * The reason is a template the rubric may change, filled in with Commons Text.
 */
public final class ElevatorCompletionType implements IndicatorType {

    static final String ELEVATORS = "elevators";
    static final String DEFAULT_TEMPLATE = "${year}计划加装电梯${plan}部，已完成${actual}部，完成率${rate}%${deduction}。";

    @Override
    public String id() {
        return "elevator-completion";
    }

    @Override
    public String name() {
        return "加装电梯完成率";
    }

    @Override
    public String description() {
        return "Full points when the elevators installed reach the plan; pointsPerStep per stepSize percentage"
                + " points below. The reason follows reasonTemplate (${year}, ${plan}, ${actual}, ${rate},"
                + " ${deduction}).";
    }

    @Override
    public List<FactSlot> facts() {
        return List.of(FactSlot.named(ELEVATORS, FactKind.PLAN_ACTUAL, "加装电梯计划与完成数量", "部"));
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.decimal("stepSize", "percentage points per step below plan", "1"),
                ParameterSpec.decimal("pointsPerStep", "points deducted per step", "1"),
                ParameterSpec.text(
                        "reasonTemplate",
                        "the reason, with ${year} ${plan} ${actual} ${rate} ${deduction}",
                        DEFAULT_TEMPLATE));
    }

    @Override
    public Indicator configure(IndicatorConfig config) {
        Parameters p = config.parameters();
        String template = p.text("reasonTemplate");
        if (!template.contains("${rate}")) {
            throw new InvalidParameterException("reasonTemplate", "must show the rate with ${rate}");
        }
        ThresholdSteps steps = new ThresholdSteps(
                p.positive("stepSize"), p.positive("pointsPerStep"), config.weight(), StepReading.WHOLE);
        return new ElevatorCompletion(config.weight(), steps, template);
    }

    private record ElevatorCompletion(BigDecimal weight, ThresholdSteps steps, String template) implements Indicator {

        @Override
        public Score score(FactView facts) {
            PlanActual pair = facts.planActual(ELEVATORS);
            BigDecimal deduction = steps.deductionForCompletion(pair);
            String reason = new StringSubstitutor(Map.of(
                            "year",
                                    facts.subject()
                                            .knownYear()
                                            .map(y -> y + "年")
                                            .orElse(""),
                            "plan", Numbers.plain(pair.plan()),
                            "actual", Numbers.plain(pair.actual()),
                            "rate", Numbers.rounded(pair.ratePercent(), 1),
                            "deduction", deduction.signum() == 0 ? "" : "，扣" + Numbers.plain(deduction) + "分"))
                    .replace(template);
            List<Deduction> deductions = deduction.signum() == 0
                    ? List.of()
                    : List.of(new Deduction(deduction, "加装电梯完成率" + Numbers.rounded(pair.ratePercent(), 1) + "%"));
            return Score.deducting(weight, deductions, reason);
        }
    }
}
