package org.jixiao.indicators.targets;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A performance target (年度指标值) as read from its text: a direction, a figure and its unit ({@code ≥50个},
 * {@code ≤90万元}, {@code =100%}), or a description to be judged ({@code 按时完成}, {@code 效果明显}).
 *
 * @param direction how the actual value is held against the figure; never {@code null}
 * @param value the figure, exact, 0 or more; {@code null} for a qualitative target
 * @param unit the figure's unit as written ({@code 个}, {@code 万元}, {@code %}), empty for a bare number; {@code null}
 *     for a qualitative target
 * @param description the description of a qualitative target; {@code null} for a quantitative one
 */
public record Target(Direction direction, BigDecimal value, String unit, String description) {

    /** How an actual value is held against a target's figure. */
    public enum Direction {
        /** At least the figure (≥, 不低于, 以上): more is better. */
        AT_LEAST("≥"),
        /** More than the figure (>, 大于, 高于). */
        MORE_THAN(">"),
        /** At most the figure (≤, 不超过, 以内): less is better, as costs are. */
        AT_MOST("≤"),
        /** Less than the figure (<, 小于, 低于). */
        LESS_THAN("<"),
        /** The figure itself (=, or a bare figure). */
        EQUAL("="),
        /** A description, judged by the evaluator. */
        QUALITATIVE("");

        private final String symbol;

        Direction(String symbol) {
            this.symbol = symbol;
        }

        /**
         * How a target writes it.
         *
         * @return ≥, >, ≤, <, = or empty
         */
        public String symbol() {
            return symbol;
        }
    }

    /** Checks the components: a figure and unit for a quantitative target, a description for a qualitative one. */
    public Target {
        requireNonNull(direction, "direction is null");
        if (direction == Direction.QUALITATIVE) {
            requireNonNull(description, "description is null");
            if (value != null || unit != null) {
                throw new IllegalArgumentException("a qualitative target has no figure");
            }
        } else {
            requireNonNull(value, "value is null");
            requireNonNull(unit, "unit is null");
            if (value.signum() < 0 || description != null) {
                throw new IllegalArgumentException(
                        "a quantitative target has a figure of 0 or more and no description");
            }
        }
    }

    /**
     * A quantitative target.
     *
     * @param direction the direction, not {@link Direction#QUALITATIVE}
     * @param value the figure, 0 or more
     * @param unit its unit, empty for none
     * @return the target
     */
    public static Target of(Direction direction, BigDecimal value, String unit) {
        return new Target(direction, value, unit, null);
    }

    /**
     * A qualitative target.
     *
     * @param description what is to be achieved, such as 按时完成
     * @return the target
     */
    public static Target described(String description) {
        return new Target(Direction.QUALITATIVE, null, null, description);
    }

    /**
     * Whether the target is a description rather than a figure.
     *
     * @return {@code true} for a qualitative target
     */
    public boolean qualitative() {
        return direction == Direction.QUALITATIVE;
    }

    /**
     * The target as a form writes it, which {@link TargetText#parse} reads back to this target: {@code ≥50个},
     * {@code ≤90万元}, {@code =100%}, or the description.
     *
     * @return the canonical text
     */
    public String text() {
        return qualitative()
                ? description
                : direction.symbol() + value.stripTrailingZeros().toPlainString() + unit;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Target that
                && direction == that.direction
                && (value == null ? that.value == null : that.value != null && value.compareTo(that.value) == 0)
                && java.util.Objects.equals(unit, that.unit)
                && java.util.Objects.equals(description, that.description);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(direction, value == null ? null : value.stripTrailingZeros(), unit, description);
    }

    @Override
    public String toString() {
        return text();
    }
}
