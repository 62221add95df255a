package org.jixiao.indicators.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.FactSlot;
import org.jixiao.spi.FactView;
import org.jixiao.spi.Indicator;
import org.jixiao.spi.IndicatorConfig;
import org.jixiao.spi.IndicatorType;
import org.jixiao.spi.InvalidFactException;
import org.jixiao.spi.InvalidParameterException;
import org.jixiao.spi.ParameterSpec;
import org.jixiao.spi.Parameters;
import org.jixiao.spi.Score;
import org.jixiao.spi.scoring.DeductionLedger;
import org.jixiao.spi.scoring.Numbers;

/**
 * A quantitative third-level indicator of the project self-evaluation form (三级指标): its 年度指标值 as a parameter
 * ({@code ≥50个}, {@code ≤90万元}, {@code =100%}), its 实际完成值 and 偏差原因分析 as facts. A target met scores the
 * row's weight; a positive target (≥, >) missed scores 实际 ÷ 指标 × 分值, a reverse one (≤, <, costs) exceeded
 * 指标 ÷ 实际 × 分值, an equality the nearer of the two; rounded half up to {@code decimals}. A target exceeded by more
 * than {@code deviationPercent} counts as 偏离 and loses {@code deviationPoints}. A target missed or deviated from
 * needs its 偏差原因分析; without it the fact is refused. The actual value's unit must be the target's (万元 against
 * 元 is refused, never converted); a bare figure is read in the target's unit, and the reason says so.
 */
public final class TargetType implements IndicatorType {

    static final String ACTUAL = "actual";
    static final String EXPLANATION = "explanation";
    /** What a form writes in 偏差原因分析 where there is none to give. */
    static final Set<String> NONE = Set.of("无", "—", "-", "/", "／", "无偏差", "不适用");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String id() {
        return "target";
    }

    @Override
    public String name() {
        return "绩效目标（定量）";
    }

    @Override
    public String description() {
        return "A quantitative target of the project self-evaluation form (年度指标值 such as ≥50个): met scores the"
                + " weight, missed scores in proportion, 偏离 beyond deviationPercent loses deviationPoints; a miss or"
                + " deviation needs its 偏差原因分析.";
    }

    @Override
    public List<FactSlot> facts() {
        return List.of(
                new FactSlot(ACTUAL, FactKind.TEXT, "实际完成值", "", null),
                new FactSlot(EXPLANATION, FactKind.TEXT, "偏差原因分析及改进措施（无偏差的填“无”）", "", null));
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.text("target", "the 年度指标值 as the form writes it, such as ≥50个, ≤90万元 or =100%", null),
                ParameterSpec.decimal(
                        "deviationPercent",
                        "a positive target exceeded by more than this percent of it counts as 偏离; 0 for never",
                        "0"),
                ParameterSpec.decimal("deviationPoints", "the points a 偏离 loses", "0"),
                new ParameterSpec(
                        "decimals",
                        org.jixiao.spi.ParameterKind.INTEGER,
                        "decimal places of a proportional score, rounded half up",
                        2L,
                        List.of()));
    }

    @Override
    public Indicator configure(IndicatorConfig config) {
        Parameters p = config.parameters();
        Target target;
        try {
            target = TargetText.parse(p.text("target"));
        } catch (TargetTextException e) {
            throw new InvalidParameterException("target", e.getMessage());
        }
        if (target.qualitative()) {
            throw new InvalidParameterException(
                    "target",
                    "\"" + target.description() + "\" is a description, not a figure; a qualitative target is scored"
                            + " by the evaluator with type target-qualitative");
        }
        BigDecimal deviationPoints = p.nonNegative("deviationPoints");
        if (deviationPoints.compareTo(config.weight()) > 0) {
            throw new InvalidParameterException(
                    "deviationPoints",
                    "a 偏离 may lose at most the row's weight " + Numbers.plain(config.weight()) + ", got "
                            + Numbers.plain(deviationPoints));
        }
        long decimals = p.integer("decimals");
        if (decimals < 0 || decimals > 6) {
            throw new InvalidParameterException("decimals", "expected 0 to 6 decimal places, got " + decimals);
        }
        return new Quantitative(
                config.weight(), target, p.nonNegative("deviationPercent"), deviationPoints, (int) decimals);
    }

    private record Quantitative(
            BigDecimal weight, Target target, BigDecimal deviationPercent, BigDecimal deviationPoints, int decimals)
            implements Indicator {

        @Override
        public Score score(FactView facts) {
            Target actual;
            try {
                actual = TargetText.actual(facts.text(ACTUAL));
            } catch (TargetTextException e) {
                throw new InvalidFactException(ACTUAL, e.getMessage());
            }
            if (actual.qualitative()) {
                throw new InvalidFactException(
                        ACTUAL,
                        "expected the figure reached, in " + unitName() + ", such as "
                                + Numbers.plain(target.value()) + target.unit() + "; got the words \""
                                + actual.description() + "\"");
            }
            boolean bare = actual.unit().isEmpty() && !target.unit().isEmpty();
            if (!bare && !actual.unit().equals(target.unit())) {
                throw new InvalidFactException(
                        ACTUAL,
                        "the actual value is in " + actual.unit() + ", the target " + target.text() + " in "
                                + unitName() + "; a figure is never converted between units: write the actual value in"
                                + " the target's unit");
            }
            BigDecimal reached = actual.value();
            if (bare && target.unit().equals("%") && reached.signum() > 0 && reached.compareTo(BigDecimal.ONE) <= 0) {
                // 0.93 against ≥90% is 93% as a spreadsheet keeps it, or 0.93%: never guessed
                throw new InvalidFactException(
                        ACTUAL,
                        "the actual value " + Numbers.plain(reached) + " has no unit and the target " + target.text()
                                + " is in percent: write " + Numbers.plain(reached.movePointRight(2))
                                + "% if that is what it is, or " + Numbers.plain(reached) + "% with its sign");
            }
            String reachedText = Numbers.plain(reached) + target.unit() + (bare ? "（按指标单位" + target.unit() + "计）" : "");
            boolean met = met(reached);
            boolean deviated = met
                    && deviationPercent.signum() > 0
                    && (target.direction() == Target.Direction.AT_LEAST
                            || target.direction() == Target.Direction.MORE_THAN
                            || target.direction() == Target.Direction.EQUAL)
                    && reached.multiply(HUNDRED).compareTo(target.value().multiply(HUNDRED.add(deviationPercent))) > 0;
            String explanation = facts.text(EXPLANATION).strip();
            boolean explained = !NONE.contains(explanation);
            if ((!met || deviated) && !explained) {
                throw new InvalidFactException(
                        EXPLANATION,
                        "the target " + target.text() + " was "
                                + (met
                                        ? "exceeded by more than " + Numbers.plain(deviationPercent) + "% (偏离)"
                                        : "not met")
                                + " with "
                                + Numbers.plain(reached) + target.unit()
                                + "; its 偏差原因分析 is needed, not \"" + explanation + "\"");
            }
            DeductionLedger ledger = new DeductionLedger(weight);
            String verdict;
            if (met && !deviated) {
                verdict = "达成年度指标";
            } else if (deviated) {
                BigDecimal taken =
                        ledger.take(deviationPoints, "实际完成值超出年度指标值" + Numbers.plain(deviationPercent) + "%以上，属偏离");
                verdict = "超出年度指标值" + Numbers.plain(deviationPercent) + "%以上，属偏离，"
                        + (taken.signum() == 0 ? "不扣分" : "扣" + Numbers.plain(taken) + "分");
            } else {
                BigDecimal proportional = proportional(reached);
                BigDecimal taken = ledger.take(weight.subtract(proportional), "未达成年度指标，按完成比例计分");
                verdict =
                        "未达成年度指标，按" + (reverse() ? "指标值与实际完成值之比" : "实际完成值与指标值之比") + "计分，扣" + Numbers.plain(taken) + "分";
            }
            String reason = "年度指标值" + target.text() + "，实际完成值" + reachedText + "，" + verdict + "。"
                    + (explained ? "偏差原因：" + explanation + (explanation.endsWith("。") ? "" : "。") : "");
            return ledger.score(weight, facts.reasonsWanted() ? reason : "");
        }

        private boolean met(BigDecimal reached) {
            int sign = reached.compareTo(target.value());
            return switch (target.direction()) {
                case AT_LEAST -> sign >= 0;
                case MORE_THAN -> sign > 0;
                case AT_MOST -> sign <= 0;
                case LESS_THAN -> sign < 0;
                case EQUAL -> sign == 0;
                case QUALITATIVE -> throw new IllegalStateException("a qualitative target has no figure");
            };
        }

        /** A reverse target (a cost): less is better. An equality exceeded is read as one. */
        private boolean reverse() {
            return target.direction() == Target.Direction.AT_MOST || target.direction() == Target.Direction.LESS_THAN;
        }

        /** 实际 ÷ 指标 × 分值 below a positive target, 指标 ÷ 实际 × 分值 above a reverse one (or an equality). */
        private BigDecimal proportional(BigDecimal reached) {
            boolean above = reached.compareTo(target.value()) > 0;
            BigDecimal numerator = above ? target.value() : reached;
            BigDecimal denominator = above ? reached : target.value();
            if (denominator.signum() == 0) {
                return BigDecimal.ZERO;
            }
            BigDecimal exact = weight.multiply(numerator);
            BigDecimal quotient;
            try {
                quotient = exact.divide(denominator);
            } catch (ArithmeticException nonTerminating) {
                return exact.divide(denominator, decimals, RoundingMode.HALF_UP);
            }
            return quotient.scale() > decimals ? quotient.setScale(decimals, RoundingMode.HALF_UP) : quotient;
        }

        private String unitName() {
            return target.unit().isEmpty() ? "a bare figure" : target.unit();
        }
    }
}
