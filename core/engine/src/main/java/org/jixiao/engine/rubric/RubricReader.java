package org.jixiao.engine.rubric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.read.Fields;
import org.jixiao.engine.read.Node;
import org.jixiao.engine.read.Problems;
import org.jixiao.engine.read.TreeReader;
import org.jixiao.spi.scoring.Numbers;

/**
 * Turns a rubric document into a {@link Rubric}, reporting every structural problem at once.
 *
 * <p>Internal to the engine: public for its other rooms only, not API.
 */
public final class RubricReader {
    // Why this file is long: one reader per rubric key (groups, rows, bands, extras, vetoes, roll-up, facts) in a
    // single pass that collects every problem of the document at once; splitting it by key would pass the same Problems
    // and Fields through every part.

    private static final List<String> RUBRIC_KEYS = List.of(
            "id",
            "version",
            "title",
            "total",
            "grades",
            "groups",
            "bonus",
            "penalty",
            "vetoes",
            "rollup",
            "document",
            "facts",
            "rounding",
            "caps",
            "extends",
            "defaults",
            "skeleton");
    private static final List<String> CAP_KEYS = List.of("atMost", "when", "reason");
    private static final List<String> ROUNDING_KEYS = List.of("decimals", "mode");
    private static final Map<String, java.math.RoundingMode> ROUNDING_MODES = Map.of(
            "half-up", java.math.RoundingMode.HALF_UP,
            "half-even", java.math.RoundingMode.HALF_EVEN,
            "down", java.math.RoundingMode.DOWN,
            "up", java.math.RoundingMode.UP);
    private static final List<String> FACT_KEYS = List.of("label", "unit", "plausible", "ratio");
    private static final List<String> PLAUSIBLE_KEYS = List.of("min", "max", "actualToPlan");
    private static final List<String> RATIO_KEYS = List.of("per", "min", "max");
    private static final List<String> ROLLUP_KEYS = List.of("method", "decimals", "facts");
    /** Rounding of means that do not terminate, unless the rubric says otherwise: as scores are. */
    public static final int DEFAULT_ROLLUP_DECIMALS = 2;

    private static final List<String> EXTRA_KEYS = List.of("name", "cap", "indicators");
    private static final List<String> VETO_KEYS = List.of("id", "name", "fact", "reason");
    private static final List<String> GRADE_KEYS = List.of("grade", "label", "min", "above", "atMost", "below");
    private static final List<String> GROUP_KEYS =
            List.of("id", "name", "weight", "indicators", "locked", "remove", "judgement");
    private static final List<String> ROW_KEYS = List.of(
            "id",
            "name",
            "weight",
            "type",
            "criteria",
            "params",
            "facts",
            "notApplicableWhen",
            "locked",
            "remove",
            "judgement");

    /** Levels of indicators a table may have, 一级 to the scored rows. */
    static final int MAX_LEVELS = 6;

    private RubricReader() {}

    /** Whether a document is a programme set: a rubric-like file that lists its programmes under "programmes". */
    public static boolean describesProgrammeSet(Node root) {
        return root instanceof Node.Obj obj && obj.get("programmes") instanceof Node.Arr;
    }

    /**
     * The document, if it has the shape of a rubric (an object with at least one rubric key); otherwise a
     * refusal that echoes nothing of it, so that a path naming some other file cannot print that file.
     */
    static TreeReader.Document requireRubricShape(TreeReader.Document document) {
        if (describesProgrammeSet(document.root())) {
            throw InputException.of(
                    "rubric",
                    document.source(),
                    "is a programme set, not a rubric: it scores submissions that give each programme's"
                            + " facts under \"programmes\", and cannot be extended or used as one programme's"
                            + " rubric");
        }
        if (document.root() instanceof Node.Obj obj
                && obj.fields().keySet().stream()
                        .anyMatch(key -> RUBRIC_KEYS.contains(key) && !key.equals("title") && !key.equals("facts"))) {
            return document;
        }
        throw InputException.of(
                "rubric",
                document.source(),
                "is not a rubric: a rubric is"
                        + " an object with the keys id, version, total, grades and groups (or extends)");
    }

    public static Rubric read(TreeReader.Document document) {
        requireRubricShape(document);
        Problems problems = new Problems("rubric", document.source(), document);
        Fields root = Fields.of(document.root(), problems, "a rubric", RUBRIC_KEYS);
        if (root == null) {
            problems.throwIfAny();
        }
        String id = root.text("id");
        String version = root.text("version");
        String title = root.optionalText("title", "");
        BigDecimal total = root.number("total");
        List<GradeBand> grades = new ArrayList<>();
        for (Node band : root.list("grades")) {
            Fields fields = Fields.of(band, problems, "a grade band", GRADE_KEYS);
            if (fields != null) {
                String grade = fields.text("grade");
                boolean above = fields.node().get("above") != null;
                if (above && fields.node().get("min") != null) {
                    problems.at(
                            fields.node(),
                            "grade band " + grade + ": give either min (the total itself"
                                    + " included) or above (excluded), not both");
                }
                grades.add(new GradeBand(
                        grade, fields.optionalText("label", grade), fields.number(above ? "above" : "min"), !above));
            }
        }
        checkUpperEnds(root, grades, total, problems);
        List<Rubric.Group> groups = new ArrayList<>();
        for (Node group : root.list("groups")) {
            Rubric.Group read = group(group, problems, 1);
            if (read != null) {
                groups.add(read);
            }
        }
        Rubric.Extra bonus = extra(root, "bonus", "加分项", problems);
        Rubric.Extra penalty = extra(root, "penalty", "扣分项", problems);
        List<Rubric.Veto> vetoes = new ArrayList<>();
        if (root.node().get("vetoes") != null) {
            for (Node veto : root.list("vetoes")) {
                Fields fields = Fields.of(veto, problems, "a veto", VETO_KEYS);
                if (fields != null) {
                    String name = fields.text("name");
                    vetoes.add(new Rubric.Veto(
                            fields.text("id"), name, fields.text("fact"), fields.optionalText("reason", name)));
                }
            }
        }
        Rubric.Rollup rollup = rollup(root.optionalObject("rollup"), problems);
        Rubric.Document documentMeta = document(root.optionalObject("document"), problems);
        Map<String, Rubric.FactDeclaration> facts = facts(root.optionalObject("facts"), problems);
        Rubric.Rounding rounding = rounding(root.optionalObject("rounding"), problems);
        List<Rubric.Cap> caps = caps(root.node().get("caps"), problems);
        problems.throwIfAny();
        return new Rubric(
                id,
                version,
                title,
                total,
                grades,
                groups,
                bonus,
                penalty,
                vetoes,
                rollup,
                documentMeta,
                facts,
                rounding,
                caps);
    }

    /**
     * {@code caps: [{atMost: 89, when: {funds: {below: 80}}, reason: 预算执行率低于80%}]}: the most a total may be where
     * the facts say so.
     */
    private static List<Rubric.Cap> caps(Node node, Problems problems) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof Node.Arr list)) {
            problems.at(
                    node,
                    "expected a list of caps on the total, each {atMost: 89, when: {funds: {below: 80}}, reason: …},"
                            + " got " + node.describe());
            return List.of();
        }
        List<Rubric.Cap> caps = new ArrayList<>();
        for (Node entry : list.elements()) {
            Fields fields = Fields.of(entry, problems, "a cap on the total {atMost, when, reason}", CAP_KEYS);
            if (fields == null) {
                continue;
            }
            Node most = fields.node().get("atMost");
            BigDecimal atMost = null;
            if (most instanceof Node.Value v && v.value() instanceof BigDecimal points && points.signum() >= 0) {
                atMost = points;
            } else {
                problems.at(
                        most == null ? fields.node() : most,
                        "expected atMost: the highest total allowed (a number, 0 or more)");
            }
            Node whenNode = fields.node().get("when");
            List<Rubric.Condition> when = List.of();
            if (whenNode == null) {
                problems.at(
                        fields.node(),
                        "missing key \"when\"; a cap holds where the facts say so, such as"
                                + " when: {funds: {below: 80}}");
            } else {
                when = JudgementReader.conditions(whenNode, problems);
            }
            String reason = fields.text("reason");
            if (atMost != null && !when.isEmpty() && !reason.isEmpty()) {
                caps.add(new Rubric.Cap(atMost, when, reason));
            }
        }
        return caps;
    }

    /** {@code rounding: {decimals: 2, mode: half-up}}: the totals as the table states them (保留两位小数). */
    private static Rubric.Rounding rounding(Node.Obj node, Problems problems) {
        if (node == null) {
            return null;
        }
        Fields fields = Fields.of(node, problems, "how totals are rounded {decimals, mode}", ROUNDING_KEYS);
        int decimals = 2;
        if (node.get("decimals") != null) {
            BigDecimal written = fields.number("decimals");
            if (written == null
                    || written.stripTrailingZeros().scale() > 0
                    || written.signum() < 0
                    || written.compareTo(BigDecimal.valueOf(6)) > 0) {
                problems.at(
                        node.get("decimals"),
                        "expected a whole number of decimals from 0 to 6, got "
                                + node.get("decimals").describe());
                return null;
            }
            decimals = written.intValueExact();
        }
        String mode = fields.optionalText("mode", "half-up").strip();
        if (!ROUNDING_MODES.containsKey(mode)) {
            problems.at(
                    node.get("mode"),
                    "unknown rounding mode \"" + mode + "\"; expected half-up (四舍五入), half-even, down (舍去) or up (进一)");
            return null;
        }
        return new Rubric.Rounding(decimals, ROUNDING_MODES.get(mode));
    }

    /**
     * A band may also state its upper end as the table writes it ("95≥S&gt;85": {@code above: 85, atMost: 95}, or
     * {@code below: 95}). The upper end is the next band's lower one, so it is checked, not kept: a total that would
     * fall in no band, or in two, is refused here, naming it.
     */
    private static void checkUpperEnds(Fields root, List<GradeBand> grades, BigDecimal total, Problems problems) {
        List<Node> written = root.node().get("grades") instanceof Node.Arr list ? list.elements() : List.of();
        for (int i = 0; i < written.size() && i < grades.size(); i++) {
            if (!(written.get(i) instanceof Node.Obj band)) {
                continue;
            }
            Node atMost = band.get("atMost");
            Node below = band.get("below");
            if (atMost == null && below == null) {
                continue;
            }
            GradeBand here = grades.get(i);
            if (atMost != null && below != null) {
                problems.at(
                        band,
                        "grade band " + here.grade() + ": give either atMost (the total itself included) or"
                                + " below (excluded), not both");
                continue;
            }
            Node end = atMost != null ? atMost : below;
            if (!(end instanceof Node.Value v) || !(v.value() instanceof BigDecimal upper)) {
                problems.at(end, "grade band " + here.grade() + ": expected a number, got " + end.describe());
                continue;
            }
            boolean upperIncluded = atMost != null;
            String upperText = (upperIncluded ? "≤" : "<") + Numbers.plain(upper);
            if (i == 0) {
                // the highest band reaches the table's total
                if (upper.compareTo(total) < 0 || !upperIncluded && upper.compareTo(total) == 0) {
                    problems.at(
                            end,
                            "grade band " + here.grade() + " ends " + upperText + ", so a total above it up" + " to "
                                    + Numbers.plain(total) + " falls in no band");
                }
                continue;
            }
            GradeBand higher = grades.get(i - 1);
            int compared = upper.compareTo(higher.min());
            String both = "grade bands " + here.grade() + " (" + upperText + ") and " + higher.grade() + " ("
                    + higher.boundary() + ")";
            if (compared < 0) {
                problems.at(
                        end,
                        both + " leave totals between " + Numbers.plain(upper) + " and " + Numbers.plain(higher.min())
                                + " in no band");
            } else if (compared > 0) {
                problems.at(
                        end,
                        both + " overlap: totals between " + Numbers.plain(higher.min()) + " and "
                                + Numbers.plain(upper) + " fall in both");
            } else if (upperIncluded && higher.inclusive()) {
                problems.at(
                        end,
                        both + " both hold a total of " + Numbers.plain(upper)
                                + ": write one of them with above/below (the total itself excluded)");
            } else if (!upperIncluded && !higher.inclusive()) {
                problems.at(
                        end,
                        both + " both leave out a total of " + Numbers.plain(upper)
                                + ", which then falls in no band: write one of them with min/atMost (the total itself"
                                + " included)");
            }
        }
    }

    /** {@code rollup: {method, decimals, facts: {name: sum | all | any | min | max | own | {mean: weightFact}}}}. */
    private static Rubric.Rollup rollup(Node.Obj node, Problems problems) {
        if (node == null) {
            return null;
        }
        Fields fields = Fields.of(node, problems, "a roll-up", ROLLUP_KEYS);
        RollupMethod method = RollupMethod.FACTS;
        Node methodNode = node.get("method");
        if (methodNode != null) {
            Object word = methodNode instanceof Node.Value v ? v.value() : null;
            method = word instanceof String text
                    ? RollupMethod.ofWord(text.strip()).orElse(null)
                    : null;
            if (method == null) {
                problems.at(
                        methodNode,
                        "expected facts (combine the counties' facts and score them) or"
                                + " mean-of-totals (the mean of the counties' totals), got " + methodNode.describe());
                method = RollupMethod.FACTS;
            }
        }
        int decimals = DEFAULT_ROLLUP_DECIMALS;
        Node decimalsNode = node.get("decimals");
        if (decimalsNode != null) {
            BigDecimal written = fields.number("decimals");
            if (written.stripTrailingZeros().scale() > 0
                    || written.signum() < 0
                    || written.compareTo(BigDecimal.TEN) > 0) {
                problems.at(
                        decimalsNode,
                        "expected the decimal places a mean is rounded to, a whole number from 0" + " to 10, got "
                                + decimalsNode.describe());
            } else {
                decimals = written.intValueExact();
            }
        }
        Map<String, org.jixiao.spi.RollupRule> rules = new LinkedHashMap<>();
        Node.Obj factsNode = fields.optionalObject("facts");
        if (factsNode != null) {
            factsNode.fields().forEach((fact, value) -> {
                org.jixiao.spi.RollupRule rule = rule(value);
                if (rule == null) {
                    problems.at(
                            value,
                            "expected a roll-up rule: sum, all, any, min, max, own, join (texts side by side), mean"
                                    + " (every county counting the same), or {mean: weightFact} for a mean weighted by"
                                    + " another fact, got "
                                    + value.describe());
                } else {
                    rules.put(fact, rule);
                }
            });
        }
        return new Rubric.Rollup(method, decimals, rules);
    }

    /**
     * {@code facts: {name: {label, unit, plausible: {min, max, actualToPlan}, ratio: {per, min, max}}}}: what the
     * rubric says of its facts beyond its indicators.
     */
    private static Map<String, Rubric.FactDeclaration> facts(Node.Obj node, Problems problems) {
        Map<String, Rubric.FactDeclaration> facts = new LinkedHashMap<>();
        if (node == null) {
            return facts;
        }
        node.fields().forEach((name, value) -> {
            Fields fields = Fields.of(value, problems, "what the rubric says of fact " + name, FACT_KEYS);
            if (fields == null) {
                return;
            }
            String label = fields.node().get("label") == null ? null : fields.text("label");
            String unit = fields.node().get("unit") == null ? null : unit(fields);
            org.jixiao.spi.Plausible plausible = null;
            Node.Obj range = fields.optionalObject("plausible");
            if (range != null) {
                Fields r = Fields.of(range, problems, "a plausible range", PLAUSIBLE_KEYS);
                BigDecimal min = optionalNumber(r, "min");
                BigDecimal max = optionalNumber(r, "max");
                BigDecimal toPlan = optionalNumber(r, "actualToPlan");
                if (min == null && max == null && toPlan == null) {
                    problems.at(range, "fact " + name + ": a plausible range needs min, max or actualToPlan");
                } else if (min != null && max != null && min.compareTo(max) > 0) {
                    problems.at(
                            range,
                            "fact " + name + ": min " + min.toPlainString() + " is above max " + max.toPlainString());
                } else if (toPlan != null && toPlan.signum() <= 0) {
                    problems.at(
                            range, "fact " + name + ": actualToPlan must be above 0, got " + toPlan.toPlainString());
                } else {
                    plausible = new org.jixiao.spi.Plausible(min, max, toPlan);
                }
            }
            Rubric.Ratio ratio = null;
            Node.Obj ratioNode = fields.optionalObject("ratio");
            if (ratioNode != null) {
                Fields r = Fields.of(ratioNode, problems, "a plausible ratio", RATIO_KEYS);
                String per = r.text("per");
                BigDecimal min = optionalNumber(r, "min");
                BigDecimal max = optionalNumber(r, "max");
                if (min == null && max == null) {
                    problems.at(ratioNode, "fact " + name + ": a plausible ratio needs min, max or both");
                } else if (min != null && max != null && min.compareTo(max) > 0) {
                    problems.at(
                            ratioNode,
                            "fact " + name + ": min " + min.toPlainString() + " is above max " + max.toPlainString());
                } else if (!per.isEmpty()) {
                    ratio = new Rubric.Ratio(per, min, max);
                }
            }
            facts.put(name, new Rubric.FactDeclaration(label, unit, plausible, ratio));
        });
        return facts;
    }

    private static String unit(Fields fields) {
        Node value = fields.node().get("unit");
        if (value instanceof Node.Value v && v.value() instanceof String text) {
            return text.strip();
        }
        fields.problem(value, "expected a unit such as 万元, got " + value.describe());
        return null;
    }

    private static BigDecimal optionalNumber(Fields fields, String key) {
        return fields == null || fields.node().get(key) == null ? null : fields.number(key);
    }

    /** {@code document: {stamps: [..], basis: [..], addressee: ..}}. */
    private static Rubric.Document document(Node.Obj node, Problems problems) {
        if (node == null) {
            return null;
        }
        Fields fields = Fields.of(node, problems, "the document's metadata", List.of("stamps", "basis", "addressee"));
        String addressee = "";
        java.util.Map<String, String> addressees = new java.util.LinkedHashMap<>();
        if (node.get("addressee") instanceof Node.Obj byLevel) {
            // addressee: {county: 市财政局…, city: 省财政厅…}: each level reports to the one above it
            Fields levels = Fields.of(byLevel, problems, "the addressee of each level", Rubric.Document.LEVELS);
            for (String level : Rubric.Document.LEVELS) {
                String text = levels.optionalText(level, "");
                if (!text.isBlank()) {
                    addressees.put(level, text.strip());
                }
            }
        } else {
            addressee = fields.optionalText("addressee", "");
        }
        return new Rubric.Document(
                texts(fields, "stamps", problems), texts(fields, "basis", problems), addressee, addressees);
    }

    private static List<String> texts(Fields fields, String key, Problems problems) {
        List<String> texts = new ArrayList<>();
        if (fields.node().get(key) == null) {
            return texts;
        }
        for (Node item : fields.list(key)) {
            if (item instanceof Node.Value v && v.value() instanceof String text && !text.isBlank()) {
                texts.add(text.strip());
            } else {
                problems.at(item, "expected a text, got " + item.describe());
            }
        }
        return texts;
    }

    private static org.jixiao.spi.RollupRule rule(Node value) {
        if (value instanceof Node.Value v && v.value() instanceof String word) {
            if (word.strip().equals("mean")) {
                return org.jixiao.spi.RollupRule.mean(); // every county counting the same
            }
            return org.jixiao.spi.RollupRule.Method.ofWord(word)
                    .filter(m -> m != org.jixiao.spi.RollupRule.Method.WEIGHTED_MEAN)
                    .map(m -> new org.jixiao.spi.RollupRule(m, null))
                    .orElse(null);
        }
        if (value instanceof Node.Obj obj
                && obj.fields().size() == 1
                && obj.get("mean") instanceof Node.Value v
                && v.value() instanceof String weight
                && !weight.isBlank()) {
            return org.jixiao.spi.RollupRule.meanWeightedBy(weight.strip());
        }
        return null;
    }

    /** {@code locked} must be true or false; {@code remove} only makes sense in a rubric that extends another. */
    /**
     * A group and, where its indicators are groups themselves (an entry with {@code indicators:}), its sub-groups:
     * any number of levels, each a group of the next, down to the rows that are scored.
     */
    private static Rubric.Group group(Node node, Problems problems, int level) {
        Fields fields = Fields.of(node, problems, level == 1 ? "a group" : "a sub-group", GROUP_KEYS);
        if (fields == null) {
            return null;
        }
        checkMarks(fields.node(), problems);
        String groupId = fields.text("id");
        String name = fields.text("name");
        BigDecimal weight = fields.number("weight");
        List<Rubric.Row> rows = new ArrayList<>();
        List<Rubric.Group> subgroups = new ArrayList<>();
        int plain = 0;
        for (Node entry : fields.list("indicators")) {
            if (entry instanceof Node.Obj obj && obj.get("indicators") != null) {
                if (level >= MAX_LEVELS - 1) {
                    problems.at(entry, "indicators nest more than " + MAX_LEVELS + " levels deep");
                    continue;
                }
                Rubric.Group subgroup = group(entry, problems, level + 1);
                if (subgroup != null) {
                    subgroups.add(subgroup);
                    rows.addAll(subgroup.indicators());
                }
            } else {
                plain++;
                Rubric.Row read = row(entry, problems);
                if (read != null) {
                    rows.add(read);
                }
            }
        }
        if (plain > 0 && !subgroups.isEmpty()) {
            problems.at(
                    fields.node().get("indicators"),
                    "group " + groupId + " mixes indicators and sub-groups; put each indicator in a sub-group, so"
                            + " that every level adds up");
        }
        Node judgementNode = fields.node().get("judgement");
        List<Rubric.Judgement> judgements =
                judgementNode == null ? List.of() : JudgementReader.read(judgementNode, problems);
        return new Rubric.Group(groupId, name, weight, rows, subgroups, judgements);
    }

    private static void checkMarks(Node.Obj entry, Problems problems) {
        Node locked = entry.get("locked");
        if (locked != null && !(locked instanceof Node.Value v && v.value() instanceof Boolean)) {
            problems.at(locked, "expected true or false, got " + locked.describe());
        }
        Node remove = entry.get("remove");
        if (remove != null) {
            problems.at(
                    remove,
                    "remove: true removes a group or indicator of the base rubric; there is none"
                            + " with this id, or this rubric extends none");
        }
    }

    private static Rubric.Extra extra(Fields root, String key, String defaultName, Problems problems) {
        Node.Obj node = root.optionalObject(key);
        if (node == null) {
            return null;
        }
        Fields fields = Fields.of(node, problems, "the " + key + " items", EXTRA_KEYS);
        List<Rubric.Row> rows = new ArrayList<>();
        for (Node row : fields.list("indicators")) {
            Rubric.Row read = row(row, problems);
            if (read != null) {
                rows.add(read);
            }
        }
        return new Rubric.Extra(fields.optionalText("name", defaultName), fields.number("cap"), rows);
    }

    private static Rubric.Row row(Node node, Problems problems) {
        Fields fields = Fields.of(node, problems, "an indicator", ROW_KEYS);
        if (fields == null) {
            return null;
        }
        checkMarks(fields.node(), problems);
        String id = fields.text("id");
        String name = fields.text("name");
        BigDecimal weight = fields.number("weight");
        String type = fields.text("type");
        String criteria = fields.optionalText("criteria", "");
        Map<String, Object> params = new LinkedHashMap<>();
        Node.Obj paramsNode = fields.optionalObject("params");
        if (paramsNode != null) {
            paramsNode.fields().forEach((key, value) -> {
                if (value instanceof Node.Value v && v.value() != null) {
                    params.put(key, v.value());
                } else {
                    problems.at(value, "expected a number, a text or true/false, got " + value.describe());
                }
            });
        }
        Map<String, String> facts = new LinkedHashMap<>();
        Node.Obj factsNode = fields.optionalObject("facts");
        if (factsNode != null) {
            factsNode.fields().forEach((slot, value) -> {
                if (value instanceof Node.Value v && v.value() instanceof String fact && !fact.isBlank()) {
                    facts.put(slot, fact.strip());
                } else {
                    problems.at(value, "expected the name of a submission fact, got " + value.describe());
                }
            });
        }
        boolean planZero = false;
        Node when = fields.node().get("notApplicableWhen");
        if (when != null) {
            if (when instanceof Node.Value v && "plan-zero".equals(v.value())) {
                planZero = true;
            } else {
                problems.at(
                        when,
                        "expected plan-zero (a plan of zero makes the row not applicable), got " + when.describe());
            }
        }
        Node judgementNode = fields.node().get("judgement");
        List<Rubric.Judgement> judgements =
                judgementNode == null ? List.of() : JudgementReader.read(judgementNode, problems);
        return new Rubric.Row(id, name, weight, type, criteria, params, facts, planZero, judgements);
    }
}
