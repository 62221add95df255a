package org.jixiao.indicators.targets;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.FactSlot;
import org.jixiao.spi.FactView;
import org.jixiao.spi.Indicator;
import org.jixiao.spi.IndicatorConfig;
import org.jixiao.spi.IndicatorType;
import org.jixiao.spi.InvalidFactException;
import org.jixiao.spi.InvalidParameterException;
import org.jixiao.spi.ParameterSpec;
import org.jixiao.spi.Score;
import org.jixiao.spi.scoring.DeductionLedger;
import org.jixiao.spi.scoring.Numbers;

/**
 * A qualitative third-level indicator of the project self-evaluation form (按时完成, 效果明显): the evaluator's score
 * within the weight, its band named in the reason — 达成预期指标 (80%–100% of the weight), 部分达成并具有一定效果
 * (60%–80%), 未达成且效果较差 (below 60%) — with the evaluator's reason in writing, and a 偏差原因分析 below the top band.
 */
public final class QualitativeTargetType implements IndicatorType {

    static final String ACTUAL = "actual";
    static final String SCORE = "score";
    static final String REASON = "reason";

    private static final BigDecimal TOP = new BigDecimal("0.8");
    private static final BigDecimal MIDDLE = new BigDecimal("0.6");

    @Override
    public String id() {
        return "target-qualitative";
    }

    @Override
    public String name() {
        return "绩效目标（定性）";
    }

    @Override
    public String description() {
        return "A qualitative target of the project self-evaluation form (按时完成): the evaluator's score within the"
                + " weight, in the bands 达成预期指标 80–100%, 部分达成 60–80%, 未达成 below 60%, with a written reason;"
                + " below the top band a 偏差原因分析 is needed.";
    }

    @Override
    public List<FactSlot> facts() {
        return List.of(
                new FactSlot(ACTUAL, FactKind.TEXT, "实际完成情况", "", null),
                new FactSlot(SCORE, FactKind.DECIMAL, "评价人评分", "分", null),
                new FactSlot(REASON, FactKind.TEXT, "评分理由（未完全达成的写明偏差原因）", "", null));
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.text("target", "the 年度指标值 as the form writes it, such as 按时完成", null));
    }

    @Override
    public Indicator configure(IndicatorConfig config) {
        Target target;
        try {
            target = TargetText.parse(config.parameters().text("target"));
        } catch (TargetTextException e) {
            throw new InvalidParameterException("target", e.getMessage());
        }
        if (!target.qualitative()) {
            throw new InvalidParameterException(
                    "target",
                    target.text() + " is a figure; a quantitative target is scored from its actual value with type"
                            + " target");
        }
        BigDecimal weight = config.weight();
        return facts -> score(weight, target, facts);
    }

    private static Score score(BigDecimal weight, Target target, FactView facts) {
        BigDecimal points = facts.decimal(SCORE);
        if (points.compareTo(weight) > 0) {
            throw new InvalidFactException(
                    SCORE,
                    "expected the evaluator's score from 0 to the row's weight " + Numbers.plain(weight) + ", got "
                            + Numbers.plain(points));
        }
        String band = points.compareTo(weight.multiply(TOP)) >= 0
                ? "达成预期指标"
                : points.compareTo(weight.multiply(MIDDLE)) >= 0 ? "部分达成并具有一定效果" : "未达成且效果较差";
        String reason = facts.text(REASON).strip();
        DeductionLedger ledger = new DeductionLedger(weight);
        ledger.take(weight.subtract(points), facts.reasonsWanted() ? "评价人评定为" + band + "：" + reason : "");
        if (!facts.reasonsWanted()) {
            return ledger.score(weight, "");
        }
        return ledger.score(
                weight,
                "年度指标值：" + target.description() + "；实际完成情况："
                        + facts.text(ACTUAL).strip() + "。评价人评定为" + band + "，得" + Numbers.plain(points) + "分：" + reason
                        + (reason.endsWith("。") ? "" : "。"));
    }
}
