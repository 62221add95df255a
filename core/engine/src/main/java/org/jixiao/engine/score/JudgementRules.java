package org.jixiao.engine.score;

import static org.jixiao.engine.score.CompiledRubric.normalized;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.engine.problem.Suggestions;
import org.jixiao.engine.read.Node;
import org.jixiao.engine.read.Problems;
import org.jixiao.engine.rubric.Rubric;
import org.jixiao.engine.submission.Submission;
import org.jixiao.spi.Bound;
import org.jixiao.spi.Deduction;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.PlanActual;
import org.jixiao.spi.scoring.Numbers;

/**
 * The evaluator's judgements (视情况扣分): what a rubric allows, checked when it is compiled (each within its row's or
 * group's weight, each condition on a fact the rubric reads and of its kind), what a submission takes, checked against
 * that and against the facts (a judgement whose condition the facts deny is refused: the work was done), and how it
 * is booked — on its row after the rule's own deductions, or, for a group's, on the group's rows in table order, each
 * row giving at most what it has.
 */
final class JudgementRules {

    /** One allowed judgement: its row's or group's id and name, and the rows a group's is booked on. */
    private record Allowed(
            String targetId, String targetName, boolean group, Rubric.Judgement judgement, List<String> rows) {

        String what() {
            return (group ? "group " : "indicator ") + targetId + " " + targetName;
        }

        String named() {
            return judgement.name().isEmpty() ? "" : "（" + judgement.name() + "）";
        }
    }

    /** Submission key → what it may take, in the table's order. */
    private final Map<String, Allowed> allowed = new LinkedHashMap<>();
    /** Every row's and group's id → its name and whether it is a group, for the messages. */
    private final Map<String, Allowed> targets = new LinkedHashMap<>();

    private JudgementRules(Rubric rubric) {
        for (Rubric.Group group : rubric.groups()) {
            add(group);
        }
        for (Rubric.Extra extra : new Rubric.Extra[] {rubric.bonus(), rubric.penalty()}) {
            if (extra != null) {
                extra.indicators()
                        .forEach(row -> add(row.id(), row.name(), false, row.judgements(), List.of(row.id())));
            }
        }
    }

    static JudgementRules of(Rubric rubric) {
        return new JudgementRules(rubric);
    }

    private void add(Rubric.Group group) {
        List<String> rows = group.indicators().stream().map(Rubric.Row::id).toList();
        add(group.id(), group.name(), true, group.judgements(), rows);
        if (group.subgroups().isEmpty()) {
            group.indicators().forEach(row -> add(row.id(), row.name(), false, row.judgements(), List.of(row.id())));
        } else {
            group.subgroups().forEach(this::add);
        }
    }

    private void add(String id, String name, boolean group, List<Rubric.Judgement> judgements, List<String> rows) {
        targets.putIfAbsent(id, new Allowed(id, name, group, null, rows));
        for (Rubric.Judgement judgement : judgements) {
            allowed.put(Submission.Judgement.key(id, judgement.name()), new Allowed(id, name, group, judgement, rows));
        }
    }

    // ---- compiling a rubric

    /** A rubric's judgements: each within its weight, together too, each condition on a fact of the right kind. */
    static void check(Rubric rubric, Map<String, RubricCompiler.FactUse> facts, Problems problems) {
        for (int g = 0; g < rubric.groups().size(); g++) {
            checkGroup(rubric.groups().get(g), "groups[" + g + "]", facts, problems);
        }
        check(rubric.bonus(), "bonus", facts, problems);
        check(rubric.penalty(), "penalty", facts, problems);
    }

    private static void check(
            Rubric.Extra extra, String path, Map<String, RubricCompiler.FactUse> facts, Problems problems) {
        if (extra != null) {
            checkRows(extra.indicators(), path, facts, problems);
        }
    }

    private static void checkRows(
            List<Rubric.Row> rows, String path, Map<String, RubricCompiler.FactUse> facts, Problems problems) {
        for (int r = 0; r < rows.size(); r++) {
            Rubric.Row row = rows.get(r);
            check(
                    row.judgements(),
                    row.weight(),
                    "indicator " + row.id(),
                    path + ".indicators[" + r + "]",
                    facts,
                    problems);
        }
    }

    private static void checkGroup(
            Rubric.Group group, String path, Map<String, RubricCompiler.FactUse> facts, Problems problems) {
        check(group.judgements(), group.weight(), "group " + group.id(), path, facts, problems);
        if (group.subgroups().isEmpty()) {
            checkRows(group.indicators(), path, facts, problems);
        } else {
            for (int s = 0; s < group.subgroups().size(); s++) {
                checkGroup(group.subgroups().get(s), path + ".indicators[" + s + "]", facts, problems);
            }
        }
    }

    private static void check(
            List<Rubric.Judgement> judgements,
            BigDecimal weight,
            String what,
            String path,
            Map<String, RubricCompiler.FactUse> facts,
            Problems problems) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int j = 0; j < judgements.size(); j++) {
            Rubric.Judgement judgement = judgements.get(j);
            // one judgement is written as an object or as a list of one
            String at = path + ".judgement[" + j + "]";
            if (judgements.size() == 1 && !problems.locates(at)) {
                at = path + ".judgement";
            }
            sum = sum.add(judgement.atMost());
            if (judgement.atMost().compareTo(weight) > 0) {
                problems.at(
                        at + ".atMost",
                        "an evaluator may take off at most the " + (what.startsWith("group") ? "group" : "row")
                                + "'s weight " + Numbers.plain(weight) + ", got "
                                + Numbers.plain(judgement.atMost()));
            }
            for (Rubric.Condition condition : judgement.when()) {
                checkCondition(condition, Node.child(at + ".when", condition.fact()), facts, problems);
            }
        }
        if (judgements.size() > 1 && sum.compareTo(weight) > 0) {
            problems.at(
                    path + ".judgement",
                    what + ": its judgements may take off " + Numbers.plain(sum)
                            + " points together, more than its weight " + Numbers.plain(weight));
        }
    }

    /** A condition reads a fact the rubric's indicators read, compared as its kind allows. */
    static void checkCondition(
            Rubric.Condition condition,
            String conditionAt,
            Map<String, RubricCompiler.FactUse> facts,
            Problems problems) {
        RubricCompiler.FactUse use = facts.get(condition.fact());
        if (use == null) {
            problems.at(
                    conditionAt,
                    "a condition needs a fact the rubric's indicators read; no indicator reads \""
                            + condition.fact() + "\""
                            + Suggestions.didYouMean(condition.fact(), facts.keySet()));
        } else if (use.kind() == FactKind.TEXT) {
            problems.at(
                    conditionAt,
                    "fact " + condition.fact() + " is a text for indicator " + use.indicatorId()
                            + "; a condition needs a flag (true or false) or a number");
        } else if (condition.comparison() == Rubric.Condition.Comparison.IS && use.kind() != FactKind.FLAG) {
            problems.at(
                    conditionAt,
                    "fact " + condition.fact() + " is " + use.kind().expected() + " for indicator "
                            + use.indicatorId() + "; write the condition as a comparison such as {below: 100},"
                            + " not true or false");
        } else if (condition.comparison() != Rubric.Condition.Comparison.IS && use.kind() == FactKind.FLAG) {
            problems.at(
                    conditionAt,
                    "fact " + condition.fact() + " is " + use.kind().expected() + " for indicator " + use.indicatorId()
                            + "; write the condition as true or false, not a comparison");
        }
    }

    /** Each cap on the total: at most the rubric's total, each condition on a fact the rubric reads. */
    static void checkCaps(Rubric rubric, Map<String, RubricCompiler.FactUse> facts, Problems problems) {
        for (int c = 0; c < rubric.caps().size(); c++) {
            Rubric.Cap cap = rubric.caps().get(c);
            String at = "caps[" + c + "]";
            if (cap.atMost().compareTo(rubric.total()) > 0) {
                problems.at(
                        at + ".atMost",
                        "a cap above the rubric's total " + Numbers.plain(rubric.total()) + " never cuts anything, got "
                                + Numbers.plain(cap.atMost()));
            }
            for (Rubric.Condition condition : cap.when()) {
                checkCondition(condition, Node.child(at + ".when", condition.fact()), facts, problems);
            }
        }
    }

    /**
     * The cap the facts bring into force that cuts the total: the lowest of those whose conditions all hold (a fact
     * that cannot say, a bound across the line, does not bring one into force); {@code null} for none.
     */
    static Evaluation.CapResult cap(
            List<Rubric.Cap> caps, Map<String, Integer> factIndex, Object[] values, BigDecimal total) {
        Rubric.Cap lowest = null;
        for (Rubric.Cap cap : caps) {
            boolean holds = true;
            for (Rubric.Condition condition : cap.when()) {
                Integer index = factIndex.get(condition.fact());
                holds &= index != null && holds(condition, values[index]) == Boolean.TRUE;
            }
            if (holds && (lowest == null || cap.atMost().compareTo(lowest.atMost()) < 0)) {
                lowest = cap;
            }
        }
        if (lowest == null || total.compareTo(lowest.atMost()) <= 0) {
            return null;
        }
        return new Evaluation.CapResult(
                normalized(lowest.atMost()), lowest.reason(), total, normalized(total.subtract(lowest.atMost())));
    }

    // ---- checking a submission

    /** Each of the submission's judgements: one the rubric allows, within its allowance, where the facts allow it. */
    void check(
            Submission submission,
            Map<String, Integer> factIndex,
            Object[] values,
            String rubricId,
            Problems problems) {
        submission.judgements().forEach((key, judgement) -> {
            int slash = key.indexOf('/');
            String id = slash < 0 ? key : key.substring(0, slash);
            String name = slash < 0 ? "" : key.substring(slash + 1);
            String path =
                    name.isEmpty() ? Node.child("judgements", id) : Node.child(Node.child("judgements", id), name);
            Allowed target = targets.get(id);
            List<Allowed> own = allowed.values().stream()
                    .filter(a -> a.targetId().equals(id))
                    .toList();
            Allowed rule = allowed.get(key);
            if (target == null) {
                problems.at(
                        Node.child("judgements", id),
                        "rubric " + rubricId + " has no indicator " + id
                                + Suggestions.didYouMean(id, targets.keySet()));
            } else if (own.isEmpty()) {
                problems.at(
                        path,
                        target.what() + " allows no evaluator's judgement; "
                                + (target.group() ? "it needs" : "its row needs")
                                + " judgement: {atMost: N} in the rubric");
            } else if (rule == null && name.isEmpty()) {
                problems.at(
                        path,
                        target.what() + " allows several judgements; give each under its name, one of: "
                                + String.join(
                                        ", ",
                                        own.stream()
                                                .map(a -> a.judgement().name())
                                                .toList()));
            } else if (rule == null) {
                problems.at(
                        path,
                        target.what() + " allows no judgement named " + name + "; its judgements: "
                                + String.join(
                                        ", ",
                                        own.stream()
                                                .map(a -> a.judgement().name().isEmpty()
                                                        ? "(unnamed)"
                                                        : a.judgement().name())
                                                .toList()));
            } else if (judgement.points().compareTo(rule.judgement().atMost()) > 0) {
                problems.at(
                        Node.child(path, "points"),
                        target.what() + " allows an evaluator to take off at most "
                                + Numbers.plain(rule.judgement().atMost()) + " points, got "
                                + Numbers.plain(judgement.points()));
            } else {
                for (Rubric.Condition condition : rule.judgement().when()) {
                    Integer index = factIndex.get(condition.fact());
                    Object value = index == null ? null : values[index];
                    if (holds(condition, value) == Boolean.FALSE) {
                        problems.at(
                                path,
                                target.what() + (name.isEmpty() ? "" : ", judgement " + name)
                                        + ": an evaluator may take points off only when " + condition.fact() + " "
                                        + describe(condition) + "; the facts say " + describe(value));
                        break;
                    }
                }
            }
        });
    }

    /** Whether the condition holds for a fact's value: {@code null} where the value cannot say (a bound across it). */
    static Boolean holds(Rubric.Condition condition, Object value) {
        if (condition.comparison() == Rubric.Condition.Comparison.IS) {
            return value instanceof Boolean flag ? flag.equals(condition.value()) : null;
        }
        BigDecimal figure = (BigDecimal) condition.value();
        if (value instanceof Long count) {
            return compares(condition.comparison(), BigDecimal.valueOf(count).compareTo(figure));
        }
        if (value instanceof BigDecimal number) {
            return compares(condition.comparison(), number.compareTo(figure));
        }
        if (value instanceof PlanActual pair) {
            // completion in percent against the figure, without dividing: actual × 100 against figure × plan
            int sign = pair.actual().multiply(BigDecimal.valueOf(100)).compareTo(figure.multiply(pair.plan()));
            return compares(condition.comparison(), sign);
        }
        if (value instanceof Bound bound) {
            // the condition holds over the whole interval if it holds at both ends: a figure is 0 or more, and an
            // interval open above reaches past any figure
            boolean low = compares(
                    condition.comparison(),
                    bound.lower().orElse(BigDecimal.ZERO).compareTo(figure));
            boolean high = bound.upper()
                    .map(u -> compares(condition.comparison(), u.compareTo(figure)))
                    .orElse(condition.comparison() == Rubric.Condition.Comparison.ABOVE
                            || condition.comparison() == Rubric.Condition.Comparison.AT_LEAST);
            return low == high ? low : null;
        }
        return null;
    }

    private static Boolean compares(Rubric.Condition.Comparison comparison, int sign) {
        return switch (comparison) {
            case BELOW -> sign < 0;
            case AT_MOST -> sign <= 0;
            case AT_LEAST -> sign >= 0;
            case ABOVE -> sign > 0;
            case IS -> throw new IllegalArgumentException("a flag is not compared");
        };
    }

    private static String describe(Rubric.Condition condition) {
        return switch (condition.comparison()) {
            case IS -> "is " + condition.value();
            case BELOW -> "is below " + Numbers.plain((BigDecimal) condition.value());
            case AT_MOST -> "is at most " + Numbers.plain((BigDecimal) condition.value());
            case AT_LEAST -> "is at least " + Numbers.plain((BigDecimal) condition.value());
            case ABOVE -> "is above " + Numbers.plain((BigDecimal) condition.value());
        };
    }

    private static String describe(Object value) {
        if (value instanceof BigDecimal number) {
            return Numbers.plain(number);
        }
        if (value instanceof PlanActual pair) {
            return Numbers.plain(pair.actual()) + " of a plan of " + Numbers.plain(pair.plan()) + " ("
                    + Numbers.plain(pair.ratePercent(2)) + "%)";
        }
        return String.valueOf(value);
    }

    // ---- booking

    /**
     * Books the submission's judgements: a row's on its row (after the rule's own deductions, never below 0), then each
     * group's on its rows in table order. Call after every row is settled and before the groups are summed.
     */
    void book(Submission submission, ScoredRows scored, boolean reasons) {
        Map<String, Integer> rowIndex = new LinkedHashMap<>();
        for (int k = 0; k < scored.size(); k++) {
            rowIndex.put(scored.id(k), k);
        }
        // rows first, in the rubric's order of judgements; then groups in table order (a group before its sub-groups),
        // each
        // booked on what its rows have left
        List<Map.Entry<String, Allowed>> groupsLast = new ArrayList<>(allowed.entrySet());
        groupsLast.sort(
                (a, b) -> Boolean.compare(a.getValue().group(), b.getValue().group()));
        for (Map.Entry<String, Allowed> entry : groupsLast) {
            Submission.Judgement taken = submission.judgements().get(entry.getKey());
            if (taken == null) {
                continue;
            }
            Allowed rule = entry.getValue();
            BigDecimal left = taken.points();
            for (String rowId : rule.rows()) {
                Integer k = rowIndex.get(rowId);
                if (k == null || !scored.applicable[k] || scored.scores[k] == null || left.signum() == 0) {
                    continue;
                }
                BigDecimal points = normalized(left.min(scored.scores[k]));
                if (points.signum() == 0) {
                    continue;
                }
                left = left.subtract(points);
                scored.scores[k] = normalized(scored.scores[k].subtract(points));
                String why = rule.group()
                        ? "评价人对" + rule.targetName() + rule.named() + "调整扣" + Numbers.plain(taken.points()) + "分"
                                + (points.compareTo(taken.points()) == 0 ? "" : "（本项计扣" + Numbers.plain(points) + "分）")
                        : "评价人调整" + rule.named() + "扣" + Numbers.plain(points) + "分";
                List<Deduction> deductions = new ArrayList<>(scored.deductions[k]);
                String by =
                        rule.group() ? "评价人对" + rule.targetName() + rule.named() + "调整：" : "评价人调整" + rule.named() + "：";
                deductions.add(new Deduction(points, reasons ? by + taken.reason() : ""));
                scored.deductions[k] = List.copyOf(deductions);
                if (reasons) {
                    scored.reasons[k] = joined(scored.reasons[k], why + "：" + taken.reason());
                }
            }
        }
    }

    /** The rule's reason, then the evaluator's, each a sentence. */
    static String joined(String reason, String added) {
        String first = reason.isEmpty() || reason.endsWith("。") || reason.endsWith("；") ? reason : reason + "。";
        return first + added + (added.endsWith("。") ? "" : "。");
    }
}
