package org.jixiao.engine.rubric;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.jixiao.spi.Api;

/**
 * A grade and the boundary a total must pass to earn it: "90 and above" is 优 with {@code min} 90,
 * inclusive (the national practice); "S&gt;95" is 优秀 with {@code min} 95, exclusive, as some provinces
 * write their tables.
 *
 * @param grade the grade, such as {@code 优}; never {@code null}
 * @param label how reports write it, such as {@code 优秀}; never {@code null}
 * @param min the band's lower boundary; never {@code null}
 * @param inclusive whether a total equal to {@code min} is in the band
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record GradeBand(String grade, String label, BigDecimal min, boolean inclusive) {

    /** Checks the components. */
    public GradeBand {
        requireNonNull(grade, "grade is null");
        requireNonNull(label, "label is null");
        requireNonNull(min, "min is null");
    }

    /**
     * A band whose boundary is inclusive: {@code min} and above.
     *
     * @param grade the grade
     * @param label how reports write it
     * @param min the lowest total in the band
     */
    public GradeBand(String grade, String label, BigDecimal min) {
        this(grade, label, min, true);
    }

    /**
     * Whether a total falls in this band or a higher one.
     *
     * @param total the total
     * @return {@code true} if total &gt;= min (inclusive) or total &gt; min (exclusive)
     */
    public boolean admits(BigDecimal total) {
        int compared = total.compareTo(min);
        return inclusive ? compared >= 0 : compared > 0;
    }

    /**
     * The boundary as tables write it: {@code ≥90} or {@code >95}.
     *
     * @return the boundary text
     */
    public String boundary() {
        return (inclusive ? "≥" : ">") + min.stripTrailingZeros().toPlainString();
    }
}
