package org.jixiao.spi;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a fact's figure plausibly is, so that a slip of unit or digits is caught before it is scored: a figure
 * outside {@code [min, max]}, or an actual quantity more than {@code maxActualToPlan} times its plan, is scored as
 * given but warned about at its cell or line, with the unit spelled out ({@code 146000万平方米 is about 1,500 times
 * the plan of 97.6万平方米: was it typed in 平方米?}); {@code jixiao evaluate --strict} refuses it instead.
 *
 * <p>Not a rule of the table: a figure outside its plausible range may be true. A rubric may override a slot's
 * declaration for its own facts, and add a ratio between two facts (area per household).
 *
 * @param min the smallest plausible figure (for a plan and actual pair: of each), or {@code null} for no lower end
 * @param max the largest plausible figure (for a pair: of each), or {@code null} for no upper end
 * @param maxActualToPlan for a plan and actual pair, the largest plausible actual ÷ plan, or {@code null}
 * @since 0.3
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.3")
public record Plausible(BigDecimal min, BigDecimal max, BigDecimal maxActualToPlan) {

    /** Checks that something is declared, that the ends are in order and the ratio is above 0. */
    public Plausible {
        if (min == null && max == null && maxActualToPlan == null) {
            throw new IllegalArgumentException("a plausible range needs min, max or maxActualToPlan");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("min " + min.toPlainString() + " is above max " + max.toPlainString());
        }
        if (maxActualToPlan != null && maxActualToPlan.signum() <= 0) {
            throw new IllegalArgumentException(
                    "maxActualToPlan must be above 0, got " + maxActualToPlan.toPlainString());
        }
    }

    /**
     * Figures from {@code min} to {@code max}.
     *
     * @param min the smallest plausible figure, or {@code null}
     * @param max the largest plausible figure, or {@code null}
     * @return the range
     */
    public static Plausible between(BigDecimal min, BigDecimal max) {
        return new Plausible(min, max, null);
    }

    /**
     * Figures from {@code min} to {@code max}, written as whole numbers.
     *
     * @param min the smallest plausible figure
     * @param max the largest plausible figure
     * @return the range
     */
    public static Plausible between(long min, long max) {
        return new Plausible(BigDecimal.valueOf(min), BigDecimal.valueOf(max), null);
    }

    /**
     * An actual quantity at most {@code ratio} times its plan.
     *
     * @param ratio the largest plausible actual ÷ plan, above 0
     * @return the declaration
     */
    public static Plausible actualToPlanAtMost(long ratio) {
        return new Plausible(null, null, BigDecimal.valueOf(ratio));
    }

    /**
     * The smallest plausible figure.
     *
     * @return it, or empty
     */
    public Optional<BigDecimal> lower() {
        return Optional.ofNullable(min);
    }

    /**
     * The largest plausible figure.
     *
     * @return it, or empty
     */
    public Optional<BigDecimal> upper() {
        return Optional.ofNullable(max);
    }

    /**
     * The largest plausible actual ÷ plan.
     *
     * @return it, or empty
     */
    public Optional<BigDecimal> actualToPlan() {
        return Optional.ofNullable(maxActualToPlan);
    }
}
