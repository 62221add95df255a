package org.jixiao.indicators.management;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.FactSlot;
import org.jixiao.spi.FactView;
import org.jixiao.spi.Indicator;
import org.jixiao.spi.IndicatorConfig;
import org.jixiao.spi.IndicatorType;
import org.jixiao.spi.ParameterSpec;
import org.jixiao.spi.Plausible;
import org.jixiao.spi.RollupRule;
import org.jixiao.spi.Score;
import org.jixiao.spi.scoring.DeductionLedger;
import org.jixiao.spi.scoring.Numbers;
import org.jixiao.spi.scoring.PerOccurrence;

/**
 * 政策公开: 相关管理政策、年度计划等信息及时对外公开的(满分)；每少公开1项扣0.5分，最多扣满分.
 */
public final class PolicyDisclosureType implements IndicatorType {

    static final String UNDISCLOSED = "undisclosedItems";

    @Override
    public String id() {
        return "policy-disclosure";
    }

    @Override
    public String name() {
        return "政策公开";
    }

    @Override
    public String description() {
        return "Full points when every policy, plan and rule is disclosed in time; pointsEach for each item not"
                + " disclosed, at most the row's weight.";
    }

    @Override
    public List<FactSlot> facts() {
        return List.of(FactSlot.named(UNDISCLOSED, FactKind.COUNT, "未及时公开的政策、计划等信息", "项")
                .rollingUp(RollupRule.own())
                .plausibly(Plausible.between(0, 50)));
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.decimal("pointsEach", "points deducted per item not disclosed", "0.5"));
    }

    @Override
    public Indicator configure(IndicatorConfig config) {
        PerOccurrence rule = new PerOccurrence(config.parameters().positive("pointsEach"), config.weight());
        BigDecimal weight = config.weight();
        return facts -> score(facts, rule, weight);
    }

    private static Score score(FactView facts, PerOccurrence rule, BigDecimal weight) {
        long items = facts.count(UNDISCLOSED);
        if (items == 0) {
            return new Score(weight, "相关管理政策、年度计划等信息已全部及时对外公开。", List.of());
        }
        DeductionLedger ledger = new DeductionLedger(weight);
        if (!facts.reasonsWanted()) {
            ledger.take(rule.deduction(items), "");
            return ledger.score(weight, "");
        }
        BigDecimal taken = ledger.take(rule.deduction(items), items + "项信息未及时公开");
        return ledger.score(
                weight,
                "有" + items + "项政策、计划等信息未及时对外公开，每少公开1项扣" + Numbers.plain(rule.pointsEach()) + "分，扣"
                        + Numbers.plain(taken) + "分。");
    }
}
