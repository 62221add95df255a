package org.jixiao.engine.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.problem.Problem;
import org.jixiao.engine.problem.Suggestions;
import org.jixiao.engine.read.Locator;
import org.jixiao.engine.read.Problems;
import org.jixiao.engine.rubric.RollupMethod;
import org.jixiao.engine.rubric.Rubric;
import org.jixiao.engine.rubric.RubricReader;
import org.jixiao.engine.submission.Submission;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.RollupRule;

/**
 * A compiled rubric's roll-up: each fact's rule, and the arithmetic that combines the counties' facts
 * into their city's. Exact: sums and weighted means in {@link BigDecimal}, a mean rounded half up to the
 * rubric's decimals only when it does not terminate. Immutable.
 */
final class FactRollup {

    private final RollupMethod method;
    private final int decimals;
    private final Map<String, RollupRule> rules;
    private final Map<String, RollupRule> weightRules;
    private final List<String> weightOnly;
    private final List<String> unruled;
    private final boolean declared;

    FactRollup(
            RollupMethod method,
            int decimals,
            Map<String, RollupRule> rules,
            Map<String, RollupRule> weightRules,
            List<String> weightOnly,
            List<String> unruled,
            boolean declared) {
        this.method = method;
        this.decimals = decimals;
        this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        this.weightRules = Collections.unmodifiableMap(new LinkedHashMap<>(weightRules));
        this.weightOnly = List.copyOf(weightOnly);
        this.unruled = List.copyOf(unruled);
        this.declared = declared;
    }

    RollupMethod method() {
        return method;
    }

    int decimals() {
        return decimals;
    }

    boolean declared() {
        return declared;
    }

    /** The rule of every fact the rubric reads that has one, then of weight facts given a rule of their own. */
    Map<String, RollupRule> rules() {
        Map<String, RollupRule> all = new LinkedHashMap<>(rules);
        all.putAll(weightRules);
        return Collections.unmodifiableMap(all);
    }

    /** Facts no indicator reads that weight a mean: each county gives them. */
    List<String> weightOnly() {
        return weightOnly;
    }

    /**
     * The city's facts: every combined fact from the parts, then the own facts from the city's file.
     * Every problem of every file is reported at once.
     */
    Map<String, Object> combine(CompiledRubric rubric, List<Submission> parts, Submission own) {
        List<Problem> found = new ArrayList<>();
        if (!unruled.isEmpty()) {
            found.add(new Problem(
                    rubric.source(),
                    null,
                    "rollup",
                    "rubric " + rubric.rubric().id() + " gives no roll-up rule for " + String.join(", ", unruled)
                            + "; add them under rollup.facts"));
        }
        if (parts.isEmpty()) {
            found.add(new Problem(own.source(), null, null, "there is no county submission to roll up"));
        }
        if (!found.isEmpty()) {
            throw new InputException("roll-up", found);
        }
        Map<String, RollupRule> all = rules();
        Map<String, FactKind> kinds = new LinkedHashMap<>();
        Map<String, Boolean> zeroPlanAllowed = new LinkedHashMap<>();
        for (int i = 0; i < rubric.facts().size(); i++) {
            kinds.put(rubric.facts().get(i).name(), rubric.facts().get(i).kind());
            zeroPlanAllowed.put(rubric.facts().get(i).name(), rubric.zeroPlanAllowed(i));
        }
        weightOnly.forEach(name -> kinds.put(name, FactKind.DECIMAL));
        // what each part gives: the combined facts and the weights, checked as a submission's facts are
        List<Map<String, Object>> values = new ArrayList<>();
        for (Submission part : parts) {
            Problems problems = new Problems("roll-up", part.source(), part.locator());
            Map<String, Object> read = new LinkedHashMap<>();
            for (Map.Entry<String, FactKind> fact : kinds.entrySet()) {
                String name = fact.getKey();
                RollupRule rule = all.get(name);
                boolean needed = rule != null && rule.method() != RollupRule.Method.OWN || weightOnly.contains(name);
                if (!needed) {
                    continue;
                }
                if (!part.facts().containsKey(name)) {
                    problems.at(
                            "facts",
                            "missing fact \"" + name + "\" (" + fact.getValue().expected() + "), needed" + " to roll "
                                    + (subjectName(part)) + " up into " + subjectName(own) + why(name, all));
                    continue;
                }
                Object value = FactConversion.convert(
                        fact.getValue(),
                        part.facts().get(name),
                        "facts." + name,
                        problems,
                        Boolean.TRUE.equals(zeroPlanAllowed.get(name)));
                if (value instanceof org.jixiao.spi.Bound) {
                    problems.at(
                            "facts." + name,
                            "this fact is given as a bound; rolling it up ("
                                    + why(name, all).replaceAll("^ \\(|\\)$", "") + ") needs the exact figure");
                }
                read.put(name, value);
            }
            found.addAll(problems.list());
            values.add(read);
        }
        Problems ownProblems = new Problems("roll-up", own.source(), own.locator());
        List<String> ownFacts = new ArrayList<>();
        all.forEach((name, rule) -> {
            if (rule.method() == RollupRule.Method.OWN) {
                ownFacts.add(name);
            }
        });
        for (String name : own.facts().keySet()) {
            RollupRule rule = all.get(name);
            if (rule != null && rule.method() != RollupRule.Method.OWN || weightOnly.contains(name)) {
                ownProblems.at(
                        "facts." + name,
                        "this fact is combined from the counties (" + (rule == null ? "a weight" : rule)
                                + "); the upper level's own file gives only its own facts"
                                + (ownFacts.isEmpty() ? "" : ": " + String.join(", ", ownFacts)));
            }
        }
        found.addAll(ownProblems.list());
        if (!found.isEmpty()) {
            throw new InputException("roll-up", found);
        }
        Map<String, Object> combined = new LinkedHashMap<>();
        for (Map.Entry<String, FactKind> fact : kinds.entrySet()) {
            String name = fact.getKey();
            RollupRule rule = all.get(name);
            if (rule == null || rule.method() == RollupRule.Method.OWN) {
                if (own.facts().containsKey(name)) {
                    combined.put(name, own.facts().get(name));
                }
                continue;
            }
            combined.put(name, combine(name, rule, fact.getValue(), values, parts, own, found));
        }
        own.facts().forEach(combined::putIfAbsent);
        if (!found.isEmpty()) {
            throw new InputException("roll-up", found);
        }
        return combined;
    }

    private static String subjectName(Submission submission) {
        String region = submission.subject().region();
        return region == null ? submission.source() : region;
    }

    private static String why(String name, Map<String, RollupRule> rules) {
        RollupRule rule = rules.get(name);
        if (rule != null) {
            return " (" + rule + ")";
        }
        List<String> weighted = new ArrayList<>();
        rules.forEach((fact, r) -> {
            if (name.equals(r.weightFact())) {
                weighted.add(fact);
            }
        });
        return " (it weights " + String.join(", ", weighted) + ")";
    }

    /** As long as a text fact may be (FactConversion's bound). */
    private static final int MAX_TEXT = 5000;

    private Object combine(
            String name,
            RollupRule rule,
            FactKind kind,
            List<Map<String, Object>> values,
            List<Submission> parts,
            Submission own,
            List<Problem> found) {
        switch (rule.method()) {
            case SUM -> {
                if (kind == FactKind.PLAN_ACTUAL) {
                    BigDecimal plan = BigDecimal.ZERO;
                    BigDecimal actual = BigDecimal.ZERO;
                    for (Map<String, Object> part : values) {
                        plan = plan.add(PlanZeroRule.plan(part.get(name)));
                        actual = actual.add(PlanZeroRule.actual(part.get(name)));
                    }
                    Map<String, Object> pair = new LinkedHashMap<>();
                    pair.put("plan", CompiledRubric.normalized(plan));
                    pair.put("actual", CompiledRubric.normalized(actual));
                    return Collections.unmodifiableMap(pair);
                }
                BigDecimal sum = BigDecimal.ZERO;
                for (Map<String, Object> part : values) {
                    sum = sum.add(number(part.get(name)));
                }
                return CompiledRubric.normalized(sum);
            }
            case ALL, ANY -> {
                boolean any = false;
                boolean all = true;
                for (Map<String, Object> part : values) {
                    boolean flag = Boolean.TRUE.equals(part.get(name));
                    any |= flag;
                    all &= flag;
                }
                return rule.method() == RollupRule.Method.ALL ? all : any;
            }
            case MIN, MAX -> {
                BigDecimal best = null;
                for (Map<String, Object> part : values) {
                    BigDecimal value = number(part.get(name));
                    if (best == null
                            || (rule.method() == RollupRule.Method.MIN
                                    ? value.compareTo(best) < 0
                                    : value.compareTo(best) > 0)) {
                        best = value;
                    }
                }
                return CompiledRubric.normalized(best);
            }
            case WEIGHTED_MEAN -> {
                BigDecimal weighted = BigDecimal.ZERO;
                BigDecimal weights = BigDecimal.ZERO;
                for (Map<String, Object> part : values) {
                    BigDecimal weight = number(part.get(rule.weightFact()));
                    weighted = weighted.add(number(part.get(name)).multiply(weight));
                    weights = weights.add(weight);
                }
                if (weights.signum() == 0) {
                    found.add(new Problem(
                            own.source(),
                            null,
                            "facts." + name,
                            "the weights \"" + rule.weightFact()
                                    + "\" of the " + parts.size() + " counties add up to 0, so the mean of \"" + name
                                    + "\" weighted by them is undefined; give each county's " + rule.weightFact()));
                    return null;
                }
                return CompiledRubric.normalized(mean(weighted, weights));
            }
            case MEAN -> {
                BigDecimal sum = BigDecimal.ZERO;
                for (Map<String, Object> part : values) {
                    sum = sum.add(number(part.get(name)));
                }
                return CompiledRubric.normalized(mean(sum, BigDecimal.valueOf(values.size())));
            }
            case JOIN -> {
                // each county's text after its name, in the parts' order: 驿城区：…；西平县：…
                List<String> texts = new ArrayList<>();
                for (int i = 0; i < values.size(); i++) {
                    texts.add(subjectName(parts.get(i)) + "：" + values.get(i).get(name));
                }
                String joined = String.join("；", texts);
                if (joined.length() > MAX_TEXT) {
                    found.add(new Problem(
                            own.source(),
                            null,
                            "facts." + name,
                            "the texts of the " + parts.size() + " counties joined have " + joined.length()
                                    + " characters, a text at most " + MAX_TEXT
                                    + "; shorten the counties' texts, or give it as the upper level's own"));
                    return null;
                }
                return joined;
            }
            default -> throw new IllegalStateException("not combined: " + rule);
        }
    }

    /** Exact when the quotient terminates, else rounded half up to the rubric's decimals. */
    BigDecimal mean(BigDecimal sum, BigDecimal count) {
        try {
            return sum.divide(count);
        } catch (ArithmeticException nonTerminating) {
            return sum.divide(count, decimals, RoundingMode.HALF_UP);
        }
    }

    private static BigDecimal number(Object value) {
        if (value instanceof BigDecimal number) {
            return number;
        }
        if (value instanceof Long count) {
            return BigDecimal.valueOf(count);
        }
        if (value instanceof Integer count) {
            return BigDecimal.valueOf(count);
        }
        throw new IllegalStateException("not a number: " + value);
    }

    /**
     * Compiles a rubric's roll-up (part of {@link RubricCompiler}): each fact's roll-up rule: the rubric's, else its type's default. A rubric that declares a roll-up must
     * leave no fact without a rule; weights of means must be numbers that come from the counties.
     */
    static FactRollup compile(
            Rubric.Rollup declared,
            Map<String, RubricCompiler.FactUse> facts,
            Problems problems,
            Locator locator,
            String source) {
        Map<String, RollupRule> written = declared == null ? Map.of() : declared.facts();
        Set<String> weights = new LinkedHashSet<>();
        written.values().stream()
                .filter(r -> r.method() == RollupRule.Method.WEIGHTED_MEAN)
                .forEach(r -> weights.add(r.weightFact()));
        for (Map.Entry<String, RollupRule> entry : written.entrySet()) {
            String fact = entry.getKey();
            RollupRule rule = entry.getValue();
            String path = "rollup.facts." + fact;
            RubricCompiler.FactUse use = facts.get(fact);
            if (use == null && !weights.contains(fact)) {
                problems.at(
                        path,
                        "no indicator of this rubric reads fact \"" + fact + "\", and no mean is weighted" + " by it"
                                + Suggestions.didYouMean(fact, facts.keySet()));
                continue;
            }
            FactKind kind = use == null ? FactKind.DECIMAL : use.kind();
            if (!rule.accepts(kind)) {
                problems.at(
                        path,
                        "fact \"" + fact + "\" is " + kind.expected() + "; roll-up rule " + rule
                                + " cannot combine it (" + accepted(kind) + ")");
            }
            if (rule.method() == RollupRule.Method.WEIGHTED_MEAN) {
                String weight = rule.weightFact();
                RubricCompiler.FactUse weightUse = facts.get(weight);
                if (weight.equals(fact)) {
                    problems.at(path, "fact \"" + fact + "\" cannot weight its own mean");
                } else if (weightUse != null
                        && weightUse.kind() != FactKind.COUNT
                        && weightUse.kind() != FactKind.DECIMAL) {
                    problems.at(
                            path,
                            "the weight \"" + weight + "\" must be a number, but indicator " + weightUse.indicatorId()
                                    + " reads it as " + weightUse.kind().expected());
                }
                RollupRule weightRule = written.get(weight);
                if (weightRule == null && weightUse != null) {
                    weightRule = weightUse.defaultRollup();
                }
                if (weightRule != null && weightRule.method() == RollupRule.Method.OWN) {
                    problems.at(
                            path,
                            "the weight \"" + weight + "\" is declared own (the city gives it), but a"
                                    + " weighted mean reads it from every county; a fact is either the city's own or"
                                    + " combined from the counties");
                }
            }
        }
        Map<String, RollupRule> rules = new LinkedHashMap<>();
        List<String> unruled = new ArrayList<>();
        for (RubricCompiler.FactUse use : facts.values()) {
            RollupRule rule = written.getOrDefault(use.name(), use.defaultRollup());
            if (rule == null) {
                unruled.add(use.name());
            } else {
                rules.put(use.name(), rule);
            }
        }
        Map<String, RollupRule> weightRules = new LinkedHashMap<>();
        for (String weight : weights) {
            if (!facts.containsKey(weight) && written.containsKey(weight)) {
                weightRules.put(weight, written.get(weight));
            }
        }
        // a rubric that inherits its roll-up and adds facts can still be scored; rolling it up then names them
        boolean inherited = locator.origin("rollup")
                .map(o -> o.source() != null && !o.source().equals(source))
                .orElse(false);
        if (declared != null && declared.method() == RollupMethod.FACTS && !unruled.isEmpty() && !inherited) {
            problems.at(
                    "rollup",
                    "every fact needs a roll-up rule (sum, all, any, min, max, own or {mean: weight});" + " none for "
                            + String.join(", ", unruled));
        }
        Set<String> weightOnly = new LinkedHashSet<>(weights);
        weightOnly.removeAll(facts.keySet());
        return new FactRollup(
                declared == null ? RollupMethod.FACTS : declared.method(),
                declared == null ? RubricReader.DEFAULT_ROLLUP_DECIMALS : declared.decimals(),
                rules,
                weightRules,
                List.copyOf(weightOnly),
                List.copyOf(unruled),
                declared != null);
    }

    private static String accepted(FactKind kind) {
        List<String> words = new ArrayList<>();
        for (RollupRule.Method method : RollupRule.Method.values()) {
            RollupRule probe = method == RollupRule.Method.WEIGHTED_MEAN
                    ? RollupRule.meanWeightedBy("w")
                    : new RollupRule(method, null);
            if (probe.accepts(kind)) {
                words.add(method == RollupRule.Method.WEIGHTED_MEAN ? "{mean: weight}" : method.word());
            }
        }
        return "for " + kind.expected() + ": " + String.join(", ", words);
    }
}
