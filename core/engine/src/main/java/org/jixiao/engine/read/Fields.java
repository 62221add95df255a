package org.jixiao.engine.read;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.engine.problem.Suggestions;

/**
 * Reads the fields of one object node, reporting unknown keys, missing and mistyped values to
 * {@link Problems} instead of stopping at the first.
 *
 * <p>Internal to the engine: public for its other rooms only, not API.
 */
public final class Fields {

    private final Node.Obj node;
    private final Problems problems;

    private Fields(Node.Obj node, Problems problems, List<String> known) {
        this.node = node;
        this.problems = problems;
        Set<String> knownSet = Set.copyOf(known);
        for (Map.Entry<String, Node> field : node.fields().entrySet()) {
            if (!knownSet.contains(field.getKey())) {
                problems.at(
                        field.getValue(),
                        "unknown key \"" + field.getKey() + "\""
                                + Suggestions.didYouMean(field.getKey(), known) + " (known keys: "
                                + String.join(", ", known) + ")");
            }
        }
    }

    /** The fields of {@code node}, or {@code null} (with a problem) if it is not an object. */
    public static Fields of(Node node, Problems problems, String what, List<String> known) {
        if (node instanceof Node.Obj obj) {
            return new Fields(obj, problems, known);
        }
        problems.at(node, "expected " + what + " (an object), got " + node.describe());
        return null;
    }

    public Node.Obj node() {
        return node;
    }

    public void problem(Node at, String message) {
        problems.at(at, message);
    }

    public String text(String key) {
        Node value = require(key, "a text");
        if (value == null) {
            return "";
        }
        if (value instanceof Node.Value v && v.value() instanceof String s && !s.isBlank()) {
            return s.strip();
        }
        if (value instanceof Node.Value v && v.value() instanceof BigDecimal number) {
            return number.toPlainString();
        }
        problems.at(value, "expected a non-empty text, got " + value.describe());
        return "";
    }

    public String optionalText(String key, String fallback) {
        return node.get(key) == null ? fallback : text(key);
    }

    public BigDecimal number(String key) {
        Node value = require(key, "a number");
        if (value == null) {
            return BigDecimal.ZERO;
        }
        if (value instanceof Node.Value v && v.value() instanceof BigDecimal number) {
            return number;
        }
        problems.at(value, "expected a number, got " + value.describe());
        return BigDecimal.ZERO;
    }

    public List<Node> list(String key) {
        Node value = require(key, "a list");
        if (value == null) {
            return List.of();
        }
        if (value instanceof Node.Arr array) {
            return array.elements();
        }
        problems.at(value, "expected a list, got " + value.describe());
        return List.of();
    }

    /** An optional object field: {@code null} when absent or not an object (then with a problem). */
    public Node.Obj optionalObject(String key) {
        Node value = node.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Node.Obj obj) {
            return obj;
        }
        problems.at(value, "expected an object, got " + value.describe());
        return null;
    }

    private Node require(String key, String expected) {
        Node value = node.get(key);
        if (value == null) {
            problems.at(node, "missing key \"" + key + "\"; expected " + expected);
        }
        return value;
    }
}
