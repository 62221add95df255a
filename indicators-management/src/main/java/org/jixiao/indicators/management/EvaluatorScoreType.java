package org.jixiao.indicators.management;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.spi.Deduction;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.FactSlot;
import org.jixiao.spi.FactView;
import org.jixiao.spi.Indicator;
import org.jixiao.spi.IndicatorConfig;
import org.jixiao.spi.IndicatorType;
import org.jixiao.spi.InvalidFactException;
import org.jixiao.spi.ParameterSpec;
import org.jixiao.spi.Plausible;
import org.jixiao.spi.Score;
import org.jixiao.spi.scoring.Numbers;

/**
 * 评价人评分: checklists that no rule can score (制度是否健全、管理是否规范) take the evaluator's score
 * within the row's range, with a written reason that is mandatory. The result says it is the
 * evaluator's judgement.
 */
public final class EvaluatorScoreType implements IndicatorType {

    static final String SCORE = "score";
    static final String REASON = "reason";

    @Override
    public String id() {
        return "evaluator-score";
    }

    @Override
    public String name() {
        return "评价人评分";
    }

    @Override
    public String description() {
        return "The evaluator's score within [0, weight], with a mandatory written reason; the row binds both facts.";
    }

    @Override
    public List<FactSlot> facts() {
        return List.of(
                FactSlot.bound(SCORE, FactKind.DECIMAL, "评价人评分", "分").plausibly(Plausible.between(0, 100)),
                FactSlot.bound(REASON, FactKind.TEXT, "评价人评分理由", ""));
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of();
    }

    @Override
    public Indicator configure(IndicatorConfig config) {
        BigDecimal weight = config.weight();
        return facts -> score(facts, weight);
    }

    private static Score score(FactView facts, BigDecimal weight) {
        BigDecimal score = facts.decimal(SCORE);
        if (score.compareTo(weight) > 0) {
            throw new InvalidFactException(
                    SCORE,
                    "the evaluator's score " + Numbers.plain(score) + " is above the indicator's weight "
                            + Numbers.plain(weight));
        }
        String reason = "评价人评分：" + facts.text(REASON);
        List<Deduction> deductions =
                score.compareTo(weight) < 0 ? List.of(new Deduction(weight.subtract(score), "评价人评定")) : List.of();
        return new Score(score, reason.endsWith("。") ? reason : reason + "。", deductions);
    }
}
