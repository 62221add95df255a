package org.jixiao.indicators.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.FactSlot;
import org.jixiao.spi.FactView;
import org.jixiao.spi.Indicator;
import org.jixiao.spi.IndicatorConfig;
import org.jixiao.spi.IndicatorType;
import org.jixiao.spi.InvalidFactException;
import org.jixiao.spi.ParameterSpec;
import org.jixiao.spi.Parameters;
import org.jixiao.spi.Plausible;
import org.jixiao.spi.RollupRule;
import org.jixiao.spi.Score;
import org.jixiao.spi.scoring.Checklist;
import org.jixiao.spi.scoring.DeductionLedger;
import org.jixiao.spi.scoring.Numbers;
import org.jixiao.spi.scoring.PerOccurrence;
import org.jixiao.spi.scoring.Sentences;

/**
 * 资金使用管理: 建立了预算执行、绩效监控机制(2分)；编制了绩效目标、及时开展绩效评价工作(3分)。否则扣减相应分数。没有违规违纪
 * 情况的(5分)；……每发现1项扣0.5分，最多扣5分。对性质恶劣、有重大不良影响的违规违纪项目一次性扣除5分.
 *
 * <p>{@code violations} counts every violation found, the severe one included, so a severe violation
 * with a count of zero is a contradiction and rejected.
 */
public final class FundingUseType implements IndicatorType {

    static final String MONITORING = "monitoringInPlace";
    static final String TARGETS = "targetsSetAndEvaluated";
    static final String VIOLATIONS = "violations";
    static final String SEVERE = "severeViolation";

    @Override
    public String id() {
        return "funding-use";
    }

    @Override
    public String name() {
        return "资金使用管理";
    }

    @Override
    public String description() {
        return "A checklist (monitoring, targets and evaluation) plus compliancePoints less pointsPerViolation per"
                + " violation; a severe violation takes all compliancePoints at once.";
    }

    @Override
    public List<FactSlot> facts() {
        return List.of(
                FactSlot.named(MONITORING, FactKind.FLAG, "建立了预算执行、绩效监控机制", ""),
                FactSlot.named(TARGETS, FactKind.FLAG, "编制了绩效目标、及时开展绩效评价工作", ""),
                FactSlot.named(VIOLATIONS, FactKind.COUNT, "经查实的违规违纪行为", "项")
                        .rollingUp(RollupRule.sum())
                        .plausibly(Plausible.between(0, 100)),
                FactSlot.named(SEVERE, FactKind.FLAG, "存在性质恶劣、有重大不良影响的违规违纪项目", "")
                        .rollingUp(RollupRule.any()));
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.decimal(
                        "monitoringPoints", "points for budget execution and performance monitoring", "2"),
                ParameterSpec.decimal("targetsPoints", "points for performance targets and timely evaluation", "3"),
                ParameterSpec.decimal("compliancePoints", "points for no violations", "5"),
                ParameterSpec.decimal("pointsPerViolation", "points deducted per violation", "0.5"));
    }

    @Override
    public Indicator configure(IndicatorConfig config) {
        Weights.requireSum(config, "compliancePoints", "monitoringPoints", "targetsPoints", "compliancePoints");
        Parameters p = config.parameters();
        return new Use(
                config.weight(),
                p.decimal("monitoringPoints"),
                p.decimal("targetsPoints"),
                new PerOccurrence(p.positive("pointsPerViolation"), p.decimal("compliancePoints")));
    }

    private record Use(BigDecimal weight, BigDecimal monitoring, BigDecimal targets, PerOccurrence violationRule)
            implements Indicator {

        @Override
        public Score score(FactView facts) {
            long violations = facts.count(VIOLATIONS);
            boolean severe = facts.flag(SEVERE);
            if (severe && violations == 0) {
                throw new InvalidFactException(
                        VIOLATIONS,
                        "severeViolation is true but violations is 0;"
                                + " violations counts every violation found, the severe one included");
            }
            Checklist checklist = new Checklist()
                    .item(monitoring, facts.flag(MONITORING), "建立了预算执行、绩效监控机制", "未建立预算执行、绩效监控机制")
                    .item(targets, facts.flag(TARGETS), "编制了绩效目标、及时开展绩效评价工作", "未编制绩效目标或未及时开展绩效评价工作");
            DeductionLedger ledger = new DeductionLedger(weight).takeAll(checklist.deductions());
            if (!facts.reasonsWanted()) {
                if (violations > 0) {
                    ledger.take(violationRule.deduction(violations, severe), "");
                }
                return ledger.score(weight, "");
            }
            List<String> clauses = new ArrayList<>(checklist.clauses());
            if (violations == 0) {
                clauses.add("不存在资金截留、挪用等违规违纪行为");
            } else if (severe) {
                BigDecimal taken = ledger.take(violationRule.deduction(violations, true), "存在性质恶劣的违规违纪项目");
                clauses.add("经查实存在违规违纪行为" + violations + "项，其中有性质恶劣、有重大不良影响的违规违纪项目，一次性扣除" + Numbers.plain(taken) + "分");
            } else {
                BigDecimal taken = ledger.take(violationRule.deduction(violations), "违规违纪行为" + violations + "项");
                clauses.add("经查实存在资金截留、挪用等违规违纪行为" + violations + "项，每项扣" + Numbers.plain(violationRule.pointsEach())
                        + "分，扣" + Numbers.plain(taken) + "分");
            }
            return ledger.score(weight, Sentences.join(clauses));
        }
    }
}
