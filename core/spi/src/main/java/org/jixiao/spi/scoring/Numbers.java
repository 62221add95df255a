package org.jixiao.spi.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jixiao.spi.Api;

/**
 * Number formats of the seed report's reasons: no exponent, no trailing zeros, rates to one decimal
 * (101.2%, 105%).
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class Numbers {

    private Numbers() {}

    /**
     * A number as written in a reason: 341.4058, 15, 0.5.
     *
     * @param value the number; never {@code null}
     * @return plain digits without trailing zeros
     */
    public static String plain(BigDecimal value) {
        if (value.scale() == 0) {
            return value.toPlainString(); // a whole number's digits as they are: nothing to strip
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /**
     * A number rounded half up to {@code scale} decimals, then written as {@link #plain(BigDecimal)}:
     * rates to one decimal (101.2), percentage-point gaps to two (1.15).
     *
     * @param value the number; never {@code null}
     * @param scale the decimal places to keep, zero or more
     * @return the rounded number's digits
     */
    public static String rounded(BigDecimal value, int scale) {
        return plain(value.setScale(scale, RoundingMode.HALF_UP));
    }
}
