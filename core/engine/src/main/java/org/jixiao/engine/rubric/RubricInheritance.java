package org.jixiao.engine.rubric;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.problem.Suggestions;
import org.jixiao.engine.read.Node;
import org.jixiao.engine.read.Problems;
import org.jixiao.engine.read.TreeReader;

/**
 * Resolves {@code extends}: reads the base rubric (by id from a {@link RubricLibrary}, or by path relative
 * to the extending file), resolves its own base first, and merges the extending rubric into it.
 *
 * <p>Merging is by id. Top-level keys replace the base's ({@code grades} as a whole); a group or an
 * indicator that the base has is changed key by key ({@code params} and {@code facts} entry by entry);
 * one the base lacks is added at the end; {@code remove: true} removes one. Rows and groups marked
 * {@code locked: true} cannot be changed or removed by an extending rubric. Every merged value keeps the
 * file, line and path it was written at, so problems in the merged rubric point into the right file.
 *
 * <p>Internal to the engine: public for its other rooms only, not API.
 */
public final class RubricInheritance {

    private static final Set<String> LIST_KEYS = Set.of("groups", "indicators");

    private final TreeReader trees;
    private final RubricLibrary library;
    private final Problems problems;

    /** The folder of the file the user gave: {@code extends:} paths may not leave it. */
    private final Path root;

    private RubricInheritance(TreeReader trees, RubricLibrary library, Problems problems, Path root) {
        this.root = root;
        this.trees = trees;
        this.library = library;
        this.problems = problems;
    }

    /**
     * Whether a rubric document is a skeleton ({@code skeleton: true}): there to be extended, not scored with.
     *
     * @param document the document as read, its {@code extends} not resolved
     * @return whether it says so itself
     */
    public static boolean isSkeleton(TreeReader.Document document) {
        return RubricDefaults.says(document.root());
    }

    /** The rubric with every {@code extends} resolved; the document itself when it extends nothing. */
    public static TreeReader.Document resolve(TreeReader.Document document, TreeReader trees, RubricLibrary library) {
        Problems problems = new Problems("rubric", document.source(), document);
        RubricReader.requireRubricShape(document);
        Path top = document.source().endsWith("(built-in)")
                ? null
                : Path.of(document.source()).toAbsolutePath().getParent();
        TreeReader.Document resolved =
                new RubricInheritance(trees, library, problems, top).resolve(document, new ArrayList<>());
        problems.throwIfAny();
        if (resolved.root() instanceof Node.Obj root) {
            RubricDefaults.apply(root, problems);
            problems.throwIfAny();
        }
        return resolved;
    }

    private TreeReader.Document resolve(TreeReader.Document document, List<String> chain) {
        if (!(document.root() instanceof Node.Obj child) || child.get("extends") == null) {
            return document;
        }
        Node reference = child.get("extends");
        if (!(reference instanceof Node.Value value) || !(value.value() instanceof String ref) || ref.isBlank()) {
            problems.at(
                    reference,
                    "expected the id or the path of the rubric this one extends, got " + reference.describe());
            return document;
        }
        List<String> here = new ArrayList<>(chain);
        here.add(document.source());
        TreeReader.Document base = load(ref.strip(), document.source(), reference);
        if (base == null) {
            return document;
        }
        if (here.contains(base.source())) {
            here.add(base.source());
            problems.at(
                    reference,
                    "extends cycle: " + String.join(" → ", here.subList(here.indexOf(base.source()), here.size())));
            return document;
        }
        TreeReader.Document resolvedBase = resolve(base, here);
        if (!(resolvedBase.root() instanceof Node.Obj baseRoot)) {
            problems.at(reference, "the base rubric " + base.source() + " is not a rubric (an object)");
            return document;
        }
        for (String key : List.of("id", "version")) {
            if (child.get(key) == null) {
                problems.at(child, "a rubric that extends another needs its own \"" + key + "\"");
            }
        }
        return new TreeReader.Document(document.source(), merge(baseRoot, child));
    }

    private TreeReader.Document load(String ref, String fromSource, Node at) {
        try {
            if (RubricLibrary.namesFile(ref)) {
                Path from = Path.of(fromSource).toAbsolutePath().getParent();
                if (root == null || from == null || fromSource.endsWith("(built-in)")) {
                    problems.at(
                            at,
                            "a built-in rubric or one given as text extends others by id only, not by the" + " path "
                                    + ref);
                    return null;
                }
                Path file;
                try {
                    file = RubricPaths.resolve(root, from, ref);
                } catch (IllegalArgumentException outside) {
                    problems.at(at, outside.getMessage());
                    return null;
                }
                return RubricReader.requireRubricShape(trees.read(file));
            }
            RubricLibrary.Text text = library.find(ref).orElse(null);
            if (text == null) {
                problems.at(
                        at,
                        "extends an unknown rubric \"" + ref + "\""
                                + Suggestions.didYouMean(ref, library.ids())
                                + (library.ids().isEmpty()
                                        ? ""
                                        : "; known rubrics: " + String.join(", ", library.ids()))
                                + "; or give the path of a rubric file");
                return null;
            }
            return RubricReader.requireRubricShape(
                    trees.read(text.name(), text.text().getBytes(StandardCharsets.UTF_8)));
        } catch (InputException e) {
            e.problems().forEach(p -> problems.at(at, "the base rubric cannot be read: " + p.format()));
            return null;
        }
    }

    private static boolean retyped(Node.Obj base, Node.Obj child) {
        return child.get("type") instanceof Node.Value now
                && base.get("type") instanceof Node.Value was
                && !java.util.Objects.equals(now.value(), was.value());
    }

    /** The child's top-level keys over the base's; groups merged by id. */
    private Node.Obj merge(Node.Obj base, Node.Obj child) {
        Node.Obj merged = new Node.Obj(child.source(), child.path(), child.position());
        base.fields().forEach(merged::put);
        merged.remove(RubricDefaults.SKELETON); // a skeleton's extension is a rubric to score, unless it says not
        child.fields().forEach((key, value) -> {
            if (key.equals("groups")) {
                merged.put(key, mergeList(base.get(key), value, "group", false));
            } else if (key.equals("facts")
                    && base.get(key) instanceof Node.Obj baseFacts
                    && value instanceof Node.Obj facts) {
                // what a rubric says of its facts, fact by fact: the extending rubric's entry replaces the base's
                merged.put(key, overlay(baseFacts, facts));
            } else if (key.equals(RubricDefaults.DEFAULTS)) {
                merged.put(key, RubricDefaults.merge(base.get(key), value));
            } else if (!key.equals("extends")) {
                merged.put(key, value);
            }
        });
        return merged;
    }

    /** The base map's entries, each replaced by the child's of the same key, then the child's new ones. */
    private static Node.Obj overlay(Node.Obj base, Node.Obj child) {
        Node.Obj map = new Node.Obj(child.source(), child.path(), child.position());
        base.fields().forEach(map::put);
        child.fields().forEach(map::put);
        return map;
    }

    /** Entries of {@code child} merged into {@code base} by id: changed, added or removed. */
    private Node mergeList(Node base, Node child, String what, boolean lockedParent) {
        if (!(base instanceof Node.Arr baseList) || !(child instanceof Node.Arr childList)) {
            return child;
        }
        List<Node> merged = new ArrayList<>(baseList.elements());
        for (Node entry : childList.elements()) {
            String id = id(entry);
            int index = id == null ? -1 : indexOf(merged, id);
            if (id == null) {
                merged.add(entry);
            } else if (isTrue(entry, "remove")) {
                if (index < 0) {
                    problems.at(
                            entry,
                            "there is no " + what + " " + id + " to remove in the base rubric"
                                    + Suggestions.didYouMean(id, ids(merged)));
                } else if (lockedBy(merged.get(index)) != null) {
                    problems.at(entry, locked(what, id, merged.get(index), "remove it"));
                } else if (lockedParent) {
                    problems.at(entry, "the group is locked; extending rubrics may not remove its indicators");
                } else {
                    merged.remove(index);
                }
            } else if (index < 0) {
                if (lockedParent) {
                    problems.at(entry, "the group is locked; extending rubrics may not add indicators to it");
                }
                List<String> missing = missingForNew(entry, what);
                if (!missing.isEmpty()) {
                    // not a whole new entry, so meant as a change: a typo in an inherited id
                    problems.at(
                            entry,
                            "there is no " + what + " " + id + " in the base rubric to change"
                                    + Suggestions.didYouMean(id, ids(merged)) + " (a new " + what + " would also need "
                                    + String.join(" and ", missing) + ")");
                }
                merged.add(entry);
            } else {
                merged.set(index, mergeEntry((Node.Obj) merged.get(index), (Node.Obj) entry, what, id));
            }
        }
        return new Node.Arr(child.source(), child.path(), child.position(), merged);
    }

    /** The keys a new group or indicator needs that this entry lacks. */
    private static List<String> missingForNew(Node entry, String what) {
        boolean group = what.equals("group") || entry instanceof Node.Obj obj && obj.get("indicators") != null;
        List<String> needed = group ? List.of("name", "weight", "indicators") : List.of("name", "weight", "type");
        List<String> missing = new ArrayList<>();
        if (entry instanceof Node.Obj obj) {
            needed.stream().filter(key -> obj.get(key) == null).forEach(missing::add);
        }
        return missing;
    }

    private static List<String> ids(List<Node> entries) {
        List<String> ids = new ArrayList<>();
        entries.forEach(entry -> {
            String id = id(entry);
            if (id != null) {
                ids.add(id);
            }
        });
        return ids;
    }

    private Node.Obj mergeEntry(Node.Obj base, Node.Obj child, String what, String id) {
        Node lockedAt = lockedBy(base);
        Node.Obj merged = new Node.Obj(child.source(), child.path(), child.position());
        base.fields().forEach(merged::put);
        if (retyped(base, child)) {
            // another type reads other parameters and facts: they start afresh, from the child alone
            merged.remove("params");
            merged.remove("facts");
        }
        child.fields().forEach((key, value) -> {
            if (key.equals("id")) {
                return;
            }
            if (lockedAt != null && !(key.equals("indicators") || key.equals("locked") && isTrue(child, "locked"))) {
                problems.at(value, locked(what, id, base, "change its " + key));
                return;
            }
            if (LIST_KEYS.contains(key)) {
                merged.put(key, mergeList(base.get(key), value, "indicator", lockedAt != null));
            } else if ((key.equals("params") || key.equals("facts"))
                    && !retyped(base, child)
                    && base.get(key) instanceof Node.Obj baseMap
                    && value instanceof Node.Obj childMap) {
                merged.put(key, overlay(baseMap, childMap));
            } else {
                merged.put(key, value);
            }
        });
        return merged;
    }

    private static String locked(String what, String id, Node base, String change) {
        Node lock = lockedBy(base);
        return what + " " + id + " is locked by " + lock.source()
                + (lock.position() == null ? "" : " (line " + lock.position().line() + ")")
                + "; an extending rubric may not " + change;
    }

    /** The {@code locked: true} node of an entry, or null. */
    private static Node lockedBy(Node entry) {
        return entry instanceof Node.Obj obj && isTrue(obj, "locked") ? obj.get("locked") : null;
    }

    private static boolean isTrue(Node entry, String key) {
        return entry instanceof Node.Obj obj && obj.get(key) instanceof Node.Value v && Boolean.TRUE.equals(v.value());
    }

    private static String id(Node entry) {
        return entry instanceof Node.Obj obj && obj.get("id") instanceof Node.Value v && v.value() instanceof String s
                ? s.strip()
                : null;
    }

    private static int indexOf(List<Node> entries, String id) {
        for (int i = 0; i < entries.size(); i++) {
            if (id.equals(id(entries.get(i)))) {
                return i;
            }
        }
        return -1;
    }
}
