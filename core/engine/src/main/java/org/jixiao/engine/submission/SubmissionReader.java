package org.jixiao.engine.submission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.engine.read.Fields;
import org.jixiao.engine.read.Locator;
import org.jixiao.engine.read.Node;
import org.jixiao.engine.read.Problems;
import org.jixiao.engine.read.TextPolicy;
import org.jixiao.engine.read.TreeReader;
import org.jixiao.spi.Subject;
import org.jixiao.spi.scoring.Numbers;

/**
 * Turns a submission document into a {@link Submission}. Only the outline is checked here; fact
 * values are checked by the compiled rubric, which knows what each fact must be.
 *
 * <p>Internal to the engine: public for its other rooms only, not API.
 */
public final class SubmissionReader {

    private static final List<String> KEYS =
            List.of("subject", "rubric", "facts", "claimed", "parts", "judgements", "narrative");
    private static final List<String> NARRATIVE_KEYS = List.of("fundsIssued", "fundsSpent", "documents", "measures");
    private static final List<String> PROGRAMME_KEYS = List.of("facts", "claimed", "judgements");
    private static final List<String> JUDGEMENT_KEYS = List.of("points", "reason");
    private static final List<String> SUBJECT_KEYS = List.of("region", "level", "year", "program");
    /** No rubric is scored out of more. */
    private static final BigDecimal MAX_CLAIM = BigDecimal.valueOf(1000);

    private SubmissionReader() {}

    public static Submission read(TreeReader.Document document) {
        Problems problems = new Problems("submission", document.source(), document);
        if (ProgrammeSubmission.describes(document.root())) {
            problems.at(
                    document.root(),
                    "this submission scores several programmes (its rubric is a programme set); jixiao evaluate"
                            + " and rubric test read it, review and batch read one programme's submissions");
            problems.throwIfAny();
        }
        Fields root = Fields.of(document.root(), problems, "a submission", KEYS);
        if (root == null) {
            problems.throwIfAny();
        }
        Subject subject = subject(root.optionalObject("subject"), problems);
        String rubric = root.node().get("rubric") == null ? null : root.text("rubric");
        Map<String, Object> facts = facts(root, problems);
        Map<String, BigDecimal> claimed = claimed(root, problems);
        List<String> parts = parts(root, problems);
        Map<String, Submission.Judgement> judgements = judgements(root, problems);
        Narrative narrative = narrative(root.optionalObject("narrative"), problems);
        problems.throwIfAny();
        return new Submission(
                document.source(), subject, rubric, facts, claimed, document, parts, judgements, narrative);
    }

    /** {@code narrative: {fundsIssued, fundsSpent, documents: [..], measures: {id: text}}}: kept as written. */
    private static Narrative narrative(Node.Obj node, Problems problems) {
        if (node == null) {
            return Narrative.NONE;
        }
        Fields fields = Fields.of(node, problems, "the report's narrative", NARRATIVE_KEYS);
        BigDecimal issued = funds(fields, "fundsIssued", problems);
        BigDecimal spent = funds(fields, "fundsSpent", problems);
        List<String> documents = new ArrayList<>();
        if (node.get("documents") != null) {
            for (Node item : fields.list("documents")) {
                String text = item instanceof Node.Value v && v.value() instanceof String t ? t.strip() : null;
                String bad = text == null ? null : TextPolicy.problem(text, false);
                if (text == null || text.isEmpty() || bad != null) {
                    problems.at(
                            item,
                            bad != null
                                    ? bad
                                    : "expected a document's title and 文号 (a text on one line), got "
                                            + item.describe());
                } else {
                    documents.add(text);
                }
            }
        }
        Map<String, String> measures = new LinkedHashMap<>();
        Node.Obj measuresNode = fields.optionalObject("measures");
        if (measuresNode != null) {
            measuresNode.fields().forEach((id, value) -> {
                String text = value instanceof Node.Value v && v.value() instanceof String t ? t.strip() : null;
                String bad = text == null ? null : TextPolicy.problem(text, true);
                if (text == null || text.isEmpty() || bad != null) {
                    problems.at(
                            value,
                            bad != null
                                    ? bad
                                    : "expected the work behind indicator " + id + " (a text), got "
                                            + value.describe());
                } else {
                    measures.put(id, text);
                }
            });
        }
        return new Narrative(issued, spent, documents, measures);
    }

    private static BigDecimal funds(Fields fields, String key, Problems problems) {
        if (fields.node().get(key) == null) {
            return null;
        }
        Node value = fields.node().get(key);
        if (value instanceof Node.Value v && v.value() instanceof BigDecimal amount && amount.signum() >= 0) {
            return amount;
        }
        problems.at(value, "expected an amount in 万元 (a number, 0 or more), got " + value.describe());
        return null;
    }

    /**
     * One programme's part of a submission that scores several programmes: its facts, claims and judgements,
     * at paths below {@code programmes.ID}.
     */
    static Submission programme(Node node, String source, Subject subject, Locator locator, Problems problems) {
        Fields fields = Fields.of(node, problems, "a programme's facts {facts, claimed, judgements}", PROGRAMME_KEYS);
        if (fields == null) {
            return null;
        }
        return new Submission(
                source,
                subject,
                null,
                facts(fields, problems),
                claimed(fields, problems),
                locator,
                List.of(),
                judgements(fields, problems));
    }

    private static Map<String, Object> facts(Fields root, Problems problems) {
        Map<String, Object> facts = new LinkedHashMap<>();
        Node.Obj factsNode = root.optionalObject("facts");
        if (factsNode == null && root.node().get("facts") == null) {
            problems.at(root.node(), "missing key \"facts\"; expected an object of facts by name");
        } else if (factsNode != null) {
            factsNode.fields().forEach((name, value) -> facts.put(name, plain(value)));
        }
        return facts;
    }

    public static Map<String, BigDecimal> claimed(Fields root, Problems problems) {
        Map<String, BigDecimal> claimed = new LinkedHashMap<>();
        Node.Obj claimedNode = root.optionalObject("claimed");
        if (claimedNode != null) {
            claimedNode.fields().forEach((id, value) -> {
                if (value instanceof Node.Value v && v.value() instanceof BigDecimal score) {
                    if (score.signum() < 0 || score.compareTo(MAX_CLAIM) > 0) {
                        problems.at(
                                value,
                                "expected a claimed score from 0 to " + MAX_CLAIM + ", got " + Numbers.plain(score));
                    } else {
                        claimed.put(id, score);
                    }
                } else {
                    problems.at(value, "expected a claimed score (a number), got " + value.describe());
                }
            });
        }
        return claimed;
    }

    /** {@code parts}: the regions an upper level's submission is rolled up from, each once. */
    static List<String> parts(Fields root, Problems problems) {
        List<String> parts = new ArrayList<>();
        if (root.node().get("parts") != null) {
            for (Node part : root.list("parts")) {
                if (part instanceof Node.Value v
                        && v.value() instanceof String region
                        && !region.isBlank()
                        && TextPolicy.problem(region, false) == null) {
                    if (parts.contains(region.strip())) {
                        problems.at(part, "region " + region.strip() + " is listed twice");
                    }
                    parts.add(region.strip());
                } else {
                    problems.at(
                            part,
                            "expected the name of a region this submission is rolled up from, got " + part.describe());
                }
            }
        }
        return parts;
    }

    private static Map<String, Submission.Judgement> judgements(Fields root, Problems problems) {
        Map<String, Submission.Judgement> judgements = new LinkedHashMap<>();
        Node.Obj judgementsNode = root.optionalObject("judgements");
        if (judgementsNode != null) {
            judgements(judgementsNode, problems, judgements);
        }
        return judgements;
    }

    /**
     * Reads {@code judgements} into {@code into} by {@link Submission.Judgement#key}: under an indicator's or group's
     * id either one judgement {@code {points, reason}} or, where the rubric names several, each under its name
     * ({@code {"前期审批": {points, reason}, …}}). A {@code null} (a test case's change) removes the id's judgements.
     */
    public static void judgements(Node.Obj node, Problems problems, Map<String, Submission.Judgement> into) {
        node.fields().forEach((id, value) -> {
            if (value instanceof Node.Value v && v.value() == null) {
                into.keySet().removeIf(key -> key.equals(id) || key.startsWith(id + "/"));
            } else if (value instanceof Node.Obj obj && isNamed(obj)) {
                obj.fields().forEach((name, named) -> {
                    Submission.Judgement judgement = judgement(named, problems);
                    if (judgement != null) {
                        into.put(Submission.Judgement.key(id, name), judgement);
                    }
                });
            } else {
                Submission.Judgement judgement = judgement(value, problems);
                if (judgement != null) {
                    into.put(id, judgement);
                }
            }
        });
    }

    /** Whether an object holds named judgements (each an object) rather than one {@code {points, reason}}. */
    private static boolean isNamed(Node.Obj obj) {
        if (obj.fields().isEmpty()) {
            return false;
        }
        for (Map.Entry<String, Node> field : obj.fields().entrySet()) {
            if (JUDGEMENT_KEYS.contains(field.getKey()) || !(field.getValue() instanceof Node.Obj)) {
                return false;
            }
        }
        return true;
    }

    /** {@code {points: 1, reason: "…"}}: points more than 0, a reason in writing. */
    public static Submission.Judgement judgement(Node node, Problems problems) {
        Fields fields = Fields.of(node, problems, "an evaluator's judgement {points, reason}", JUDGEMENT_KEYS);
        if (fields == null) {
            return null;
        }
        Node.Obj obj = fields.node();
        Node pointsNode = obj.get("points");
        Node reasonNode = obj.get("reason");
        BigDecimal points = null;
        if (pointsNode == null) {
            problems.at(obj, "missing key \"points\"; expected the points taken off (more than 0)");
        } else if (pointsNode instanceof Node.Value v
                && v.value() instanceof BigDecimal number
                && number.signum() > 0
                && number.compareTo(MAX_CLAIM) <= 0) {
            points = number;
        } else {
            problems.at(pointsNode, "expected the points taken off, more than 0, got " + pointsNode.describe());
        }
        String reason = null;
        if (reasonNode == null) {
            problems.at(obj, "missing key \"reason\"; a judgement needs its reason in writing");
        } else if (reasonNode instanceof Node.Value v && v.value() instanceof String text && !text.isBlank()) {
            String refused = TextPolicy.problem(text, true);
            if (refused != null) {
                problems.at(reasonNode, refused);
            } else {
                reason = text.strip();
            }
        } else {
            problems.at(reasonNode, "expected the reason in writing (text, not blank), got " + reasonNode.describe());
        }
        return points == null || reason == null ? null : new Submission.Judgement(points, reason);
    }

    public static Subject subject(Node.Obj node, Problems problems) {
        if (node == null) {
            return Subject.UNKNOWN;
        }
        Fields fields = Fields.of(node, problems, "a subject", SUBJECT_KEYS);
        Integer year = null;
        Node yearNode = node.get("year");
        if (yearNode != null) {
            if (yearNode instanceof Node.Value v
                    && v.value() instanceof BigDecimal number
                    && number.stripTrailingZeros().scale() <= 0
                    && number.compareTo(BigDecimal.valueOf(1949)) >= 0
                    && number.compareTo(BigDecimal.valueOf(2200)) <= 0) {
                year = number.intValueExact();
            } else {
                problems.at(yearNode, "expected a year such as 2020, got " + yearNode.describe());
            }
        }
        return new Subject(
                optional(fields, node, "region"),
                optional(fields, node, "level"),
                year,
                optional(fields, node, "program"));
    }

    private static String optional(Fields fields, Node.Obj node, String key) {
        if (node.get(key) == null) {
            return null;
        }
        String text = fields.text(key);
        String refused = TextPolicy.problem(text, false);
        if (refused != null) {
            fields.problem(node.get(key), refused);
            return null;
        }
        return text;
    }

    public static Object plain(Node node) {
        if (node instanceof Node.Value value) {
            return value.value();
        }
        if (node instanceof Node.Obj obj) {
            Map<String, Object> map = new LinkedHashMap<>();
            obj.fields().forEach((key, child) -> map.put(key, plain(child)));
            return Collections.unmodifiableMap(map);
        }
        List<Object> list = new ArrayList<>();
        for (Node element : ((Node.Arr) node).elements()) {
            list.add(plain(element));
        }
        return Collections.unmodifiableList(list);
    }
}
