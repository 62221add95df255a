package org.jixiao.indicators.management;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
import org.jixiao.spi.scoring.PerOccurrence;
import org.jixiao.spi.scoring.Sentences;

/**
 * 评价报告报送及时、完整性: 按时报送绩效自评表、绩效评价报告且内容完整的(满分)；报送逾期每1天扣1分，最多扣满分.
 *
 * <p>The table does not say what an incomplete report loses. It cannot keep full points (满分 needs
 * 按时 and 内容完整), so it deducts {@code incompleteDeduction}, 1 point by default: the weight of one
 * day late. Late days and incompleteness together are capped at the row's weight.
 */
public final class ReportTimelinessType implements IndicatorType {

    static final String DAYS_LATE = "reportDaysLate";
    static final String COMPLETE = "reportComplete";

    @Override
    public String id() {
        return "report-timeliness";
    }

    @Override
    public String name() {
        return "评价报告报送及时、完整性";
    }

    @Override
    public String description() {
        return "Full points for a complete report on time; pointsPerDay for each day late and incompleteDeduction"
                + " for an incomplete report, at most the row's weight in all.";
    }

    @Override
    public List<FactSlot> facts() {
        return List.of(
                FactSlot.named(DAYS_LATE, FactKind.COUNT, "报送逾期天数", "天")
                        .rollingUp(RollupRule.own())
                        .plausibly(Plausible.between(0, 366)),
                FactSlot.named(COMPLETE, FactKind.FLAG, "报送内容完整", "").rollingUp(RollupRule.own()));
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.decimal("pointsPerDay", "points deducted per day late", "1"),
                ParameterSpec.decimal("incompleteDeduction", "points deducted for an incomplete report", "1"));
    }

    @Override
    public Indicator configure(IndicatorConfig config) {
        Parameters p = config.parameters();
        PerOccurrence perDay = new PerOccurrence(p.positive("pointsPerDay"), config.weight());
        BigDecimal incomplete = p.nonNegative("incompleteDeduction");
        BigDecimal weight = config.weight();
        return facts -> score(facts, perDay, incomplete, weight);
    }

    private static Score score(FactView facts, PerOccurrence perDay, BigDecimal incomplete, BigDecimal weight) {
        long daysLate = facts.count(DAYS_LATE);
        boolean complete = facts.flag(COMPLETE);
        if (daysLate == 0 && complete) {
            return new Score(weight, "按规定时间报送绩效自评表、绩效评价报告，报送内容完整。", List.of());
        }
        DeductionLedger ledger = new DeductionLedger(weight);
        if (!facts.reasonsWanted()) {
            ledger.take(perDay.deduction(daysLate), "");
            ledger.take(complete ? BigDecimal.ZERO : incomplete, "");
            return ledger.score(weight, "");
        }
        List<String> clauses = new ArrayList<>();
        if (daysLate == 0) {
            clauses.add("按规定时间报送");
        } else {
            BigDecimal taken = ledger.take(perDay.deduction(daysLate), "报送逾期" + daysLate + "天");
            clauses.add("报送逾期" + daysLate + "天，每1天扣" + Numbers.plain(perDay.pointsEach()) + "分，扣" + Numbers.plain(taken)
                    + "分");
        }
        if (!complete) {
            BigDecimal taken = ledger.take(incomplete, "报送内容不完整");
            clauses.add("报送内容不完整，"
                    + (taken.signum() > 0
                            ? "扣" + Numbers.plain(taken) + "分"
                            : incomplete.signum() == 0 ? "不扣分" : "已扣满分，不再扣分"));
        }
        return ledger.score(weight, Sentences.join(clauses));
    }
}
