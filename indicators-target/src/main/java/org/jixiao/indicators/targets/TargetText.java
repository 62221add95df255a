package org.jixiao.indicators.targets;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a target's text as forms write it (年度指标值) and an actual value's (实际完成值). Full-width characters are
 * read as their ASCII forms ({@code ≥５０个} is {@code ≥50个}), spaces are ignored, and a direction may lead
 * ({@code ≥}, {@code >=}, {@code 不低于}, {@code 不超过}, {@code 达到}) or follow ({@code 以上}, {@code 以下},
 * {@code 以内}); a bare figure is {@code =}. A bare {@code 万} is read as {@code 万元}. Text without a figure is a
 * description (按时完成). What cannot be read for sure is refused with what was expected: a figure in Chinese
 * numerals, a range, a figure inside prose, text after the unit, two directions that disagree.
 */
public final class TargetText {

    /** The longest description read; longer text is more likely a paragraph pasted into the cell. */
    static final int MAX_LENGTH = 100;

    /** Leading directions, longest first, so that 大于等于 is not read as 大于. */
    private static final List<Map.Entry<String, Target.Direction>> LEADING = List.of(
            Map.entry("大于或等于", Target.Direction.AT_LEAST),
            Map.entry("小于或等于", Target.Direction.AT_MOST),
            Map.entry("大于等于", Target.Direction.AT_LEAST),
            Map.entry("小于等于", Target.Direction.AT_MOST),
            Map.entry("不低于", Target.Direction.AT_LEAST),
            Map.entry("不少于", Target.Direction.AT_LEAST),
            Map.entry("不小于", Target.Direction.AT_LEAST),
            Map.entry("不高于", Target.Direction.AT_MOST),
            Map.entry("不超过", Target.Direction.AT_MOST),
            Map.entry("不多于", Target.Direction.AT_MOST),
            Map.entry("不大于", Target.Direction.AT_MOST),
            Map.entry("至少", Target.Direction.AT_LEAST),
            Map.entry("最多", Target.Direction.AT_MOST),
            Map.entry("达到", Target.Direction.AT_LEAST),
            Map.entry("大于", Target.Direction.MORE_THAN),
            Map.entry("高于", Target.Direction.MORE_THAN),
            Map.entry("超过", Target.Direction.MORE_THAN),
            Map.entry("多于", Target.Direction.MORE_THAN),
            Map.entry("小于", Target.Direction.LESS_THAN),
            Map.entry("低于", Target.Direction.LESS_THAN),
            Map.entry("少于", Target.Direction.LESS_THAN),
            Map.entry("等于", Target.Direction.EQUAL),
            Map.entry(">=", Target.Direction.AT_LEAST),
            Map.entry("=>", Target.Direction.AT_LEAST),
            Map.entry("<=", Target.Direction.AT_MOST),
            Map.entry("=<", Target.Direction.AT_MOST),
            Map.entry("==", Target.Direction.EQUAL),
            Map.entry("≥", Target.Direction.AT_LEAST),
            Map.entry("≧", Target.Direction.AT_LEAST),
            Map.entry("≤", Target.Direction.AT_MOST),
            Map.entry("≦", Target.Direction.AT_MOST),
            Map.entry(">", Target.Direction.MORE_THAN),
            Map.entry("<", Target.Direction.LESS_THAN),
            Map.entry("=", Target.Direction.EQUAL));

    /** Trailing directions, longest first: 50个以上 is ≥50个 (以上 and 以下 include the figure, as the law reads them). */
    private static final List<Map.Entry<String, Target.Direction>> TRAILING = List.of(
            Map.entry("及以上", Target.Direction.AT_LEAST),
            Map.entry("及以下", Target.Direction.AT_MOST),
            Map.entry("以上", Target.Direction.AT_LEAST),
            Map.entry("以下", Target.Direction.AT_MOST),
            Map.entry("以内", Target.Direction.AT_MOST),
            Map.entry("之内", Target.Direction.AT_MOST),
            Map.entry("内", Target.Direction.AT_MOST));

    private static final Pattern FIGURE = Pattern.compile("^(-?)([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\\.[0-9]+)?");
    private static final Pattern RANGE = Pattern.compile("^([0-9.,]+)([^0-9]{0,6}?)(?:-|~|～|—|–|至|到)([0-9.,]+)(.*)$");
    private static final Pattern CHINESE_NUMERAL = Pattern.compile("^[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?");
    /** A unit: %, ‰, a few letters (km, m²), or up to four Chinese characters that are no words (个, 万元, 个百分点, 元/人). */
    private static final Pattern UNIT = Pattern.compile("^(?:%|‰|[A-Za-z²³/]{1,6}|(?:(?![完成的内前后以达率于])\\p{IsHan}){1,4}"
            + "(?:/(?:(?![完成的内前后以达率于])\\p{IsHan}){1,4})?)$");
    /** A count in Chinese numerals and nothing else (五十个, 两年): a figure meant, not a description (一流水平). */
    private static final Pattern CHINESE_COUNT = Pattern.compile("^[零〇一二两三四五六七八九十百千万亿]+"
            + "(?:个|户|人|人次|项|次|家|所|座|套|栋|天|日|年|个月|月|万元|元|亿元|公里|千米|米|平方米|亩|吨|台|辆|件|张|场|期|批|条|处)"
            + "(?:以上|以下|以内|内)?$");

    /** A date in words (2021年11月底前): a description may hold one. */
    private static final Pattern DATE = Pattern.compile("[0-9]{1,4}(?:年|月|日|号)[^0-9]*[0-9]{0,2}");
    /** A comparison anywhere in the text: such a text is a target that must read as one. */
    private static final Pattern COMPARING = Pattern.compile("[≥≤<>=≧≦]|以上|以下|以内|不低于|不少于|不超过|不高于|至少|最多|达到");

    private static final Pattern HAS_DIGIT = Pattern.compile("[0-9]");
    private static final Pattern HAS_HAN = Pattern.compile("\\p{IsHan}");

    private TargetText() {}

    /**
     * Reads a target (年度指标值).
     *
     * @param text the text as written; never {@code null}
     * @return the target
     * @throws TargetTextException naming the text and what was expected, where it cannot be read for sure
     */
    public static Target parse(String text) {
        String written = normalized(text);
        if (written.isEmpty()) {
            throw new TargetTextException("the target is empty; expected a figure such as ≥50个, ≤90万元 or =100%,"
                    + " or a description such as 按时完成");
        }
        if (written.length() > MAX_LENGTH) {
            throw new TargetTextException("the target is " + written.length() + " characters long; a target is a"
                    + " figure or a description of at most " + MAX_LENGTH);
        }
        Target.Direction leading = null;
        String rest = written;
        for (Map.Entry<String, Target.Direction> entry : LEADING) {
            if (rest.startsWith(entry.getKey())) {
                leading = entry.getValue();
                rest = rest.substring(entry.getKey().length());
                break;
            }
        }
        Target.Direction trailing = null;
        for (Map.Entry<String, Target.Direction> entry : TRAILING) {
            if (rest.endsWith(entry.getKey())
                    && rest.length() > entry.getKey().length()
                    && HAS_DIGIT.matcher(rest).find()) {
                trailing = entry.getValue();
                rest = rest.substring(0, rest.length() - entry.getKey().length());
                break;
            }
        }
        if (leading == null && trailing == null && !HAS_DIGIT.matcher(rest).find()) {
            return description(written, rest);
        }
        try {
            return quantitative(text, rest, leading, trailing);
        } catch (TargetTextException notAFigure) {
            // 2021年11月底前完工: a date in a description, where nothing compares
            if (leading == null
                    && trailing == null
                    && DATE.matcher(rest).find()
                    && !COMPARING.matcher(rest).find()
                    && !FIGURE.matcher(rest).replaceFirst("").matches(UNIT.pattern())) {
                return description(written, rest);
            }
            throw notAFigure;
        }
    }

    private static Target quantitative(String text, String rest, Target.Direction leading, Target.Direction trailing) {
        Matcher range = RANGE.matcher(rest);
        if (range.matches()) {
            throw new TargetTextException("the target \"" + text.strip() + "\" is a range; a target sets one side,"
                    + " such as ≥" + range.group(1) + unitOf(range.group(2), range.group(4)));
        }
        Matcher figure = FIGURE.matcher(rest);
        if (!figure.find()) {
            if (CHINESE_NUMERAL.matcher(rest).find()) {
                throw new TargetTextException("the target \"" + text.strip() + "\" writes its figure in Chinese"
                        + " numerals; write it in digits, such as ≥50个");
            }
            if (leading != null && !HAS_DIGIT.matcher(rest).find()) {
                throw new TargetTextException("the target \"" + text.strip() + "\" has no figure after its direction;"
                        + " expected a figure such as ≥50个");
            }
            throw new TargetTextException("the target \"" + text.strip() + "\" has a figure inside its words; write"
                    + " the figure first, such as ≥95%, or the description alone");
        }
        if (!figure.group(1).isEmpty()) {
            throw new TargetTextException("the target \"" + text.strip() + "\" has a figure below 0; expected a figure"
                    + " of 0 or more (a reduction is written ≤ the level to reach)");
        }
        BigDecimal value =
                new BigDecimal(figure.group(2).replace(",", "") + (figure.group(3) == null ? "" : figure.group(3)));
        String unit = rest.substring(figure.end());
        if (HAS_DIGIT.matcher(unit).find()) {
            throw new TargetTextException("the target \"" + text.strip() + "\" has more than one figure; a target sets"
                    + " one figure, such as ≥50个");
        }
        if (!unit.isEmpty() && !UNIT.matcher(unit).matches()) {
            throw new TargetTextException("the target \"" + text.strip() + "\" has \"" + unit + "\" after its figure,"
                    + " which is not a unit; write the target alone, such as ≥50个");
        }
        if (leading != null && trailing != null && leading != trailing) {
            throw new TargetTextException("the target \"" + text.strip() + "\" says both " + leading.symbol()
                    + " and " + trailing.symbol() + "; write one direction, such as " + trailing.symbol()
                    + value.toPlainString() + unit(unit));
        }
        Target.Direction direction = leading != null ? leading : trailing != null ? trailing : Target.Direction.EQUAL;
        return Target.of(direction, value, unit(unit));
    }

    /**
     * Reads an actual value (实际完成值): a figure with its unit ({@code 48个}, {@code 100%}), or a description for a
     * qualitative target ({@code 按时完成}).
     *
     * @param text the text as written; never {@code null}
     * @return the value as a target of {@link Target.Direction#EQUAL} (a figure) or a description
     * @throws TargetTextException naming the text and what was expected
     */
    public static Target actual(String text) {
        Target read;
        try {
            read = parse(text);
        } catch (TargetTextException e) {
            throw new TargetTextException(e.getMessage().replace("the target", "the actual value"));
        }
        if (!read.qualitative() && read.direction() != Target.Direction.EQUAL) {
            throw new TargetTextException("the actual value \"" + text.strip() + "\" has a direction ("
                    + read.direction().symbol() + "); an actual value is the figure reached, such as "
                    + read.value().stripTrailingZeros().toPlainString() + read.unit());
        }
        return read;
    }

    /** The text as read: full-width forms as ASCII (NFKC), without spaces and a closing full stop. */
    static String normalized(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(kept::appendCodePoint);
        String stripped = kept.toString();
        while (stripped.endsWith("。") || stripped.endsWith(".") && !stripped.matches(".*[0-9]\\.$")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }

    /** A description: text with at least one Chinese character, no figure. */
    private static Target description(String written, String rest) {
        if (CHINESE_COUNT.matcher(rest).matches()) {
            throw new TargetTextException("the target \"" + written + "\" writes its figure in Chinese numerals; write"
                    + " it in digits, such as ≥50个");
        }
        if (!HAS_HAN.matcher(written).find()) {
            throw new TargetTextException("the target \"" + written + "\" is neither a figure nor a description in"
                    + " Chinese; expected a figure such as ≥50个 or a description such as 按时完成");
        }
        return Target.described(written);
    }

    /** A bare 万 is 万元, as money targets write it. */
    private static String unit(String unit) {
        return unit.equals("万") ? "万元" : unit;
    }

    private static String unitOf(String first, String second) {
        return unit(!first.isEmpty() ? first : second.replaceAll("[^%‰\\p{IsHan}A-Za-z]", ""));
    }
}
