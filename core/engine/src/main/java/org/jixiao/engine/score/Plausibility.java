package org.jixiao.engine.score;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jixiao.engine.problem.Origin;
import org.jixiao.engine.problem.Suggestions;
import org.jixiao.engine.read.Locator;
import org.jixiao.engine.read.Problems;
import org.jixiao.engine.rubric.Rubric;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.PlanActual;
import org.jixiao.spi.Plausible;
import org.jixiao.spi.scoring.Numbers;

/**
 * The compiled rubric's checks of what each figure plausibly is — the indicator types' declarations, overridden and
 * extended by the rubric's own ({@code facts: {area: {ratio: {per: households, min: .., max: ..}}}}) — and the
 * warnings a submission's figures earn against them. A warning names the figure with its unit and, where a unit slip
 * explains it, the unit it was probably typed in: a figure is never silently taken for what it is not, and never
 * silently changed either.
 */
final class Plausibility {
    // Why this file is long: the checks and the compiling of them from a rubric's facts block and its slots'
    // declarations; the compiling half was moved here from RubricCompiler so that the rule lives in one file.

    /** One fact's checks: its own range or actual-to-plan ratio, and its ratio to another fact. */
    record Check(
            String fact,
            FactKind kind,
            String label,
            String unit,
            Plausible range,
            Rubric.Ratio ratio,
            String perLabel,
            String perUnit) {}

    static final Plausibility NONE = new Plausibility(List.of());

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext RATIO = new MathContext(12, RoundingMode.HALF_UP);

    private final List<Check> checks;
    /** Each check's fact, and its ratio's fact, by the compiled rubric's fact index; -1 for a weight fact. */
    private final int[] factAt;

    private final int[] perAt;
    /** The facts whose actual-to-plan ratio is declared (then the engine's ten-times warning gives way). */
    private final java.util.Set<String> toPlanDeclared;

    Plausibility(List<Check> checks) {
        this(checks, null);
    }

    private Plausibility(List<Check> checks, Map<String, Integer> index) {
        this.checks = List.copyOf(checks);
        this.factAt = new int[this.checks.size()];
        this.perAt = new int[this.checks.size()];
        java.util.Set<String> declared = new java.util.HashSet<>();
        for (int k = 0; k < this.checks.size(); k++) {
            Check check = this.checks.get(k);
            factAt[k] = index == null ? -1 : index.getOrDefault(check.fact(), -1);
            perAt[k] = index == null || check.ratio() == null
                    ? -1
                    : index.getOrDefault(check.ratio().per(), -1);
            if (check.range() != null && check.range().maxActualToPlan() != null) {
                declared.add(check.fact());
            }
        }
        this.toPlanDeclared = java.util.Set.copyOf(declared);
    }

    /** The same checks with their facts found by index once, at compile time, rather than by name per submission. */
    Plausibility indexed(Map<String, Integer> index) {
        return checks.isEmpty() ? this : new Plausibility(checks, index);
    }

    List<Check> checks() {
        return checks;
    }

    /** Whether a plan-and-actual fact has its own actual-to-plan ratio (else the engine's ten-times warning holds). */
    boolean declaresActualToPlan(String fact) {
        for (Check check : checks) {
            if (check.fact().equals(fact)
                    && check.range() != null
                    && check.range().maxActualToPlan() != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The warnings the figures earn.
     *
     * @param values the converted facts by the rubric's fact index
     * @param index the rubric's fact index by name
     * @param raw the submission's facts as given (weight facts are not in {@code values})
     * @param locator where each fact was written, to name its cell
     */
    List<String> warnings(Object[] values, Map<String, Integer> index, Map<String, Object> raw, Locator locator) {
        if (checks.isEmpty()) {
            return List.of();
        }
        List<String> warnings = null;
        for (int k = 0; k < checks.size(); k++) {
            Check check = checks.get(k);
            Object value = value(factAt[k], check.fact(), values, index, raw);
            if (value == null) {
                continue;
            }
            Object other =
                    check.ratio() == null ? null : value(perAt[k], check.ratio().per(), values, index, raw);
            boolean outOfRange = check.range() != null && !inRange(check.range(), value);
            if (outOfRange
                    || check.ratio() != null && !inRatio(check.ratio(), value, other)
                    || fraction(check, value)) {
                // the rare path: build the messages only where a figure may be out of its range
                List<String> found = new ArrayList<>(0);
                String path = "facts." + check.fact();
                if (value instanceof PlanActual pair) {
                    if (check.range() != null) {
                        range(check, pair.plan(), "计划数", path + ".plan", locator, found);
                        range(check, pair.actual(), "实际数", path + ".actual", locator, found);
                        toPlan(check, pair, path + ".actual", locator, found);
                    }
                } else if (value instanceof BigDecimal number && outOfRange) {
                    range(check, number, null, path, locator, found);
                } else if (value instanceof BigDecimal number) {
                    // within its range (or with none), but a percent below 1 is more likely a fraction typed for it
                    found.add(where(locator, path) + ": " + check.label() + " " + plain(number) + "% is below 1%: "
                            + hint(check, number, null, null));
                }
                if (check.ratio() != null) {
                    per(check, value, other, path, locator, found);
                }
                if (!found.isEmpty()) {
                    if (warnings == null) {
                        warnings = new ArrayList<>();
                    }
                    warnings.addAll(found);
                }
            }
        }
        return warnings == null ? List.of() : warnings;
    }

    /** Whether a percent figure lies strictly between 0 and 1: 0.164 typed for 16.4%, whatever its declared range. */
    private static boolean fraction(Check check, Object value) {
        return check.kind() == FactKind.PERCENT
                && value instanceof BigDecimal number
                && number.signum() > 0
                && number.compareTo(BigDecimal.ONE) < 0;
    }

    /** Whether a figure, or a plan and actual pair, is within its range: compared, never divided. */
    private static boolean inRange(Plausible range, Object value) {
        if (value instanceof PlanActual pair) {
            return within(range, pair.plan())
                    && within(range, pair.actual())
                    && (range.maxActualToPlan() == null
                            || pair.actual().compareTo(pair.plan().multiply(range.maxActualToPlan())) <= 0);
        }
        return within(range, (BigDecimal) value);
    }

    /** Whether a figure's ratio to another is within the declared one (plan to plan, actual to actual). */
    private static boolean inRatio(Rubric.Ratio ratio, Object value, Object other) {
        BigDecimal[] figures = figures(value);
        BigDecimal[] bases = figures(other);
        if (figures == null || bases == null) {
            return true;
        }
        for (int k = 0; k < figures.length; k++) {
            if (outOfRatio(ratio, figures[k], bases[Math.min(k, bases.length - 1)]) != 0) {
                return false;
            }
        }
        return true;
    }

    /** -1 when a figure is below its ratio to base, 1 above, 0 within or when base is not above 0: multiplied. */
    private static int outOfRatio(Rubric.Ratio ratio, BigDecimal figure, BigDecimal base) {
        if (base.signum() <= 0) {
            return 0;
        }
        if (ratio.min() != null && figure.compareTo(base.multiply(ratio.min())) < 0) {
            return -1;
        }
        return ratio.max() != null && figure.compareTo(base.multiply(ratio.max())) > 0 ? 1 : 0;
    }

    /**
     * "was it typed in 平方米?": the figure is in a 万-unit and, read as typed in the unit without 万 (divided by
     * 10,000), would be plausible.
     */
    private static String typedWithoutWan(String unit, boolean plausibleDividedByTenThousand) {
        return unit.startsWith("万") && plausibleDividedByTenThousand
                ? "was it typed in " + unit.substring(1) + "?"
                : null;
    }

    private static boolean within(Plausible range, BigDecimal figure) {
        return (range.min() == null || figure.compareTo(range.min()) >= 0)
                && (range.max() == null || figure.compareTo(range.max()) <= 0);
    }

    private static Object value(
            int at, String fact, Object[] values, Map<String, Integer> index, Map<String, Object> raw) {
        Integer i = at >= 0 ? Integer.valueOf(at) : index.get(fact);
        Object value = i != null ? values[i] : raw.get(fact);
        if (value instanceof Long whole) {
            return BigDecimal.valueOf(whole);
        }
        return value instanceof BigDecimal || value instanceof PlanActual ? value : null;
    }

    private static void range(
            Check check, BigDecimal figure, String part, String path, Locator locator, List<String> warnings) {
        Plausible range = check.range();
        boolean below = range.min() != null && figure.compareTo(range.min()) < 0;
        boolean above = range.max() != null && figure.compareTo(range.max()) > 0;
        if (!below && !above) {
            return;
        }
        String what = name(check.label(), part) + " " + withUnit(figure, check.unit());
        String message = what + " is " + (below ? "below" : "above") + " the plausible "
                + (below ? withUnit(range.min(), check.unit()) : withUnit(range.max(), check.unit()))
                + (range.min() != null && range.max() != null
                        ? " (plausibly " + plain(range.min()) + " to " + withUnit(range.max(), check.unit()) + ")"
                        : "")
                + ": " + hint(check, figure, range.min(), range.max());
        warnings.add(where(locator, path) + ": " + message);
    }

    private static void toPlan(Check check, PlanActual pair, String path, Locator locator, List<String> warnings) {
        BigDecimal most = check.range().maxActualToPlan();
        if (most == null
                || pair.plan().signum() <= 0
                || pair.actual().compareTo(pair.plan().multiply(most)) <= 0) {
            return;
        }
        BigDecimal times = pair.actual().divide(pair.plan(), RATIO);
        String hint = typedWithoutWan(
                check.unit(),
                pair.actual().divide(TEN_THOUSAND).compareTo(pair.plan().multiply(most)) <= 0);
        if (hint == null) {
            hint = "check the digits and the unit of both figures";
        }
        warnings.add(where(locator, path) + ": " + name(check.label(), "实际数") + " "
                + withUnit(pair.actual(), check.unit()) + " is about " + about(times) + " times the plan of "
                + withUnit(pair.plan(), check.unit()) + " (plausibly at most " + plain(most) + " times): " + hint);
    }

    private static void per(
            Check check, Object value, Object other, String path, Locator locator, List<String> warnings) {
        Rubric.Ratio ratio = check.ratio();
        BigDecimal[] figures = figures(value);
        BigDecimal[] bases = figures(other);
        if (figures == null || bases == null) {
            return;
        }
        String[] parts = figures.length == 2 ? new String[] {"计划数", "实际数"} : new String[] {null};
        String[] paths = figures.length == 2 ? new String[] {path + ".plan", path + ".actual"} : new String[] {path};
        for (int k = 0; k < figures.length; k++) {
            BigDecimal base = bases[Math.min(k, bases.length - 1)];
            int out = outOfRatio(ratio, figures[k], base);
            if (out == 0) {
                continue;
            }
            BigDecimal each = figures[k].divide(base, RATIO);
            String perUnit = check.perUnit();
            BigDecimal scaled = each.divide(TEN_THOUSAND);
            String hint = typedWithoutWan(
                    check.unit(),
                    out > 0
                            && (ratio.max() == null || scaled.compareTo(ratio.max()) <= 0)
                            && (ratio.min() == null || scaled.compareTo(ratio.min()) >= 0));
            if (hint == null) {
                hint = "check the digits and the unit of both figures";
            }
            warnings.add(where(locator, paths[k]) + ": " + name(check.label(), parts[k]) + " "
                    + withUnit(figures[k], check.unit()) + " for "
                    + name(check.perLabel(), bases.length == 2 ? parts[k] : null)
                    + " " + withUnit(base, perUnit) + " is "
                    + plain(each.round(new MathContext(3, RoundingMode.HALF_UP)))
                    + check.unit() + (perUnit.isEmpty() ? " each" : " a " + perUnit) + ", plausibly "
                    + (ratio.min() == null
                            ? "at most " + plain(ratio.max())
                            : ratio.max() == null
                                    ? "at least " + plain(ratio.min())
                                    : plain(ratio.min()) + " to " + plain(ratio.max()))
                    + ": " + hint);
        }
    }

    private static BigDecimal[] figures(Object value) {
        if (value instanceof PlanActual pair) {
            return new BigDecimal[] {pair.plan(), pair.actual()};
        }
        return value instanceof BigDecimal number ? new BigDecimal[] {number} : null;
    }

    /** Why the figure may be off: a fraction for a percent, a unit without 万, else the digits. */
    private static String hint(Check check, BigDecimal figure, BigDecimal min, BigDecimal max) {
        if (check.kind() == FactKind.PERCENT && figure.signum() > 0 && figure.compareTo(BigDecimal.ONE) < 0) {
            return "was the fraction " + plain(figure) + " written for " + plain(figure.multiply(HUNDRED)) + "%?";
        }
        BigDecimal scaled = figure.divide(TEN_THOUSAND);
        String typed = typedWithoutWan(
                check.unit(),
                max != null
                        && figure.compareTo(max) > 0
                        && scaled.compareTo(max) <= 0
                        && (min == null || scaled.compareTo(min) >= 0));
        return typed != null ? typed : "check the digits and the unit";
    }

    private static String name(String label, String part) {
        return part == null ? label : label + " " + part;
    }

    /** A warning's place: the cell of a workbook (填报!F20), else the path as other warnings give it. */
    static String where(Locator locator, String path) {
        Origin origin = locator.origin(path).orElse(null);
        if (origin != null && origin.position() == null && origin.path() != null && !path.equals(origin.path())) {
            return origin.path();
        }
        return path;
    }

    private static String withUnit(BigDecimal figure, String unit) {
        return plain(figure) + unit;
    }

    private static String plain(BigDecimal number) {
        return Numbers.plain(number);
    }

    /** A ratio as a person says it: two significant digits, with thousands separators (about 1,500 times). */
    private static String about(BigDecimal times) {
        BigDecimal rounded = times.round(new MathContext(2, RoundingMode.HALF_UP));
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(rounded);
    }

    /**
     * Compiles the plausibility checks (part of {@link RubricCompiler}): each fact's slot declaration unless the rubric's {@code facts} replaces it, the rubric's
     * ratios between facts, and its ranges of roll-up weights. A declaration for a fact the rubric does not read, or a
     * ratio to one, is a rubric warning (an extending rubric may have removed its reader); one that cannot apply to its
     * fact's kind is refused.
     */
    static Plausibility compile(
            Rubric rubric,
            Map<String, RubricCompiler.FactUse> facts,
            List<String> weights,
            Slots slots,
            Problems problems,
            Locator locator,
            String source,
            List<String> warnings) {
        List<String> known = new ArrayList<>(facts.keySet());
        known.addAll(weights);
        // a declaration of a fact the rubric does not read is a warning, not a refusal: a rubric extending this one
        // may remove the indicator that read it
        Set<String> unused = new TreeSet<>();
        rubric.facts().forEach((name, declared) -> {
            RubricCompiler.FactUse use = facts.get(name);
            String path = "facts." + name;
            if (use == null && !weights.contains(name)) {
                unused.add(name
                        + Suggestions.closest(name, known)
                                .map(c -> " (did you mean " + c + "?)")
                                .orElse(""));
                return;
            }
            FactKind kind = use == null ? FactKind.DECIMAL : use.kind();
            if ((declared.plausible() != null || declared.ratio() != null)
                    && (kind == FactKind.FLAG || kind == FactKind.TEXT)) {
                problems.at(path, "fact \"" + name + "\" is " + kind.expected() + ": it has no plausible range");
            }
            if (declared.plausible() != null
                    && declared.plausible().maxActualToPlan() != null
                    && kind != FactKind.PLAN_ACTUAL) {
                problems.at(
                        path + ".plausible.actualToPlan",
                        "fact \"" + name + "\" is " + kind.expected()
                                + ", not a plan and actual pair: it has no actual-to-plan ratio");
            }
            if (declared.ratio() != null) {
                String per = declared.ratio().per();
                RubricCompiler.FactUse base = facts.get(per);
                if (base == null && !weights.contains(per)) {
                    unused.add(name + " (ratio per " + per + ")");
                } else if (base != null && (base.kind() == FactKind.FLAG || base.kind() == FactKind.TEXT)) {
                    problems.at(
                            path + ".ratio.per",
                            "fact \"" + per + "\" is " + base.kind().expected() + ": a figure cannot be divided by it");
                }
            }
        });
        if (!unused.isEmpty()) {
            Origin at = locator.origin("facts").orElse(null);
            warnings.add((at == null ? source : at.source() + (at.position() == null ? "" : ":" + at.position()))
                    + ": facts: the rubric reads no fact " + String.join(", ", unused)
                    + ", so what it says of it is not used");
        }
        List<Plausibility.Check> checks = new ArrayList<>();
        for (RubricCompiler.FactUse use : facts.values()) {
            if (use.kind() == FactKind.FLAG || use.kind() == FactKind.TEXT) {
                continue;
            }
            checks.add(check(
                    rubric,
                    slots,
                    use.name(),
                    use.kind(),
                    slots.labels().getOrDefault(use.name(), use.label()),
                    slots.units().getOrDefault(use.name(), use.unit()),
                    slots.plausible().get(use.name()),
                    facts));
        }
        checks.removeIf(check -> check.ratio() != null
                && !facts.containsKey(check.ratio().per())
                && !weights.contains(check.ratio().per()));
        for (String weight : weights) {
            if (!facts.containsKey(weight)) {
                checks.add(check(rubric, slots, weight, FactKind.DECIMAL, weight, "", null, facts));
            }
        }
        // a percent is checked whatever it declares: one between 0 and 1 is likely a fraction typed for it
        checks.removeIf(check -> check.range() == null && check.ratio() == null && check.kind() != FactKind.PERCENT);
        return checks.isEmpty() ? Plausibility.NONE : new Plausibility(checks);
    }

    private static Plausibility.Check check(
            Rubric rubric,
            Slots slots,
            String name,
            FactKind kind,
            String label,
            String unit,
            Plausible range,
            Map<String, RubricCompiler.FactUse> facts) {
        Rubric.FactDeclaration declared = rubric.facts().get(name);
        if (declared == null) {
            return new Plausibility.Check(name, kind, label, unit, range, null, null, null);
        }
        Rubric.Ratio ratio = declared.ratio();
        String perLabel = null;
        String perUnit = null;
        if (ratio != null) {
            RubricCompiler.FactUse base = facts.get(ratio.per());
            Rubric.FactDeclaration baseDeclared = rubric.facts().get(ratio.per());
            perLabel = baseDeclared != null && baseDeclared.label() != null
                    ? baseDeclared.label()
                    : base != null ? slots.labels().getOrDefault(ratio.per(), base.label()) : ratio.per();
            perUnit = baseDeclared != null && baseDeclared.unit() != null
                    ? baseDeclared.unit()
                    : slots.units().getOrDefault(ratio.per(), base != null ? base.unit() : "");
        }
        return new Plausibility.Check(
                name,
                kind,
                declared.label() != null ? declared.label() : label,
                declared.unit() != null ? declared.unit() : unit,
                declared.plausible() != null ? declared.plausible() : range,
                ratio,
                perLabel,
                perUnit);
    }

    /** What each fact's first slot says of it: its plausible range, unit and label, by fact name. */
    record Slots(Map<String, Plausible> plausible, Map<String, String> units, Map<String, String> labels) {}
}
