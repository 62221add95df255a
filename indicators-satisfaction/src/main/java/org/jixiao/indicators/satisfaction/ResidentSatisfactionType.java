package org.jixiao.indicators.satisfaction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.spi.Bound;
import org.jixiao.spi.ExactFigureNeeded;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.FactSlot;
import org.jixiao.spi.FactView;
import org.jixiao.spi.Indicator;
import org.jixiao.spi.IndicatorConfig;
import org.jixiao.spi.IndicatorType;
import org.jixiao.spi.InvalidParameterException;
import org.jixiao.spi.ParameterSpec;
import org.jixiao.spi.Parameters;
import org.jixiao.spi.Plausible;
import org.jixiao.spi.RollupRule;
import org.jixiao.spi.Score;
import org.jixiao.spi.scoring.DeductionLedger;
import org.jixiao.spi.scoring.Numbers;
import org.jixiao.spi.scoring.PerOccurrence;
import org.jixiao.spi.scoring.Sentences;
import org.jixiao.spi.scoring.StepReading;
import org.jixiao.spi.scoring.ThresholdSteps;

/**
 * 老旧小区居民满意度: 满意度指标达到80%以上的(5分)；低于80%的，每低一个百分点扣1分，对于群众信访没有及时处置的，每一次扣1分，
 * 最多扣5分.
 */
public final class ResidentSatisfactionType implements IndicatorType {

    static final String RATE = "satisfactionRate";
    static final String PETITIONS = "unhandledPetitions";

    @Override
    public String id() {
        return "resident-satisfaction";
    }

    @Override
    public String name() {
        return "居民满意度";
    }

    @Override
    public String description() {
        return "Full points at or above the target satisfaction rate; pointsPerStep per stepSize percentage points"
                + " below it and pointsPerPetition per petition not handled in time, at most the row's weight in all.";
    }

    @Override
    public List<FactSlot> facts() {
        return List.of(
                // a surveyed satisfaction below 30% has not been reported; 0.85 is 85% written as a fraction
                FactSlot.named(RATE, FactKind.PERCENT, "居民满意度", "%").plausibly(Plausible.between(30, 100)),
                FactSlot.named(PETITIONS, FactKind.COUNT, "没有及时处置的群众信访", "次")
                        .rollingUp(RollupRule.sum())
                        .plausibly(Plausible.between(0, 1000)));
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.decimal("target", "satisfaction rate for full points, percent", "80"),
                ParameterSpec.decimal("stepSize", "percentage points per step below target", "1"),
                ParameterSpec.decimal("pointsPerStep", "points deducted per step", "1"),
                ParameterSpec.choice(
                        "stepReading",
                        "count whole steps only, or deduct in proportion",
                        "whole",
                        "whole",
                        "proportional"),
                ParameterSpec.decimal("pointsPerPetition", "points deducted per petition not handled in time", "1"));
    }

    @Override
    public Indicator configure(IndicatorConfig config) {
        Parameters p = config.parameters();
        BigDecimal target = p.nonNegative("target");
        if (target.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidParameterException(
                    "target", "must be a percent from 0 to 100, got " + Numbers.plain(target));
        }
        ThresholdSteps steps = new ThresholdSteps(
                p.positive("stepSize"),
                p.positive("pointsPerStep"),
                config.weight(),
                p.choice("stepReading", StepReading.class));
        PerOccurrence petitions = new PerOccurrence(p.positive("pointsPerPetition"), config.weight());
        return new Satisfaction(config.weight(), target, Numbers.plain(target) + "%", steps, petitions);
    }

    private record Satisfaction(
            BigDecimal weight, BigDecimal target, String targetText, ThresholdSteps steps, PerOccurrence petitionRule)
            implements Indicator {

        @Override
        public Score score(FactView facts) {
            long petitions = facts.count(PETITIONS);
            DeductionLedger ledger = new DeductionLedger(weight);
            List<String> clauses = new ArrayList<>();
            java.util.Optional<Bound> bound = facts.bound(RATE);
            // "满意度70%以下": every rate up to 70 loses the whole of this part (the deduction grows as the rate falls,
            // and already reaches the row's weight at 70), so the bound decides
            BigDecimal atMostLosingAll = bound.isPresent()
                            && !bound.get().surelyAtLeast(target)
                            && bound.get().atMost() != null
                            && steps.deductionBelow(target, bound.get().atMost())
                                            .compareTo(weight)
                                    >= 0
                    ? bound.get().atMost()
                    : null;
            if (bound.isPresent() && !bound.get().surelyAtLeast(target) && atMostLosingAll == null) {
                // "低于80%的，每低一个百分点扣1分" needs the figure; "达到80%以上" decides from the bound
                throw new ExactFigureNeeded(
                        RATE,
                        "given only as " + bound.get().describe("%") + "; below " + targetText
                                + " every " + Numbers.plain(steps.stepSize()) + " percentage point costs "
                                + Numbers.plain(steps.pointsPerStep()) + " point, so the exact rate is needed");
            }
            BigDecimal rate = bound.isPresent() ? null : facts.percent(RATE);
            if (!facts.reasonsWanted()) {
                if (rate != null && rate.compareTo(target) < 0) {
                    ledger.take(steps.deductionBelow(target, rate), "");
                } else if (atMostLosingAll != null) {
                    ledger.take(steps.deductionBelow(target, atMostLosingAll), "");
                }
                if (petitions > 0) {
                    ledger.take(petitionRule.deduction(petitions), "");
                }
                return ledger.score(weight, "");
            }
            String rateText = "居民满意度" + (rate == null ? bound.get().describe("%") : Numbers.rounded(rate, 1) + "%");
            if (atMostLosingAll != null) {
                String gap = Numbers.plain(target.subtract(atMostLosingAll));
                BigDecimal taken = ledger.take(
                        steps.deductionBelow(target, atMostLosingAll), "满意度比" + targetText + "低" + gap + "个百分点以上");
                clauses.add(rateText + "，比" + targetText + "低" + gap + "个百分点以上，扣" + Numbers.plain(taken) + "分");
            } else if (rate == null && bound.get().atLeast().compareTo(target) == 0) {
                clauses.add("居民满意度达到" + targetText + "以上");
            } else if (rate == null || rate.compareTo(target) >= 0) {
                clauses.add(rateText + "，达到" + targetText + "以上");
            } else {
                String gap = Numbers.plain(target.subtract(rate));
                BigDecimal taken =
                        ledger.take(steps.deductionBelow(target, rate), "满意度比" + targetText + "低" + gap + "个百分点");
                clauses.add(rateText + "，比" + targetText + "低" + gap + "个百分点，"
                        + (taken.signum() == 0
                                ? "不足" + Numbers.plain(steps.stepSize()) + "个百分点，不扣分"
                                : "扣" + Numbers.plain(taken) + "分"));
            }
            if (petitions == 0) {
                clauses.add("未发现群众信访没有及时处置的情况");
            } else {
                BigDecimal taken = ledger.take(petitionRule.deduction(petitions), "群众信访没有及时处置" + petitions + "次");
                clauses.add("群众信访没有及时处置" + petitions + "次，每次扣" + Numbers.plain(petitionRule.pointsEach()) + "分，"
                        + (taken.signum() == 0 ? "已扣满分，不再扣分" : "扣" + Numbers.plain(taken) + "分"));
            }
            return ledger.score(weight, Sentences.join(clauses));
        }
    }
}
