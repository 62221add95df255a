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
        int scale = value.scale();
        if (scale == 0 && value.signum() >= 0 && value.precision() <= 3) {
            return SMALL[value.intValue()]; // points, counts and rates: mostly below a thousand
        }
        String text = value.toPlainString();
        if (scale <= 0) {
            return text; // a whole number's digits, with the zeros a negative scale stands for
        }
        // digits after the point: drop the trailing zeros, and the point when nothing is left after it
        int end = text.length();
        while (text.charAt(end - 1) == '0') {
            end--;
        }
        if (text.charAt(end - 1) == '.') {
            end--;
        }
        return end == text.length() ? text : text.substring(0, end);
    }

    /** 0 to 999 as text, made once. */
    private static final String[] SMALL = new String[1000];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = Integer.toString(i);
        }
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
