package org.jixiao.report;

/** 一, 二 … 九十九 for numbered items: （一）, （十二）. */
final class ChineseNumerals {

    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private ChineseNumerals() {}

    /** The numeral of 1 to 99; a larger number in digits. */
    static String of(int n) {
        if (n < 10) {
            return DIGITS[n];
        }
        if (n < 100) {
            return (n / 10 == 1 ? "" : DIGITS[n / 10]) + "十" + DIGITS[n % 10];
        }
        return String.valueOf(n);
    }
}
