package org.jixiao.engine.rubric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.engine.read.Fields;
import org.jixiao.engine.read.Node;
import org.jixiao.engine.read.Problems;

/**
 * Reads a row's or a group's {@code judgement}: one allowance {@code {atMost: 2}}, with an optional {@code name} and
 * {@code when}, or a list of named ones, each {@code {name: 前期审批, atMost: 2, when: {approvedEarly: false}}}. A
 * condition is a flag fact's value ({@code true}/{@code false}) or a comparison of a number fact
 * ({@code {below: 100}}, {@code atMost}, {@code atLeast}, {@code above}); whether the fact exists and is of the right
 * kind is the compiler's to say, which knows the rows' facts.
 */
final class JudgementReader {

    private static final List<String> KEYS = List.of("name", "atMost", "when");
    /** Words a judgement's name may not be: a submission's judgement object uses them as keys. */
    private static final Set<String> RESERVED = Set.of("points", "reason");

    private JudgementReader() {}

    /** The judgements under {@code node} (the value of a {@code judgement} key); empty after reporting a problem. */
    static List<Rubric.Judgement> read(Node node, Problems problems) {
        if (node instanceof Node.Arr list) {
            if (list.elements().isEmpty()) {
                problems.at(node, "expected at least one judgement {name, atMost, when}, got an empty list");
                return List.of();
            }
            List<Rubric.Judgement> judgements = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (Node element : list.elements()) {
                Rubric.Judgement judgement = one(element, problems, true);
                if (judgement == null) {
                    continue;
                }
                if (!names.add(judgement.name())) {
                    problems.at(element, "judgement " + judgement.name() + " is named twice on this row");
                } else {
                    judgements.add(judgement);
                }
            }
            return judgements;
        }
        Rubric.Judgement judgement = one(node, problems, false);
        return judgement == null ? List.of() : List.of(judgement);
    }

    private static Rubric.Judgement one(Node node, Problems problems, boolean named) {
        if (!(node instanceof Node.Obj)) {
            problems.at(
                    node,
                    "expected {atMost: N}: the most points (more than 0) an evaluator may take"
                            + " off this row's result, with a written reason");
            return null;
        }
        Fields fields = Fields.of(node, problems, "a judgement {name, atMost, when}", KEYS);
        Node.Obj obj = fields.node();
        boolean ok = true;
        String name = "";
        Node nameNode = obj.get("name");
        if (nameNode == null && named) {
            problems.at(obj, "missing key \"name\"; each of a row's several judgements needs its name, such as 前期审批");
            ok = false;
        } else if (nameNode != null) {
            if (nameNode instanceof Node.Value v && v.value() instanceof String text && !text.isBlank()) {
                name = text.strip();
                if (name.contains("/") || RESERVED.contains(name)) {
                    problems.at(nameNode, "expected a judgement's name without '/', not points or reason, got " + name);
                    ok = false;
                }
            } else {
                problems.at(nameNode, "expected a judgement's name (text), got " + nameNode.describe());
                ok = false;
            }
        }
        Node most = obj.get("atMost");
        BigDecimal atMost = null;
        if (most instanceof Node.Value v && v.value() instanceof BigDecimal points && points.signum() > 0) {
            atMost = points;
        } else {
            problems.at(
                    most == null ? obj : most,
                    "expected {atMost: N}: the most points (more than 0) an evaluator may take"
                            + " off this row's result, with a written reason");
            ok = false;
        }
        List<Rubric.Condition> when = List.of();
        Node whenNode = obj.get("when");
        if (whenNode != null) {
            when = conditions(whenNode, problems);
            ok &= !when.isEmpty();
        }
        return ok ? new Rubric.Judgement(name, atMost, when) : null;
    }

    /** {@code {fact: true, other: {below: 100}}}: every condition must hold; empty after reporting a problem. */
    static List<Rubric.Condition> conditions(Node node, Problems problems) {
        if (!(node instanceof Node.Obj obj) || obj.fields().isEmpty()) {
            problems.at(
                    node,
                    "expected the facts under which the judgement is allowed, such as {approvedEarly: false} or"
                            + " {households: {below: 100}}, got " + node.describe());
            return List.of();
        }
        List<Rubric.Condition> conditions = new ArrayList<>();
        boolean ok = true;
        for (Map.Entry<String, Node> entry : obj.fields().entrySet()) {
            String fact = entry.getKey();
            Node value = entry.getValue();
            if (value instanceof Node.Value v && v.value() instanceof Boolean flag) {
                conditions.add(new Rubric.Condition(fact, Rubric.Condition.Comparison.IS, flag));
                continue;
            }
            if (value instanceof Node.Obj comparisons && !comparisons.fields().isEmpty()) {
                for (Map.Entry<String, Node> comparison : comparisons.fields().entrySet()) {
                    Rubric.Condition.Comparison kind = comparison(comparison.getKey());
                    if (kind == null) {
                        problems.at(
                                comparison.getValue(),
                                "unknown comparison \"" + comparison.getKey()
                                        + "\"; expected below, atMost, atLeast or above");
                        ok = false;
                    } else if (comparison.getValue() instanceof Node.Value v
                            && v.value() instanceof BigDecimal figure) {
                        conditions.add(new Rubric.Condition(fact, kind, figure));
                    } else {
                        problems.at(
                                comparison.getValue(),
                                "expected a number to compare fact " + fact + " with, got "
                                        + comparison.getValue().describe());
                        ok = false;
                    }
                }
                continue;
            }
            problems.at(
                    value,
                    "expected true or false (a flag fact) or a comparison such as {below: 100} (a number), got "
                            + value.describe());
            ok = false;
        }
        return ok ? conditions : List.of();
    }

    private static Rubric.Condition.Comparison comparison(String word) {
        for (Rubric.Condition.Comparison kind : Rubric.Condition.Comparison.values()) {
            if (kind != Rubric.Condition.Comparison.IS && kind.word().equals(word)) {
                return kind;
            }
        }
        return null;
    }
}
