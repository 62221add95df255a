package org.jixiao.indicators.funding;

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
import org.jixiao.spi.ParameterSpec;
import org.jixiao.spi.Parameters;
import org.jixiao.spi.Plausible;
import org.jixiao.spi.RollupRule;
import org.jixiao.spi.Score;
import org.jixiao.spi.scoring.DeductionLedger;
import org.jixiao.spi.scoring.Numbers;
import org.jixiao.spi.scoring.Sentences;
import org.jixiao.spi.scoring.StepReading;
import org.jixiao.spi.scoring.ThresholdSteps;

/**
 * 资金筹集: 地方财政安排补助资金用于城镇老旧小区改造的(5分)；没有安排的(0分)。企业、居民等社会筹资占改造项目资金比例
 * 20%及以上的(5分)，未达到目标的，每低四个百分点扣1分，最多扣5分.
 *
 * <p>The social funding steps are read in proportion by default (3.6 points below deducts 0.9): the
 * reading that reproduces Zhumadian's 9.1.
 */
public final class FundingRaisingType implements IndicatorType {

    static final String SUBSIDY = "localSubsidyArranged";
    static final String RATIO = "socialFundingRatio";

    @Override
    public String id() {
        return "funding-raising";
    }

    @Override
    public String name() {
        return "资金筹集";
    }

    @Override
    public String description() {
        return "subsidyPoints if local finance arranged a subsidy; socialFundingPoints if the social funding ratio"
                + " reaches socialFundingTarget, less pointsPerStep for each stepSize percentage points below.";
    }

    @Override
    public List<FactSlot> facts() {
        return List.of(
                FactSlot.named(SUBSIDY, FactKind.FLAG, "地方财政安排补助资金", "").rollingUp(RollupRule.all()),
                // social funding above 90% of a renovation programme's money has not been seen: more likely a slip
                FactSlot.named(RATIO, FactKind.PERCENT, "社会筹资占改造项目资金比例", "%").plausibly(Plausible.between(0, 90)));
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.decimal("subsidyPoints", "points for a local subsidy", "5"),
                ParameterSpec.decimal("socialFundingPoints", "points for social funding at or above target", "5"),
                ParameterSpec.decimal("socialFundingTarget", "target social funding ratio, percent", "20"),
                ParameterSpec.decimal("stepSize", "percentage points per step below target", "4"),
                ParameterSpec.decimal("pointsPerStep", "points deducted per step", "1"),
                ParameterSpec.choice(
                        "stepReading",
                        "count whole steps only, or deduct in proportion",
                        "proportional",
                        "whole",
                        "proportional"));
    }

    @Override
    public Indicator configure(IndicatorConfig config) {
        Weights.requireSum(config, "socialFundingPoints", "subsidyPoints", "socialFundingPoints");
        Parameters p = config.parameters();
        ThresholdSteps steps = new ThresholdSteps(
                p.positive("stepSize"),
                p.positive("pointsPerStep"),
                p.decimal("socialFundingPoints"),
                p.choice("stepReading", StepReading.class));
        BigDecimal target = p.nonNegative("socialFundingTarget");
        return new Raising(config.weight(), p.decimal("subsidyPoints"), target, Numbers.plain(target) + "%", steps);
    }

    private record Raising(
            BigDecimal weight, BigDecimal subsidyPoints, BigDecimal target, String targetText, ThresholdSteps steps)
            implements Indicator {

        @Override
        public Score score(FactView facts) {
            DeductionLedger ledger = new DeductionLedger(weight);
            List<String> clauses = new ArrayList<>();
            if (facts.flag(SUBSIDY)) {
                clauses.add("地方财政已安排补助资金用于城镇老旧小区改造");
            } else {
                ledger.take(subsidyPoints, "地方财政未安排补助资金");
                clauses.add("地方财政未安排补助资金用于城镇老旧小区改造，扣" + Numbers.plain(subsidyPoints) + "分");
            }
            java.util.Optional<Bound> bound = facts.bound(RATIO);
            if (bound.isPresent()) {
                // "达到20%及以上的(5分)" decides from a lower bound; a shortfall is counted point by point
                if (!bound.get().surelyAtLeast(target)) {
                    throw new ExactFigureNeeded(
                            RATIO,
                            "given only as " + bound.get().describe("%") + "; below "
                                    + targetText + " every " + Numbers.plain(steps.stepSize())
                                    + " percentage points cost "
                                    + Numbers.plain(steps.pointsPerStep()) + " point, so the exact ratio is needed");
                }
                clauses.add("企业、居民等社会筹资占改造项目资金比例"
                        + (bound.get().atLeast().compareTo(target) == 0
                                ? "达到" + targetText + "及以上"
                                : bound.get().describe("%") + "，达到" + targetText + "及以上"));
                return ledger.score(weight, Sentences.join(clauses));
            }
            BigDecimal ratio = facts.percent(RATIO);
            if (!facts.reasonsWanted()) {
                if (ratio.compareTo(target) < 0) {
                    ledger.take(steps.deductionBelow(target, ratio), "");
                }
                return ledger.score(weight, "");
            }
            String ratioText = "企业、居民等社会筹资占改造项目资金比例" + Numbers.plain(ratio) + "%";
            if (ratio.compareTo(target) >= 0) {
                clauses.add(ratioText + "，达到" + targetText + "及以上");
            } else {
                String gap = Numbers.plain(target.subtract(ratio));
                BigDecimal taken =
                        ledger.take(steps.deductionBelow(target, ratio), "社会筹资比例比目标" + targetText + "低" + gap + "个百分点");
                clauses.add(ratioText + "，比目标" + targetText + "低" + gap + "个百分点，每低"
                        + Numbers.plain(steps.stepSize()) + "个百分点扣" + Numbers.plain(steps.pointsPerStep()) + "分，"
                        + (taken.signum() == 0 ? "不足一档，不扣分" : "扣" + Numbers.plain(taken) + "分"));
            }
            return ledger.score(weight, Sentences.join(clauses));
        }
    }
}
