package org.jixiao.indicators.output;

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
 * 工程质量: 工程质量符合标准的(满分)；经查实存在质量问题的，每发现1项扣1分，最多扣满分.
 */
public final class QualityIssuesType implements IndicatorType {

    static final String ISSUES = "qualityIssues";

    @Override
    public String id() {
        return "quality-issues";
    }

    @Override
    public String name() {
        return "工程质量";
    }

    @Override
    public String description() {
        return "Full points without quality problems; pointsEach for each problem found, at most the row's weight.";
    }

    @Override
    public List<FactSlot> facts() {
        return List.of(FactSlot.named(ISSUES, FactKind.COUNT, "经查实的工程质量问题", "项")
                .rollingUp(RollupRule.sum())
                .plausibly(Plausible.between(0, 500)));
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.decimal("pointsEach", "points deducted per quality problem", "1"));
    }

    @Override
    public Indicator configure(IndicatorConfig config) {
        PerOccurrence rule = new PerOccurrence(config.parameters().positive("pointsEach"), config.weight());
        BigDecimal weight = config.weight();
        return facts -> score(facts, rule, weight);
    }

    private static Score score(FactView facts, PerOccurrence rule, BigDecimal weight) {
        long issues = facts.count(ISSUES);
        if (issues == 0) {
            return new Score(weight, "工程质量符合标准，未发现经查实的工程质量问题。", List.of());
        }
        DeductionLedger ledger = new DeductionLedger(weight);
        if (!facts.reasonsWanted()) {
            ledger.take(rule.deduction(issues), "");
            return ledger.score(weight, "");
        }
        BigDecimal taken = ledger.take(rule.deduction(issues), "存在工程质量问题" + issues + "项");
        return ledger.score(
                weight,
                "经查实存在工程质量问题" + issues + "项，每项扣" + Numbers.plain(rule.pointsEach()) + "分，扣" + Numbers.plain(taken)
                        + "分。");
    }
}
