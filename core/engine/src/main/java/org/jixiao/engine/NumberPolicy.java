package org.jixiao.engine;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one policy for every number jixiao reads, in submissions and rubrics alike: a plain decimal as a
 * person writes it, its digits and exponent bounded before {@link BigDecimal} sees them, so that no
 * spelling (an exponent of a billion, a thousand digits, a leading zero YAML reads as octal) can cost
 * memory or time, or be read as something the writer did not mean.
 */
final class NumberPolicy {

    /** Digits before the decimal point: up to a thousand trillion. */
    static final int MAX_INTEGER_DIGITS = 15;
    /** Digits after the decimal point. */
    static final int MAX_FRACTION_DIGITS = 12;

    private static final Pattern PLAIN = Pattern.compile("(-?)(\\d+)(?:\\.(\\d+))?(?:[eE]([+-]?\\d+))?");

    private NumberPolicy() {}

    /**
     * The number a token spells, or a problem.
     *
     * @param text the token as written
     * @return the value; never {@code null}
     * @throws IllegalArgumentException with a message for the user when the spelling is refused
     */
    static BigDecimal read(String text) {
        String shown = text.length() > 24 ? text.substring(0, 24) + "…" : text;
        Matcher m = PLAIN.matcher(text.strip());
        if (text.strip().matches("(?i)[+-]?\\.?(inf|infinity|nan)")) {
            throw new IllegalArgumentException("NaN and infinity are not numbers; expected a finite number");
        }
        if (!m.matches()) {
            throw new IllegalArgumentException("the number " + shown + " is not written as a plain decimal; write it"
                    + " with digits, an optional point and an optional exponent, such as 1766 or 341.4058");
        }
        String integer = m.group(2);
        if (integer.length() > 1 && integer.charAt(0) == '0') {
            throw new IllegalArgumentException("the number " + shown + " has a leading zero, which YAML reads as octal;"
                    + " write it without the zero (" + m.group(1) + integer.replaceFirst("^0+(?=\\d)", "")
                    + (m.group(3) == null ? "" : "." + m.group(3)) + ")");
        }
        String fraction = m.group(3) == null ? "" : m.group(3);
        long exponent = 0;
        if (m.group(4) != null) {
            String digits = m.group(4).replaceFirst("^[+-]", "").replaceFirst("^0+(?=\\d)", "");
            if (digits.length() > 3) {
                throw outOfRange(shown);
            }
            exponent = Long.parseLong(m.group(4).replace("+", ""));
        }
        // significant digits, placed by the exponent, must fit the bounds
        String significant = (integer + fraction).replaceFirst("^0+", "");
        if (significant.isEmpty()) {
            return BigDecimal.ZERO;
        }
        long integerDigits = integer.replaceFirst("^0+", "").length() + exponent;
        long fractionDigits = fraction.replaceFirst("0+$", "").length() - exponent;
        if (integerDigits > MAX_INTEGER_DIGITS || fractionDigits > MAX_FRACTION_DIGITS) {
            throw outOfRange(shown);
        }
        BigDecimal value = new BigDecimal(text.strip());
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : value;
    }

    private static IllegalArgumentException outOfRange(String shown) {
        return new IllegalArgumentException("the number " + shown + " is out of range: jixiao reads numbers of up to "
                + MAX_INTEGER_DIGITS + " digits before the point and " + MAX_FRACTION_DIGITS + " after it");
    }
}
