package org.jixiao.engine.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.engine.problem.Position;

/**
 * A JSON or YAML value with the file it came from, its path there and its position, so that every
 * message can say where — also after rubrics from several files were merged into one tree.
 *
 * <p>Internal to the engine: public for its other rooms only, not API.
 */
public abstract sealed class Node permits Node.Obj, Node.Arr, Node.Value {

    private final String source;
    private final String path;
    private final Position position;

    Node(String source, String path, Position position) {
        this.source = source;
        this.path = path;
        this.position = position;
    }

    /** The file this value was read from. */
    public String source() {
        return source;
    }

    /** The path in that file as messages write it: {@code groups[1].indicators[0].weight}; empty for the root. */
    public String path() {
        return path;
    }

    public Position position() {
        return position;
    }

    /** What this value is, for "expected X, got Y" messages. */
    public abstract String describe();

    public static String child(String parent, String key) {
        String segment = isName(key) ? key : "\"" + key.replace("\"", "\\\"") + "\"";
        return parent.isEmpty() ? segment : parent + "." + segment;
    }

    /** [A-Za-z_][A-Za-z0-9_]*, without a regular expression: this runs for every key read. */
    private static boolean isName(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
            if (!letter && (i == 0 || c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /**
     * The node at {@code path} below this one, navigating by keys and indices (not by the paths the
     * nodes were read at, which after a merge belong to their own files).
     */
    Node find(String path) {
        Node node = this;
        for (Object segment : segments(path)) {
            if (segment instanceof String key && node instanceof Obj obj) {
                node = obj.get(key);
            } else if (segment instanceof Integer index
                    && node instanceof Arr arr
                    && index < arr.elements().size()) {
                node = arr.elements().get(index);
            } else {
                return null;
            }
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /** {@code groups[1].params."a b"} as ["groups", 1, "params", "a b"]. */
    static List<Object> segments(String path) {
        List<Object> segments = new ArrayList<>();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                i++;
            } else if (c == '[') {
                int end = path.indexOf(']', i);
                segments.add(Integer.parseInt(path.substring(i + 1, end)));
                i = end + 1;
            } else if (c == '"') {
                StringBuilder key = new StringBuilder();
                i++;
                while (i < path.length() && path.charAt(i) != '"') {
                    if (path.charAt(i) == '\\' && i + 1 < path.length()) {
                        i++;
                    }
                    key.append(path.charAt(i++));
                }
                segments.add(key.toString());
                i++;
            } else {
                int end = i;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                segments.add(path.substring(i, end));
                i = end;
            }
        }
        return segments;
    }

    /** An object: fields in document order. */
    public static final class Obj extends Node {
        private final Map<String, Node> fields = new LinkedHashMap<>();

        public Obj(String source, String path, Position position) {
            super(source, path, position);
        }

        public void put(String key, Node value) {
            fields.put(key, value);
        }

        public void remove(String key) {
            fields.remove(key);
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

        public Arr(String source, String path, Position position, List<Node> elements) {
            super(source, path, position);
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

        Value(String source, String path, Position position, Object value) {
            super(source, path, position);
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
