package org.jixiao.engine.score;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jixiao.engine.problem.Origin;
import org.jixiao.engine.problem.Suggestions;
import org.jixiao.engine.read.Locator;
import org.jixiao.engine.read.Problems;
import org.jixiao.engine.rubric.GradeBand;
import org.jixiao.engine.rubric.Rubric;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.FactSlot;
import org.jixiao.spi.Indicator;
import org.jixiao.spi.IndicatorConfig;
import org.jixiao.spi.InvalidParameterException;
import org.jixiao.spi.ParameterSpec;
import org.jixiao.spi.Parameters;
import org.jixiao.spi.Plausible;
import org.jixiao.spi.RollupRule;
import org.jixiao.spi.scoring.Numbers;

/**
 * Checks a {@link Rubric} against the known types and compiles it: every problem is collected and
 * reported at once, each with its path and, when the rubric came from a file, its line.
 *
 * <p>Internal to the engine: public for its other rooms only, not API.
 */
public final class RubricCompiler {
    // Why this file is long: one pass over a rubric that collects every problem at once (ids, weights, grade bands,
    // rows, their types and parameters) into one Problems and one fact table; roll-up and plausibility compile in
    // FactRollup and Plausibility.

    private static final Pattern RUBRIC_ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern ITEM_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*");

    private final Map<String, RegisteredType> types;
    private final String source;
    private final Problems problems;
    private final Locator locator;

    private final Duration scoringBudget;
    /**
     * What each fact's first slot says it plausibly is, and its unit (a generic type's from the row's "unit"): the
     * one place that rule lives, for plausibility messages here and forms through {@link CompiledRubric#unit}.
     */
    private final Map<String, Plausible> slotPlausible = new HashMap<>();

    private final Map<String, String> slotUnits = new HashMap<>();
    /** A plan-and-actual slot of a generic type is named by its row: 改造面积, not 年度计划量与实际开工量. */
    private final Map<String, String> slotLabels = new HashMap<>();

    private final List<String> plausibilityWarnings = new ArrayList<>();

    public RubricCompiler(Map<String, RegisteredType> types, Duration scoringBudget, String source, Locator locator) {
        this.types = types;
        this.scoringBudget = scoringBudget;
        this.source = source;
        this.problems = new Problems("rubric", source, locator);
        this.locator = locator;
    }

    public CompiledRubric compile(Rubric rubric) {
        if (!RUBRIC_ID.matcher(rubric.id()).matches()) {
            problems.at(
                    "id",
                    "rubric id \"" + rubric.id()
                            + "\" must be lower-case letters, digits, '.', '_' or '-', such as henan-2020-old-community");
        }
        if (rubric.version().isBlank()) {
            problems.at("version", "the rubric needs a version, such as 2020.1");
        }
        if (rubric.total().signum() <= 0) {
            problems.at("total", "the total must be greater than 0, got " + Numbers.plain(rubric.total()));
        }
        List<GradeBand> bands = checkGrades(rubric.grades());
        for (int i = 0; i < rubric.grades().size(); i++) {
            GradeBand band = rubric.grades().get(i);
            if (band.min().compareTo(rubric.total()) > 0
                    || !band.inclusive() && band.min().compareTo(rubric.total()) >= 0) {
                problems.at(
                        "grades[" + i + "]",
                        "grade band " + band.grade() + " starts " + band.boundary() + ", beyond the rubric's total of "
                                + Numbers.plain(rubric.total()) + ": no total can reach it");
            }
        }
        Set<String> ids = new HashSet<>(Set.of(CompiledRubric.TOTAL_ID));
        Map<String, FactUse> facts = new LinkedHashMap<>();
        List<CompiledRubric.Group> groups = new ArrayList<>();
        BigDecimal groupSum = BigDecimal.ZERO;
        if (rubric.groups().isEmpty()) {
            problems.at("groups", "a rubric needs at least one group");
        }
        for (int g = 0; g < rubric.groups().size(); g++) {
            Rubric.Group group = rubric.groups().get(g);
            String path = "groups[" + g + "]";
            checkId(group.id(), path + ".id", ids);
            checkWeight(group.weight(), path + ".weight", "group " + group.id());
            groupSum = groupSum.add(group.weight());
            BigDecimal rowSum = BigDecimal.ZERO;
            List<CompiledRubric.Row> rows = new ArrayList<>();
            if (group.indicators().isEmpty()) {
                problems.at(path + ".indicators", "group " + group.id() + " has no indicators");
            }
            List<String> rowPaths = new ArrayList<>();
            rowPaths(group, path, rowPaths);
            checkSubgroups(group, path, "group", ids);
            for (int r = 0; r < group.indicators().size(); r++) {
                Rubric.Row row = group.indicators().get(r);
                rowSum = rowSum.add(row.weight());
                CompiledRubric.Row compiled = row(row, rowPaths.get(r), ids, facts);
                if (compiled != null) {
                    rows.add(compiled);
                }
            }
            if (group.subgroups().isEmpty() && !group.indicators().isEmpty() && rowSum.compareTo(group.weight()) != 0) {
                problems.at(
                        path,
                        "group " + group.id() + ": indicator weights add up to " + Numbers.plain(rowSum)
                                + ", the group's weight is " + Numbers.plain(group.weight()));
            }
            groups.add(new CompiledRubric.Group(group, rows));
        }
        if (!rubric.groups().isEmpty() && groupSum.compareTo(rubric.total()) != 0) {
            problems.at(
                    "groups",
                    "group weights add up to " + Numbers.plain(groupSum) + ", the rubric's total is "
                            + Numbers.plain(rubric.total()));
        }
        CompiledRubric.Extra bonus = extra(rubric.bonus(), "bonus", ids, facts);
        CompiledRubric.Extra penalty = extra(rubric.penalty(), "penalty", ids, facts);
        for (int v = 0; v < rubric.vetoes().size(); v++) {
            Rubric.Veto veto = rubric.vetoes().get(v);
            String path = "vetoes[" + v + "]";
            checkId(veto.id(), path + ".id", ids);
            FactUse earlier = facts.get(veto.fact());
            if (earlier != null && earlier.kind() != FactKind.FLAG) {
                problems.at(
                        path + ".fact",
                        "veto " + veto.id() + " needs fact \"" + veto.fact() + "\" to be true or"
                                + " false, but indicator " + earlier.indicatorId() + " reads it as "
                                + earlier.kind().expected());
            } else if (earlier == null) {
                facts.put(
                        veto.fact(),
                        new FactUse(veto.fact(), FactKind.FLAG, veto.name(), "", veto.id(), veto.name(), false, null));
            }
        }
        JudgementRules.check(rubric, facts, problems);
        JudgementRules.checkCaps(rubric, facts, problems);
        FactRollup rollup = FactRollup.compile(rubric.rollup(), facts, problems, locator, source);
        Plausibility plausibility = Plausibility.compile(
                rubric,
                facts,
                rollup.weightOnly(),
                new Plausibility.Slots(slotPlausible, slotUnits, slotLabels),
                problems,
                locator,
                source,
                plausibilityWarnings);
        problems.throwIfAny();
        // every fact is known now: bind each row's slots to the facts' indices, once
        Map<String, Integer> index = indexOf(List.copyOf(facts.keySet()));
        groups = groups.stream()
                .map(g -> new CompiledRubric.Group(g.group(), bound(g.rows(), index)))
                .toList();
        bonus = bonus == null ? null : new CompiledRubric.Extra(bonus.extra(), bound(bonus.rows(), index));
        penalty = penalty == null ? null : new CompiledRubric.Extra(penalty.extra(), bound(penalty.rows(), index));
        return new CompiledRubric(
                rubric,
                source,
                locator,
                bands,
                groups,
                bonus,
                penalty,
                facts,
                rollup,
                plausibility.indexed(index),
                slotUnits,
                scoringBudget,
                warnings(rubric));
    }

    private List<String> warnings(Rubric rubric) {
        List<String> all = new ArrayList<>(criteriaWarnings(rubric));
        all.addAll(plausibilityWarnings);
        return all;
    }

    private static final Pattern POINTS = Pattern.compile("[(（]\\s*([0-9]+(?:\\.[0-9]+)?)\\s*分\\s*[)）]");

    /**
     * Rows whose 评分标准 states points that do not add up to the row's weight — as when a rubric that extends
     * another changes a weight and keeps the base's text ("(15分)…" for a row now worth 10).
     */
    private List<String> criteriaWarnings(Rubric rubric) {
        List<String> warnings = new ArrayList<>();
        List<Rubric.Row> rows = new ArrayList<>();
        rubric.groups().forEach(group -> rows.addAll(group.indicators()));
        for (Rubric.Row row : rows) {
            Matcher m = POINTS.matcher(row.criteria());
            BigDecimal stated = BigDecimal.ZERO;
            boolean any = false;
            while (m.find()) {
                BigDecimal points = new BigDecimal(m.group(1));
                if (points.signum() > 0) {
                    stated = stated.add(points);
                    any = true;
                }
            }
            if (any && stated.compareTo(row.weight()) != 0) {
                Origin at = locator.origin(pathOf(rubric, row) + ".criteria").orElse(null);
                warnings.add((at == null ? source : at.source() + (at.position() == null ? "" : ":" + at.position()))
                        + ": indicator " + row.id() + ": 评分标准 states " + Numbers.plain(stated)
                        + " points in all, the row's"
                        + " weight is " + Numbers.plain(row.weight()) + "; update the text if the weight changed");
            }
        }
        return warnings;
    }

    private static String pathOf(Rubric rubric, Rubric.Row row) {
        for (int g = 0; g < rubric.groups().size(); g++) {
            int r = rubric.groups().get(g).indicators().indexOf(row);
            if (r >= 0) {
                return "groups[" + g + "].indicators[" + r + "]";
            }
        }
        return "";
    }

    private CompiledRubric.Extra extra(Rubric.Extra extra, String key, Set<String> ids, Map<String, FactUse> facts) {
        if (extra == null) {
            return null;
        }
        if (extra.cap().signum() <= 0) {
            problems.at(
                    key + ".cap", key + " items: the cap must be greater than 0, got " + Numbers.plain(extra.cap()));
        }
        List<CompiledRubric.Row> rows = new ArrayList<>();
        for (int r = 0; r < extra.indicators().size(); r++) {
            CompiledRubric.Row row = row(extra.indicators().get(r), key + ".indicators[" + r + "]", ids, facts);
            if (row != null) {
                rows.add(row);
            }
        }
        return new CompiledRubric.Extra(extra, rows);
    }

    private List<GradeBand> checkGrades(List<GradeBand> grades) {
        if (grades.isEmpty()) {
            problems.at("grades", "a rubric needs grade bands, such as 优 from 90, 良 from 80, 中 from 60, 差 from 0");
            return List.of();
        }
        // a band "above 95" is higher than one "from 95"
        Comparator<GradeBand> highestFirst = Comparator.comparing(GradeBand::min)
                .thenComparing(band -> !band.inclusive())
                .reversed();
        List<GradeBand> sorted = new ArrayList<>(grades);
        sorted.sort(highestFirst);
        if (!sorted.equals(grades)) {
            problems.at("grades", "list grade bands from the highest to the lowest");
        }
        Set<String> boundaries = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < grades.size(); i++) {
            GradeBand band = grades.get(i);
            if (!boundaries.add(band.boundary())) {
                problems.at("grades[" + i + "]", "two grade bands start at " + band.boundary());
            }
            if (!names.add(band.grade())) {
                problems.at("grades[" + i + "].grade", "grade " + band.grade() + " is listed twice");
            }
        }
        GradeBand lowest = sorted.get(sorted.size() - 1);
        if (!lowest.admits(BigDecimal.ZERO)) {
            problems.at(
                    "grades",
                    "the lowest grade band, " + lowest.grade() + ", starts at " + lowest.boundary()
                            + "; a lower total would have no grade: let the lowest band start at 0 (min: 0)");
        }
        return List.copyOf(sorted);
    }

    /** Where each scored row of {@code group} is written, through its sub-groups. */
    private static void rowPaths(Rubric.Group group, String path, List<String> paths) {
        if (group.subgroups().isEmpty()) {
            for (int r = 0; r < group.indicators().size(); r++) {
                paths.add(path + ".indicators[" + r + "]");
            }
            return;
        }
        for (int s = 0; s < group.subgroups().size(); s++) {
            rowPaths(group.subgroups().get(s), path + ".indicators[" + s + "]", paths);
        }
    }

    /** Every level adds up: a group's sub-groups to its weight, and each sub-group's own parts to its weight. */
    private void checkSubgroups(Rubric.Group group, String path, String what, Set<String> ids) {
        if (group.subgroups().isEmpty()) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int s = 0; s < group.subgroups().size(); s++) {
            Rubric.Group subgroup = group.subgroups().get(s);
            String at = path + ".indicators[" + s + "]";
            checkId(subgroup.id(), at + ".id", ids);
            checkWeight(subgroup.weight(), at + ".weight", "sub-group " + subgroup.id());
            sum = sum.add(subgroup.weight());
            if (subgroup.subgroups().isEmpty()) {
                if (subgroup.indicators().isEmpty()) {
                    problems.at(at + ".indicators", "sub-group " + subgroup.id() + " has no indicators");
                }
                BigDecimal rows = subgroup.indicators().stream()
                        .map(Rubric.Row::weight)
                        .filter(Objects::nonNull)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (!subgroup.indicators().isEmpty() && rows.compareTo(subgroup.weight()) != 0) {
                    problems.at(
                            at,
                            "sub-group " + subgroup.id() + ": indicator weights add up to " + Numbers.plain(rows)
                                    + ", the sub-group's weight is " + Numbers.plain(subgroup.weight()));
                }
            }
            checkSubgroups(subgroup, at, "sub-group", ids);
        }
        if (sum.compareTo(group.weight()) != 0) {
            problems.at(
                    path,
                    what + " " + group.id()
                            + ": sub-group weights add up to " + Numbers.plain(sum) + ", its weight is "
                            + Numbers.plain(group.weight()));
        }
    }

    private CompiledRubric.Row row(Rubric.Row row, String path, Set<String> ids, Map<String, FactUse> facts) {
        checkId(row.id(), path + ".id", ids);
        checkWeight(row.weight(), path + ".weight", "indicator " + row.id());
        RegisteredType registered = types.get(row.type());
        if (registered == null) {
            problems.at(
                    path + ".type",
                    "unknown indicator type \"" + row.type() + "\""
                            + Suggestions.didYouMean(row.type(), types.keySet())
                            + " (available types: " + String.join(", ", types.keySet()) + ")");
            return null;
        }
        int before = problems.list().size();
        Parameters parameters = parameters(row, path, registered);
        if (problems.list().size() > before) {
            return null;
        }
        List<FactSlot> slots;
        ClassLoader loader = registered.type().getClass().getClassLoader();
        try {
            slots = Guard.call(loader, scoringBudget, () -> registered.type().facts(row.facts(), parameters));
        } catch (Guard.Failure e) {
            typeFailed(e, path, row, registered, "give the facts of indicator");
            return null;
        }
        if (slots == null || slots.stream().anyMatch(Objects::isNull)) {
            problems.at(
                    path,
                    "indicator type " + row.type() + " (" + registered.source() + ") returned no fact slots"
                            + " for indicator " + row.id() + " (facts() gave null)");
            return null;
        }
        Map<String, String> bindings = bindFacts(row, path, slots);
        if (problems.list().size() > before) {
            return null;
        }
        if (PlanZeroRule.allows(row) && slots.stream().noneMatch(s -> s.kind() == FactKind.PLAN_ACTUAL)) {
            problems.at(
                    path + ".notApplicableWhen",
                    "indicator " + row.id() + ": type " + row.type()
                            + " reads no plan-and-actual fact, so a plan of zero cannot make it not applicable");
        }
        for (FactSlot slot : slots) {
            String fact = bindings.get(slot.slot());
            FactUse earlier = facts.get(fact);
            if (earlier != null && earlier.kind() != slot.kind()) {
                problems.at(
                        path + ".facts",
                        "fact \"" + fact + "\" is read as " + slot.kind().expected() + " here but as "
                                + earlier.kind().expected() + " by indicator " + earlier.indicatorId());
            } else if (earlier == null) {
                slot.plausibleRange().ifPresent(range -> slotPlausible.put(fact, range));
                Object rowUnit = parameters == null ? null : parameters.asMap().get("unit");
                slotUnits.put(fact, !slot.unit().isEmpty() || !(rowUnit instanceof String text) ? slot.unit() : text);
                Object rowSubject =
                        parameters == null ? null : parameters.asMap().get("subject");
                if (slot.defaultFact() == null && rowSubject instanceof String subject && !subject.isBlank()) {
                    slotLabels.put(fact, subject);
                }
                facts.put(
                        fact,
                        new FactUse(
                                fact,
                                slot.kind(),
                                slot.label(),
                                slot.unit(),
                                row.id(),
                                row.name(),
                                PlanZeroRule.allows(row),
                                slot.rollup()));
            } else {
                facts.put(
                        fact,
                        new FactUse(
                                earlier.name(),
                                earlier.kind(),
                                earlier.label(),
                                earlier.unit(),
                                earlier.indicatorId(),
                                earlier.indicatorName(),
                                earlier.zeroPlanAllowed() || PlanZeroRule.allows(row),
                                earlier.defaultRollup() != null ? earlier.defaultRollup() : slot.rollup()));
            }
        }
        Indicator indicator;
        try {
            indicator = Guard.call(loader, scoringBudget, () -> registered
                    .type()
                    .configure(new IndicatorConfig(row.id(), row.name(), row.weight(), row.criteria(), parameters)));
        } catch (Guard.Failure e) {
            typeFailed(e, path, row, registered, "configure indicator");
            return null;
        }
        if (indicator == null) {
            problems.at(
                    path,
                    "indicator type " + row.type() + " (" + registered.source() + ") returned no indicator for "
                            + row.id());
            return null;
        }
        return new CompiledRubric.Row(row, registered, indicator, parameters, bindings, slots);
    }

    private Map<String, String> bindFacts(Rubric.Row row, String path, List<FactSlot> declared) {
        Map<String, FactSlot> slots =
                declared.stream().collect(Collectors.toMap(FactSlot::slot, s -> s, (a, b) -> a, LinkedHashMap::new));
        row.facts().keySet().stream()
                .filter(slot -> !slots.containsKey(slot))
                .forEach(slot -> problems.at(
                        path + ".facts." + slot,
                        "type " + row.type() + " has no fact slot \"" + slot + "\""
                                + Suggestions.didYouMean(slot, slots.keySet()) + " (slots: "
                                + String.join(", ", slots.keySet()) + ")"));
        Map<String, String> bindings = new LinkedHashMap<>();
        for (FactSlot slot : slots.values()) {
            String fact = row.facts().getOrDefault(slot.slot(), slot.defaultFact());
            if (fact == null) {
                problems.at(
                        path,
                        "indicator " + row.id() + ": type " + row.type() + " needs its fact slot \""
                                + slot.slot() + "\" (" + slot.label() + ") bound to a submission fact, such as"
                                + " facts: {" + slot.slot() + ": someFact}");
            } else {
                bindings.put(slot.slot(), fact);
            }
        }
        return bindings;
    }

    private Parameters parameters(Rubric.Row row, String path, RegisteredType registered) {
        // asked and checked once, guarded, when the type was registered
        Map<String, ParameterSpec> specs = registered.type().parameters().stream()
                .collect(Collectors.toMap(ParameterSpec::name, s -> s, (a, b) -> a, LinkedHashMap::new));
        for (String name : row.params().keySet()) {
            if (!specs.containsKey(name)) {
                problems.at(
                        path + ".params." + name,
                        "parameter \"" + name + "\" is not used by type "
                                + row.type() + Suggestions.didYouMean(name, specs.keySet()) + "; known: "
                                + (specs.isEmpty() ? "none" : String.join(", ", specs.keySet())));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParameterSpec spec : specs.values()) {
            Object written = row.params().get(spec.name());
            if (written == null) {
                if (spec.required()) {
                    problems.at(
                            path + ".params",
                            "indicator " + row.id() + ": type " + row.type() + " needs parameter \"" + spec.name()
                                    + "\" (" + spec.description() + ")");
                } else {
                    values.put(spec.name(), spec.defaultValue());
                }
                continue;
            }
            Object converted = convert(spec, written);
            if (converted == null) {
                problems.at(
                        path + ".params." + spec.name(),
                        "parameter " + spec.name() + " must be "
                                + spec.kind().expected()
                                + (spec.choices().isEmpty() ? "" : " (" + String.join(", ", spec.choices()) + ")")
                                + ", got " + describe(written));
            } else {
                values.put(spec.name(), converted);
            }
        }
        return Parameters.of(values);
    }

    private static Object convert(ParameterSpec spec, Object written) {
        return switch (spec.kind()) {
            case DECIMAL -> written instanceof BigDecimal number ? number : null;
            case INTEGER -> written instanceof BigDecimal number
                            && number.stripTrailingZeros().scale() <= 0
                            && number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
                    ? number.longValueExact()
                    : null;
            case TEXT -> written instanceof String text ? text : null;
            case FLAG -> written instanceof Boolean flag ? flag : null;
            case CHOICE -> written instanceof String text && spec.choices().contains(text) ? text : null;
        };
    }

    private static String describe(Object value) {
        return value instanceof String text ? "the text \"" + text + "\"" : String.valueOf(value);
    }

    private void checkId(String id, String path, Set<String> ids) {
        if (!ITEM_ID.matcher(id).matches()) {
            problems.at(
                    path,
                    "id \"" + id + "\" must be letters and digits, parts joined by '.', such as"
                            + " output.households");
        } else if (!ids.add(id)) {
            problems.at(
                    path,
                    "id \"" + id + "\" is used twice; group and indicator ids must be unique"
                            + (id.equals(CompiledRubric.TOTAL_ID) ? " and \"total\" is reserved" : ""));
        }
    }

    private void checkWeight(BigDecimal weight, String path, String what) {
        if (weight.signum() <= 0) {
            problems.at(path, what + ": the weight must be greater than 0, got " + Numbers.plain(weight));
        }
    }

    /** A submission fact the rubric reads: its kind and the first indicator that reads it. */
    record FactUse(
            String name,
            FactKind kind,
            String label,
            String unit,
            String indicatorId,
            String indicatorName,
            boolean zeroPlanAllowed,
            RollupRule defaultRollup) {}

    private static List<CompiledRubric.Row> bound(List<CompiledRubric.Row> rows, Map<String, Integer> index) {
        return rows.stream().map(row -> row.bound(index)).toList();
    }

    static Map<String, Integer> indexOf(List<String> names) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        return index;
    }

    /** A type's call that failed: a parameter it refused, named at the parameter, or the failure itself. */
    private void typeFailed(Guard.Failure e, String path, Rubric.Row row, RegisteredType registered, String doing) {
        if (e.getCause() instanceof InvalidParameterException bad) {
            problems.at(
                    path + ".params." + bad.parameter(),
                    "parameter " + bad.parameter() + " of indicator " + row.id() + ": " + bad.getMessage());
        } else {
            problems.at(
                    path,
                    "indicator type " + row.type() + " (" + registered.source() + ") failed to " + doing + " "
                            + row.id() + ": it " + e.getMessage());
        }
    }
}
