package org.jixiao.engine.read;

import java.math.BigDecimal;

/**
 * The one policy for every number jixiao reads, in submissions and rubrics alike: a plain decimal as a
 * person writes it, its digits and exponent bounded before {@link BigDecimal} sees them, so that no
 * spelling (an exponent of a billion, a thousand digits, a leading zero YAML reads as octal) can cost
 * memory or time, or be read as something the writer did not mean.
 *
 * <p>Internal to the engine: public for its other rooms only, not API.
 */
public final class NumberPolicy {

    /** Digits before the decimal point: up to a thousand trillion. */
    public static final int MAX_INTEGER_DIGITS = 15;
    /** Digits after the decimal point. */
    public static final int MAX_FRACTION_DIGITS = 12;

    private NumberPolicy() {}

    /**
     * The number a token spells, or a problem.
     *
     * @param text the token as written
     * @return the value; never {@code null}
     * @throws IllegalArgumentException with a message for the user when the spelling is refused
     */
    public static BigDecimal read(String text) {
        // one pass, no regular expression: this runs for every number of every submission
        int length = text.length();
        int i = 0;
        boolean negative = length > 0 && text.charAt(0) == '-';
        if (negative) {
            i++;
        }
        int integerStart = i;
        while (i < length && isDigit(text.charAt(i))) {
            i++;
        }
        int integerEnd = i;
        int fractionStart = -1;
        int fractionEnd = -1;
        if (i < length && text.charAt(i) == '.') {
            fractionStart = ++i;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
            }
            fractionEnd = i;
        }
        long exponent = 0;
        boolean exponentTooLong = false;
        boolean plain = integerEnd > integerStart && (fractionStart < 0 || fractionEnd > fractionStart);
        if (plain && i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            boolean minus = i < length && text.charAt(i) == '-';
            if (i < length && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                i++;
            }
            int digitsStart = i;
            while (i < length && text.charAt(i) == '0') {
                i++;
            }
            int significantStart = i;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
            }
            plain = i > digitsStart;
            exponentTooLong = i - significantStart > 3;
            if (plain && !exponentTooLong && i > significantStart) {
                exponent = Long.parseLong(text, significantStart, i, 10) * (minus ? -1 : 1);
            }
        }
        String shown = text.length() > 24 ? text.substring(0, 24) + "…" : text;
        if (!plain || i != length) {
            String lower = text.strip()
                    .toLowerCase(java.util.Locale.ROOT)
                    .replace("+", "")
                    .replace("-", "")
                    .replace(".", "");
            if (lower.equals("inf") || lower.equals("infinity") || lower.equals("nan")) {
                throw new IllegalArgumentException("NaN and infinity are not numbers; expected a finite number");
            }
            throw new IllegalArgumentException("the number " + shown + " is not written as a plain decimal; write it"
                    + " with digits, an optional point and an optional exponent, such as 1766 or 341.4058");
        }
        if (integerEnd - integerStart > 1 && text.charAt(integerStart) == '0') {
            int firstSignificant = integerStart;
            while (firstSignificant < integerEnd - 1 && text.charAt(firstSignificant) == '0') {
                firstSignificant++;
            }
            throw new IllegalArgumentException("the number " + shown + " has a leading zero, which YAML reads as octal;"
                    + " write it without the zero (" + (negative ? "-" : "")
                    + text.substring(firstSignificant, fractionStart < 0 ? integerEnd : fractionEnd) + ")");
        }
        if (exponentTooLong) {
            throw outOfRange(shown);
        }
        int integerSignificant = integerStart;
        while (integerSignificant < integerEnd && text.charAt(integerSignificant) == '0') {
            integerSignificant++;
        }
        int fractionSignificantEnd = fractionEnd;
        while (fractionStart >= 0
                && fractionSignificantEnd > fractionStart
                && text.charAt(fractionSignificantEnd - 1) == '0') {
            fractionSignificantEnd--;
        }
        int fractionDigits = fractionStart < 0 ? 0 : fractionSignificantEnd - fractionStart;
        if (integerSignificant == integerEnd && fractionDigits == 0) {
            return BigDecimal.ZERO;
        }
        long integerDigits = integerEnd - integerSignificant + exponent;
        long decimals = fractionDigits - exponent;
        if (integerDigits > MAX_INTEGER_DIGITS || decimals > MAX_FRACTION_DIGITS) {
            throw outOfRange(shown);
        }
        BigDecimal value = new BigDecimal(text);
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static IllegalArgumentException outOfRange(String shown) {
        return new IllegalArgumentException("the number " + shown + " is out of range: jixiao reads numbers of up to "
                + MAX_INTEGER_DIGITS + " digits before the point and " + MAX_FRACTION_DIGITS + " after it");
    }
}
