package org.jixiao.indicators.funding;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.FactSlot;
import org.jixiao.spi.FactView;
import org.jixiao.spi.Indicator;
import org.jixiao.spi.IndicatorConfig;
import org.jixiao.spi.IndicatorType;
import org.jixiao.spi.ParameterSpec;
import org.jixiao.spi.Parameters;
import org.jixiao.spi.RollupRule;
import org.jixiao.spi.Score;
import org.jixiao.spi.scoring.Checklist;
import org.jixiao.spi.scoring.Sentences;

/**
 * 资金分配: 资金管理办法健全规范(2分)；资金按规定时间分配下达到县（市、区）财政部门或项目单位(2分)，资金分配结合本地
 * 特点，有针对性地改善老旧小区居民居住条件(1分)。否则扣减相应分数.
 */
public final class FundingAllocationType implements IndicatorType {

    static final String RULES = "fundRulesSound";
    static final String ON_TIME = "allocatedOnTime";
    static final String TARGETED = "allocationTargeted";

    @Override
    public String id() {
        return "funding-allocation";
    }

    @Override
    public String name() {
        return "资金分配";
    }

    @Override
    public String description() {
        return "A checklist: sound fund rules, allocation on time, allocation targeted to local needs.";
    }

    @Override
    public List<FactSlot> facts() {
        return List.of(
                FactSlot.named(RULES, FactKind.FLAG, "资金管理办法健全规范", "").rollingUp(RollupRule.own()),
                FactSlot.named(ON_TIME, FactKind.FLAG, "资金按规定时间分配下达", "").rollingUp(RollupRule.own()),
                FactSlot.named(TARGETED, FactKind.FLAG, "资金分配结合本地特点、有针对性", "").rollingUp(RollupRule.own()));
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.decimal("rulesPoints", "points for sound fund rules", "2"),
                ParameterSpec.decimal("onTimePoints", "points for allocation on time", "2"),
                ParameterSpec.decimal("targetedPoints", "points for targeted allocation", "1"));
    }

    @Override
    public Indicator configure(IndicatorConfig config) {
        Weights.requireSum(config, "targetedPoints", "rulesPoints", "onTimePoints", "targetedPoints");
        Parameters p = config.parameters();
        BigDecimal rules = p.decimal("rulesPoints");
        BigDecimal onTime = p.decimal("onTimePoints");
        BigDecimal targeted = p.decimal("targetedPoints");
        BigDecimal weight = config.weight();
        return facts -> score(facts, weight, rules, onTime, targeted);
    }

    private static Score score(
            FactView facts, BigDecimal weight, BigDecimal rules, BigDecimal onTime, BigDecimal targeted) {
        Checklist checklist = new Checklist()
                .item(rules, facts.flag(RULES), "资金管理办法健全规范", "资金管理办法不健全、不规范")
                .item(onTime, facts.flag(ON_TIME), "资金按规定时间分配下达到县（市、区）财政部门或项目单位", "资金未按规定时间分配下达")
                .item(targeted, facts.flag(TARGETED), "资金分配结合本地特点，有针对性地改善老旧小区居民居住条件", "资金分配未结合本地特点，针对性不足");
        return Score.deducting(
                weight, checklist.deductions(), facts.reasonsWanted() ? Sentences.join(checklist.clauses()) : "");
    }
}
