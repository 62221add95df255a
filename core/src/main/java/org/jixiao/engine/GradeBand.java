package org.jixiao.engine;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A grade and the lowest total that earns it: 90 and above is 优.
 *
 * @param grade the grade, such as {@code 优}; never {@code null}
 * @param label how reports write it, such as {@code 优秀}; never {@code null}
 * @param min the lowest total in the band, inclusive; never {@code null}
 * @since 0.1
 */
public record GradeBand(String grade, String label, BigDecimal min) {

    /** Checks the components. */
    public GradeBand {
        requireNonNull(grade, "grade is null");
        requireNonNull(label, "label is null");
        requireNonNull(min, "min is null");
    }

    /**
     * Whether a total falls in this band or a higher one.
     *
     * @param total the total
     * @return {@code true} if total &gt;= min
     */
    public boolean admits(BigDecimal total) {
        return total.compareTo(min) >= 0;
    }
}
