package org.jixiao.spi;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A figure known only as a bound, as reports state them: {@code 满意度80%以上} is {@code {atLeast: 80}}; a range
 * gives both ends. An indicator that can decide its score from the bound reads it with
 * {@link FactView#bound(String)}; one that needs the exact figure reads the slot as usual, and the engine then
 * asks the submitter for the figure, naming the indicator and why.
 *
 * @param atLeast the lower end (included), or {@code null} if none is known
 * @param atMost the upper end (included), or {@code null} if none is known
 * @since 0.2
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.2")
public record Bound(BigDecimal atLeast, BigDecimal atMost) {

    /** Checks that at least one end is given and that they are in order. */
    public Bound {
        if (atLeast == null && atMost == null) {
            throw new IllegalArgumentException("a bound needs atLeast, atMost or both");
        }
        if (atLeast != null && atMost != null && atLeast.compareTo(atMost) > 0) {
            throw new IllegalArgumentException(
                    "atLeast " + atLeast.toPlainString() + " is above atMost " + atMost.toPlainString());
        }
    }

    /**
     * The lower end.
     *
     * @return it, or empty
     */
    public Optional<BigDecimal> lower() {
        return Optional.ofNullable(atLeast);
    }

    /**
     * The upper end.
     *
     * @return it, or empty
     */
    public Optional<BigDecimal> upper() {
        return Optional.ofNullable(atMost);
    }

    /**
     * Whether every figure within the bound is at least {@code value}.
     *
     * @param value the threshold
     * @return {@code true} if the lower end is known and not below it
     */
    public boolean surelyAtLeast(BigDecimal value) {
        return atLeast != null && atLeast.compareTo(value) >= 0;
    }

    /**
     * The bound as a report writes it: {@code 80以上}, {@code 20以下}, {@code 80至90}.
     *
     * @param unit written after each number, such as {@code %}
     * @return the text
     */
    public String describe(String unit) {
        String low = atLeast == null ? null : plain(atLeast) + unit;
        String high = atMost == null ? null : plain(atMost) + unit;
        if (low != null && high != null) {
            return low + "至" + high;
        }
        return low != null ? low + "以上" : high + "以下";
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
