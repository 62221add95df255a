package org.jixiao.engine.score;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import org.jixiao.engine.read.Problems;
import org.jixiao.engine.read.TextPolicy;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.PlanActual;
import org.jixiao.spi.scoring.Numbers;

/**
 * Checks a submitted fact value against its kind and converts it to what {@code FactView} hands out.
 *
 * <p>Internal to the engine: public for its other rooms only, not API.
 */
public final class FactConversion {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The largest number a fact may hold: a trillion, beyond any count, area or amount of a program. */
    static final BigDecimal LARGEST = BigDecimal.TEN.pow(12);

    private FactConversion() {}

    /** The converted value ({@link Boolean}, {@link Long}, {@link BigDecimal} or {@link PlanActual}), or null after reporting. */
    public static Object convert(FactKind kind, Object raw, String path, Problems problems) {
        return convert(kind, raw, path, problems, false);
    }

    public static Object convert(FactKind kind, Object raw, String path, Problems problems, boolean zeroPlanAllowed) {
        if (raw instanceof Map<?, ?> map
                && (kind == FactKind.COUNT || kind == FactKind.DECIMAL || kind == FactKind.PERCENT)) {
            return bound(kind, map, path, problems);
        }
        return switch (kind) {
            case FLAG -> {
                if (raw instanceof Boolean flag) {
                    yield flag;
                }
                yield fail(problems, path, "expected true or false, got " + describe(raw));
            }
            case COUNT -> {
                BigDecimal number = number(raw, path, problems);
                if (number == null) {
                    yield null;
                }
                // a whole number has no fraction to strip: only a scale above 0 needs the look
                if (number.signum() < 0
                        || number.scale() > 0 && number.stripTrailingZeros().scale() > 0) {
                    yield fail(problems, path, "expected " + kind.expected() + ", got " + Numbers.plain(number));
                }
                yield number.longValueExact();
            }
            case DECIMAL -> {
                BigDecimal number = number(raw, path, problems);
                if (number != null && number.signum() < 0) {
                    yield fail(problems, path, "expected " + kind.expected() + ", got " + Numbers.plain(number));
                }
                yield number;
            }
            case PERCENT -> {
                BigDecimal number = number(raw, path, problems);
                if (number != null && (number.signum() < 0 || number.compareTo(HUNDRED) > 0)) {
                    yield fail(
                            problems,
                            path,
                            "expected a percent number from 0 to 100 (16.4 means 16.4%), got " + Numbers.plain(number));
                }
                yield number;
            }
            case PLAN_ACTUAL -> planActual(raw, path, problems, zeroPlanAllowed);
            case TEXT -> {
                if (raw instanceof String text && !text.isBlank()) {
                    String refused = TextPolicy.problem(text, true);
                    if (refused != null) {
                        yield fail(problems, path, refused);
                    }
                    if (text.length() > 5000) {
                        yield fail(problems, path, "expected a text of at most 5000 characters, got " + text.length());
                    }
                    yield text.strip();
                }
                yield fail(problems, path, "expected " + kind.expected() + ", got " + describe(raw));
            }
        };
    }

    /** {@code {atLeast: 80}}, {@code {atMost: 20}} or both: each end checked as the figure itself would be. */
    private static Object bound(FactKind kind, Map<?, ?> map, String path, Problems problems) {
        int before = problems.list().size();
        for (Object key : map.keySet()) {
            if (!"atLeast".equals(key) && !"atMost".equals(key)) {
                problems.at(
                        path + "." + key,
                        "unknown key \"" + key + "\"; a figure known only as a bound is written"
                                + " {atLeast: 80}, {atMost: 20} or both");
            }
        }
        if (map.isEmpty()) {
            problems.at(
                    path, "expected " + kind.expected() + ", or a bound such as {atLeast: 80}; got an empty object");
            return null;
        }
        Object low = map.containsKey("atLeast") ? convert(kind, map.get("atLeast"), path + ".atLeast", problems) : null;
        Object high = map.containsKey("atMost") ? convert(kind, map.get("atMost"), path + ".atMost", problems) : null;
        if (problems.list().size() > before) {
            return null;
        }
        BigDecimal lower = low == null ? null : low instanceof Long l ? BigDecimal.valueOf(l) : (BigDecimal) low;
        BigDecimal upper = high == null ? null : high instanceof Long l ? BigDecimal.valueOf(l) : (BigDecimal) high;
        if (lower != null && upper != null && lower.compareTo(upper) > 0) {
            problems.at(path, "atLeast " + Numbers.plain(lower) + " is above atMost " + Numbers.plain(upper));
            return null;
        }
        // a bound that leaves one figure is that figure: {atMost: 0} of a count is 0, {atLeast: 100} of a percent 100
        BigDecimal floor = BigDecimal.ZERO;
        BigDecimal ceiling = kind == FactKind.PERCENT ? HUNDRED : null;
        BigDecimal least = lower == null ? floor : lower;
        BigDecimal most = upper == null ? ceiling : upper;
        if (most != null && least.compareTo(most) == 0) {
            return kind == FactKind.COUNT ? (Object) least.longValueExact() : least;
        }
        return new org.jixiao.spi.Bound(lower, upper);
    }

    private static Object planActual(Object raw, String path, Problems problems, boolean zeroPlanAllowed) {
        if (raw instanceof PlanActual pair) {
            return pair;
        }
        if (!(raw instanceof Map<?, ?> map)) {
            return fail(problems, path, "expected " + FactKind.PLAN_ACTUAL.expected() + ", got " + describe(raw));
        }
        Object planGiven = map.get("plan");
        Object actualGiven = map.get("actual");
        // two keys holding values are plan and actual: only otherwise look for a stranger among the keys
        if (map.size() > 2 || map.size() == 2 && (planGiven == null || actualGiven == null)) {
            for (Object key : map.keySet()) {
                if (!"plan".equals(key) && !"actual".equals(key)) {
                    problems.at(
                            path + "." + key,
                            "unknown key \"" + key + "\"; a plan-and-actual pair has only plan" + " and actual");
                }
            }
        }
        BigDecimal plan = part(map, "plan", planGiven, path, problems);
        BigDecimal actual = part(map, "actual", actualGiven, path, problems);
        if (zeroPlanAllowed && plan != null && plan.signum() == 0 && actual != null && actual.signum() >= 0) {
            return new PlanZeroRule.ZeroPlan(actual);
        }
        if (plan != null && plan.signum() <= 0) {
            problems.at(
                    path + ".plan",
                    "expected a plan greater than 0, got " + Numbers.plain(plan)
                            + "; a completion rate needs a planned quantity");
            plan = null;
        }
        if (actual != null && actual.signum() < 0) {
            problems.at(path + ".actual", "expected an actual quantity of 0 or more, got " + Numbers.plain(actual));
            actual = null;
        }
        return plan == null || actual == null ? null : new PlanActual(plan, actual);
    }

    private static BigDecimal part(Map<?, ?> map, String key, Object value, String path, Problems problems) {
        if (value instanceof BigDecimal number && number.signum() >= 0 && withinLargest(number)) {
            return number; // the common case, without building the path a message would need
        }
        if (!map.containsKey(key)) {
            problems.at(path, "missing key \"" + key + "\"; expected " + FactKind.PLAN_ACTUAL.expected());
            return null;
        }
        return number(value, path + "." + key, problems);
    }

    private static BigDecimal number(Object raw, String path, Problems problems) {
        BigDecimal number = anyNumber(raw, path, problems);
        if (number != null && !withinLargest(number)) {
            fail(
                    problems,
                    path,
                    "got " + number.toPlainString() + "; numbers larger than " + LARGEST.toPlainString()
                            + " are refused as implausible: check the unit and the digits");
            return null;
        }
        return number;
    }

    /**
     * Whether the number's magnitude is at most {@link #LARGEST}. Settled from its digits when it has at most twelve
     * before the point (it is then below 10^12), which is nearly always: comparing with a number of another scale
     * first scales one of them.
     */
    static boolean withinLargest(BigDecimal number) {
        return number.precision() - number.scale() <= 12 || number.abs().compareTo(LARGEST) <= 0;
    }

    private static BigDecimal anyNumber(Object raw, String path, Problems problems) {
        if (raw instanceof BigDecimal number) {
            return number;
        }
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
            return BigDecimal.valueOf(((Number) raw).longValue());
        }
        if (raw instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (raw instanceof Double || raw instanceof Float) {
            fail(
                    problems,
                    path,
                    "got a floating-point " + raw + "; give a BigDecimal or an integer so that" + " scores stay exact");
            return null;
        }
        if (raw instanceof String text) {
            fail(
                    problems,
                    path,
                    "expected a number, got the text \"" + text + "\"; write numbers without quotes,"
                            + " thousands separators or units");
            return null;
        }
        fail(problems, path, "expected a number, got " + describe(raw));
        return null;
    }

    private static Object fail(Problems problems, String path, String message) {
        problems.at(path, message);
        return null;
    }

    static String describe(Object raw) {
        if (raw == null) {
            return "null";
        }
        if (raw instanceof String text) {
            return "the text \"" + text + "\"";
        }
        if (raw instanceof Map<?, ?>) {
            return "an object";
        }
        if (raw instanceof java.util.List<?>) {
            return "a list";
        }
        if (raw instanceof BigDecimal number) {
            return Numbers.plain(number);
        }
        return String.valueOf(raw);
    }
}
