package org.jixiao.engine.rubric;

import java.util.List;
import org.jixiao.engine.read.Node;
import org.jixiao.engine.read.Problems;

/**
 * A rubric's {@code defaults:} — parameters given once per indicator type, such as a province's 偏离 rule for every
 * target row: {@code defaults: {target: {deviationPercent: 30, deviationPoints: 1}}}. Each row of that type that does
 * not set the parameter itself gets the default, which keeps the position it was written at, so that a bad default is
 * reported where it was written. An extending rubric's defaults replace the base's parameter by parameter.
 *
 * <p>And {@code skeleton: true}: a rubric whose groups a rubric that extends it fills (the project self-evaluation
 * form's 产出/效益/满意度 before a project's own rows). It is not inherited, and it cannot be scored by itself.
 */
final class RubricDefaults {

    static final String DEFAULTS = "defaults";
    static final String SKELETON = "skeleton";

    private RubricDefaults() {}

    /** Whether a document says {@code skeleton: true} itself (the key is not inherited, so its bases do not count). */
    static boolean says(Node root) {
        return root instanceof Node.Obj obj
                && obj.get(SKELETON) instanceof Node.Value flag
                && Boolean.TRUE.equals(flag.value());
    }

    /** The document's rows given their type's defaults; the {@code defaults} and {@code skeleton} keys read. */
    static void apply(Node.Obj root, Problems problems) {
        Node skeleton = root.get(SKELETON);
        if (skeleton != null) {
            if (!(skeleton instanceof Node.Value flag && flag.value() instanceof Boolean)) {
                problems.at(skeleton, "expected true or false for skeleton, got " + skeleton.describe());
            } else if (Boolean.TRUE.equals(flag.value())) {
                problems.at(
                        skeleton,
                        "this rubric is a skeleton (skeleton: true): a rubric that extends it fills its groups with"
                                + " the rows of a project, and that rubric is the one to score with");
            }
            root.remove(SKELETON);
        }
        Node defaults = root.get(DEFAULTS);
        if (defaults == null) {
            return;
        }
        root.remove(DEFAULTS);
        if (!(defaults instanceof Node.Obj byType)) {
            problems.at(
                    defaults,
                    "expected defaults as parameters by indicator type, such as {target: {deviationPercent: 30}},"
                            + " got " + defaults.describe());
            return;
        }
        boolean wellFormed = true;
        for (Node params : byType.fields().values()) {
            if (!(params instanceof Node.Obj)) {
                problems.at(
                        params,
                        "expected the type's parameters, such as {deviationPercent: 30}, got " + params.describe());
                wellFormed = false;
            }
        }
        if (!wellFormed) {
            return;
        }
        if (root.get("groups") instanceof Node.Arr groups) {
            groups.elements().forEach(group -> rows(group, byType));
        }
        for (String extra : List.of("bonus", "penalty")) {
            if (root.get(extra) instanceof Node.Obj obj) {
                rows(obj, byType);
            }
        }
    }

    /** Merges a base's and an extending rubric's defaults: type by type, parameter by parameter. */
    static Node merge(Node base, Node child) {
        if (!(base instanceof Node.Obj baseTypes) || !(child instanceof Node.Obj childTypes)) {
            return child;
        }
        Node.Obj merged = new Node.Obj(child.source(), child.path(), child.position());
        baseTypes.fields().forEach(merged::put);
        childTypes.fields().forEach((type, params) -> {
            if (merged.get(type) instanceof Node.Obj was && params instanceof Node.Obj now) {
                Node.Obj both = new Node.Obj(now.source(), now.path(), now.position());
                was.fields().forEach(both::put);
                now.fields().forEach(both::put);
                merged.put(type, both);
            } else {
                merged.put(type, params);
            }
        });
        return merged;
    }

    /** A group's or an extra's rows, at any depth, given their type's defaults. */
    private static void rows(Node entry, Node.Obj byType) {
        if (!(entry instanceof Node.Obj obj)) {
            return;
        }
        if (obj.get("indicators") instanceof Node.Arr rows) {
            rows.elements().forEach(row -> rows(row, byType));
            return;
        }
        if (!(obj.get("type") instanceof Node.Value type && type.value() instanceof String id)
                || !(byType.get(id.strip()) instanceof Node.Obj defaults)) {
            return;
        }
        Node written = obj.get("params");
        if (written != null && !(written instanceof Node.Obj)) {
            return; // the reader refuses it where it was written
        }
        Node.Obj params = written == null
                ? new Node.Obj(defaults.source(), Node.child(obj.path(), "params"), defaults.position())
                : new Node.Obj(written.source(), written.path(), written.position());
        defaults.fields().forEach(params::put);
        if (written instanceof Node.Obj own) {
            own.fields().forEach(params::put);
        }
        obj.put("params", params);
    }
}
