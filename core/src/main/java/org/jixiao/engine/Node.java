package org.jixiao.engine;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON or YAML value with its path and position, so that every message can say where.
 */
abstract sealed class Node permits Node.Obj, Node.Arr, Node.Value {

    private final String path;
    private final Position position;

    Node(String path, Position position) {
        this.path = path;
        this.position = position;
    }

    /** The path as messages write it: {@code groups[1].indicators[0].weight}; empty for the root. */
    public String path() {
        return path;
    }

    public Position position() {
        return position;
    }

    /** What this value is, for "expected X, got Y" messages. */
    public abstract String describe();

    static String child(String parent, String key) {
        String segment = key.matches("[A-Za-z_][A-Za-z0-9_]*") ? key : "\"" + key.replace("\"", "\\\"") + "\"";
        return parent.isEmpty() ? segment : parent + "." + segment;
    }

    static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** An object: fields in document order. */
    public static final class Obj extends Node {
        private final Map<String, Node> fields = new LinkedHashMap<>();

        Obj(String path, Position position) {
            super(path, position);
        }

        void put(String key, Node value) {
            fields.put(key, value);
        }

        public Map<String, Node> fields() {
            return Collections.unmodifiableMap(fields);
        }

        public Node get(String key) {
            return fields.get(key);
        }

        @Override
        public String describe() {
            return "an object";
        }
    }

    /** An array. */
    public static final class Arr extends Node {
        private final List<Node> elements;

        Arr(String path, Position position, List<Node> elements) {
            super(path, position);
            this.elements = List.copyOf(elements);
        }

        public List<Node> elements() {
            return elements;
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A scalar: {@link String}, {@link BigDecimal}, {@link Boolean}, or {@code null}. */
    public static final class Value extends Node {
        private final Object value;

        Value(String path, Position position, Object value) {
            super(path, position);
            this.value = value;
        }

        public Object value() {
            return value;
        }

        @Override
        public String describe() {
            if (value == null) {
                return "null";
            }
            if (value instanceof String text) {
                return "the text \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
            }
            if (value instanceof BigDecimal number) {
                return number.toPlainString();
            }
            return value.toString();
        }
    }
}
