package org.jixiao.web.fill;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.engine.form.FactForm;
import org.jixiao.engine.submission.Submission;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.Subject;
import org.jixiao.spi.scoring.Numbers;
import org.jixiao.web.view.Pages;

/**
 * Reads the fields of a filled form into a submission, as the clerk meant them: full-width digits, a percent sign
 * in a percent row and a bound such as {@code 80%以上} are read; anything else that is not a number is refused at
 * its field with a Chinese sentence saying what to write. Nothing is guessed: an empty field is a hole, and no
 * submission is made while one is left.
 */
final class FormReading {

    /** The form's field names: a fact's value, a plan and actual pair, a claim, the subject. */
    static final String FACT = "f.";

    static final String PLAN = ".plan";
    static final String ACTUAL = ".actual";
    static final String CLAIM = "c.";
    static final String JUDGEMENT = "j.";
    static final String POINTS = ".points";
    static final String REASON = ".reason";
    static final String REGION = "s.region";
    static final String LEVEL = "s.level";
    static final String YEAR = "s.year";
    static final String PROGRAM = "s.program";
    /** The file's narrative, carried along as its JSON: never edited on the page. */
    static final String NARRATIVE = "n";

    private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?|\\.[0-9]+");
    private static final int MAX_TEXT = 5000;

    /** The engine refuses larger figures as implausible (a slip of the unit or the digits): said here in Chinese. */
    private static final BigDecimal LARGEST = new BigDecimal("1000000000000");

    /**
     * What the form said.
     *
     * @param submission the submission, or {@code null} while a field is refused or a fact left empty
     * @param errors each refused field's message, by field name
     * @param missing the labels of the facts left empty
     */
    record Result(Submission submission, Map<String, String> errors, List<String> missing) {}

    private final Pages pages;
    private final java.util.function.Function<String, org.jixiao.engine.submission.Narrative> narratives;

    /**
     * @param pages the texts
     * @param narratives reads a carried narrative's JSON with the engine's rules; throws InputException for one that
     *     breaks them (a hand-made request)
     */
    FormReading(Pages pages, java.util.function.Function<String, org.jixiao.engine.submission.Narrative> narratives) {
        this.pages = pages;
        this.narratives = narratives;
    }

    Result read(String rubricId, FactForm form, Map<String, String> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        Submission.Builder builder = Submission.builder("网页填报").rubric(rubricId);
        String narrative = values.get(NARRATIVE);
        if (!blank(narrative)) {
            try {
                builder.narrative(narratives.apply(narrative));
            } catch (org.jixiao.engine.problem.InputException e) {
                errors.put(NARRATIVE, pages.text("fill.narrative.bad"));
            }
        }
        // a roll-up weight does not change this unit's own score: a county must give it (its city's means are weighted
        // by it), as its workbook asks; for another level, or one not yet chosen, it may stay empty
        boolean county = "county".equals(values.get(LEVEL));
        for (FactForm.Field field : form.fields()) {
            String key = FACT + field.name();
            if (field.role() == FactForm.Role.WEIGHT && !county && blank(values.get(key))) {
                continue;
            }
            Object value;
            if (field.kind() == FactKind.PLAN_ACTUAL) {
                BigDecimal plan = number(values.get(key + PLAN), key + PLAN, FactKind.DECIMAL, errors);
                BigDecimal actual = number(values.get(key + ACTUAL), key + ACTUAL, FactKind.DECIMAL, errors);
                if (plan != null && plan.signum() == 0 && !field.zeroPlanAllowed()) {
                    errors.put(key + PLAN, pages.text("error.planZero"));
                }
                value = plan == null || actual == null ? null : Map.of("plan", plan, "actual", actual);
                if ((plan == null && blank(values.get(key + PLAN)) || actual == null && blank(values.get(key + ACTUAL)))
                        && !errors.containsKey(key + PLAN)
                        && !errors.containsKey(key + ACTUAL)) {
                    missing.add(field.label());
                }
            } else {
                String text = values.get(key);
                if (blank(text)) {
                    missing.add(field.label());
                    continue;
                }
                value = value(field.kind(), text.strip(), key, errors);
            }
            if (value != null) {
                builder.fact(field.name(), value);
            }
        }
        for (FactForm.ClaimRow row : form.claims()) {
            String key = CLAIM + row.id();
            String text = values.get(key);
            if (blank(text)) {
                continue;
            }
            BigDecimal claimed = claim(text, key, row.weight(), errors);
            if (claimed != null) {
                builder.claim(row.id(), claimed);
            }
        }
        for (FactForm.JudgementRow row : form.judgements()) {
            String key = JUDGEMENT + row.id();
            String pointsText = values.get(key + POINTS);
            String reason = values.get(key + REASON);
            if (blank(pointsText) || isZero(pointsText)) {
                continue;
            }
            BigDecimal points = number(pointsText, key + POINTS, FactKind.DECIMAL, errors);
            if (points != null && points.compareTo(row.atMost()) > 0) {
                errors.put(key + POINTS, pages.text("error.judgementRange", Numbers.plain(row.atMost())));
            } else if (points != null && blank(reason)) {
                errors.put(key + REASON, pages.text("error.judgementReason"));
            } else if (points != null) {
                builder.judgement(row.id(), points, reason.strip());
            }
        }
        builder.subject(subject(values, errors));
        return new Result(errors.isEmpty() && missing.isEmpty() ? builder.build() : null, errors, missing);
    }

    private Subject subject(Map<String, String> values, Map<String, String> errors) {
        Integer year = null;
        String yearText = values.get(YEAR);
        if (!blank(yearText)) {
            String digits = halfWidth(yearText.strip());
            if (digits.matches("(19|20|21)[0-9]{2}")) {
                year = Integer.valueOf(digits);
            } else {
                errors.put(YEAR, pages.text("error.year"));
            }
        }
        String level = values.get(LEVEL);
        if (level != null
                && !level.isEmpty()
                && !List.of("county", "city", "province").contains(level)) {
            errors.put(LEVEL, pages.text("error.level"));
            level = null;
        }
        return new Subject(
                textOrNull(values.get(REGION)), blank(level) ? null : level, year, textOrNull(values.get(PROGRAM)));
    }

    private Object value(FactKind kind, String text, String key, Map<String, String> errors) {
        return switch (kind) {
            case FLAG -> {
                if (text.equals("是") || text.equals("true")) {
                    yield Boolean.TRUE;
                }
                if (text.equals("否") || text.equals("false")) {
                    yield Boolean.FALSE;
                }
                errors.put(key, pages.text("error.flag"));
                yield null;
            }
            case TEXT -> {
                if (text.length() > MAX_TEXT) {
                    errors.put(key, pages.text("error.textLength", MAX_TEXT));
                    yield null;
                }
                yield text;
            }
            case COUNT, DECIMAL, PERCENT -> {
                String normal = halfWidth(text);
                boolean atLeast = normal.endsWith("以上")
                        || normal.startsWith("≥")
                        || normal.startsWith(">=")
                        || normal.startsWith("不低于")
                        || normal.startsWith("不少于");
                boolean atMost = normal.endsWith("以下")
                        || normal.startsWith("≤")
                        || normal.startsWith("<=")
                        || normal.startsWith("不高于")
                        || normal.startsWith("不超过");
                if (atLeast || atMost) {
                    String figure = normal.replaceAll("^(≥|>=|≤|<=|不低于|不少于|不高于|不超过)", "")
                            .replaceAll("(及以上|以上|及以下|以下)$", "");
                    BigDecimal bound = number(figure, key, kind, errors);
                    yield bound == null ? null : Map.of(atLeast ? "atLeast" : "atMost", bound);
                }
                yield number(text, key, kind, errors);
            }
            case PLAN_ACTUAL -> throw new IllegalArgumentException("read as two fields");
        };
    }

    /**
     * A figure of 0 or more typed in a field of this form's kind (a set's weight), read as every other field is;
     * {@code null} with the field's message in {@code errors} when it is not one.
     */
    BigDecimal decimal(String text, String key, Map<String, String> errors) {
        return number(text, key, FactKind.DECIMAL, errors);
    }

    /** A score claimed at most {@code weight}, read as every claim is; {@code null} with its message otherwise. */
    BigDecimal claim(String text, String key, BigDecimal weight, Map<String, String> errors) {
        BigDecimal claimed = number(text, key, FactKind.DECIMAL, errors);
        if (claimed != null && claimed.compareTo(weight) > 0) {
            errors.put(key, pages.text("error.claimRange", Numbers.plain(weight)));
            return null;
        }
        return claimed;
    }

    /** A number as a clerk types it, checked against its kind; {@code null} with an error when it is not one. */
    private BigDecimal number(String text, String key, FactKind kind, Map<String, String> errors) {
        if (blank(text)) {
            return null;
        }
        String normal = halfWidth(text.strip());
        if (normal.endsWith("%")) {
            if (kind != FactKind.PERCENT) {
                errors.put(key, pages.text("error.notPercent"));
                return null;
            }
            normal = normal.substring(0, normal.length() - 1).strip();
        }
        Matcher matcher = NUMBER.matcher(normal);
        if (!matcher.matches()) {
            errors.put(key, pages.text(normal.startsWith("-") ? "error.negative" : "error.number", text.strip()));
            return null;
        }
        BigDecimal number = new BigDecimal(normal);
        if (number.compareTo(LARGEST) > 0) {
            errors.put(key, pages.text("error.figureTooLarge"));
            return null;
        }
        if (kind == FactKind.COUNT && number.stripTrailingZeros().scale() > 0) {
            errors.put(key, pages.text("error.count"));
            return null;
        }
        if (kind == FactKind.PERCENT && number.compareTo(BigDecimal.valueOf(100)) > 0) {
            errors.put(key, pages.text("error.percent"));
            return null;
        }
        return number;
    }

    /** Full-width digits, point and percent sign (typed with a Chinese input method) as their ASCII forms. */
    static String halfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            } else if (c == '．' || c == '。' && i > 0 && i < text.length() - 1) {
                out.append('.');
            } else if (c == '％') {
                out.append('%');
            } else if (c == '＞') {
                out.append('>');
            } else if (c == '＜') {
                out.append('<');
            } else if (c == '＝') {
                out.append('=');
            } else if (!Character.isWhitespace(c) && c != '　') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isZero(String text) {
        String normal = halfWidth(text.strip());
        return NUMBER.matcher(normal).matches() && new BigDecimal(normal).signum() == 0;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String textOrNull(String text) {
        return blank(text) ? null : text.strip();
    }
}
