package org.jixiao.engine.cases;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.engine.Engine;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.problem.Suggestions;
import org.jixiao.engine.programme.ProgrammeEvaluation;
import org.jixiao.engine.programme.ProgrammeSet;
import org.jixiao.engine.read.Fields;
import org.jixiao.engine.read.Locator;
import org.jixiao.engine.read.Node;
import org.jixiao.engine.read.Problems;
import org.jixiao.engine.read.TreeReader;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.engine.submission.ProgrammeSubmission;
import org.jixiao.engine.submission.Submission;
import org.jixiao.engine.submission.SubmissionReader;
import org.jixiao.spi.Api;
import org.jixiao.spi.scoring.Numbers;

/**
 * Test cases for a {@link ProgrammeSet}, written like {@link RubricTests}' but by programme: every case starts from
 * a base submission of several programmes and changes some programmes' facts or judgements (a programme set to
 * {@code null} is left out), then expects the combined total and grade, an error, or any programme's scores:
 *
 * <pre>
 * set: example-anju-2021.yaml
 * base: example-anju-county.json
 * cases:
 *   - name: 棚户区改造满意度降到70%
 *     programmes:
 *       shantytown: { facts: { satisfactionRate: 70 } }
 *     expect:
 *       total: 93.4
 *       grade: 优
 *       programmes: { shantytown: { total: 88, grade: 良, shantytown.satisfaction: 0 } }
 * </pre>
 *
 * @since 0.3
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.3")
public final class ProgrammeSetTests {

    private static final List<String> SUITE_KEYS = List.of("set", "base", "cases");
    private static final List<String> CASE_KEYS = List.of("name", "programmes", "claimed", "expect");
    private static final List<String> CHANGE_KEYS = List.of("facts", "judgements");

    /**
     * A suite read from a file.
     *
     * @param source the cases file
     * @param set the set's file, relative to the cases file
     * @param cases the cases in file order
     */
    public record Suite(String source, String set, List<Case> cases) {}

    /**
     * One case.
     *
     * @param name the case's name
     * @param submission the base with the case's changes
     * @param total the expected combined total, or {@code null}
     * @param grade the expected combined grade, or {@code null}
     * @param error text the refusal message must contain, or {@code null} when the case must be scored
     * @param programmes what each named programme must give
     */
    public record Case(
            String name,
            ProgrammeSubmission submission,
            BigDecimal total,
            String grade,
            String error,
            Map<String, Expected> programmes) {}

    /**
     * What one programme must give.
     *
     * @param scores expected scores by indicator id, group id or {@code total}
     * @param grade the expected grade, or {@code null}
     */
    public record Expected(Map<String, BigDecimal> scores, String grade) {}

    private ProgrammeSetTests() {}

    /**
     * Whether a cases file is a programme set's (it names a {@code set}) rather than a rubric's.
     *
     * @param engine reads the file
     * @param file the cases file
     * @return {@code true} for a programme set's cases
     * @throws InputException if the file is missing or malformed
     */
    public static boolean describes(Engine engine, Path file) {
        return new TreeReader().read(file).root() instanceof Node.Obj obj && obj.get("set") != null;
    }

    /**
     * Reads a cases file.
     *
     * @param engine reads the file and its base submission
     * @param file the cases file (YAML or JSON)
     * @return the suite
     * @throws InputException listing every problem of the file
     */
    public static Suite read(Engine engine, Path file) {
        TreeReader.Document document = new TreeReader().read(file);
        Path folder = file.toAbsolutePath().getParent();
        Problems problems = new Problems("programme set tests", document.source(), document);
        Fields root = Fields.of(document.root(), problems, "programme set test cases", SUITE_KEYS);
        problems.throwIfAny();
        String set = root.text("set");
        String baseName = root.text("base");
        problems.throwIfAny();
        ProgrammeSubmission base = engine.readProgrammeSubmission(folder.resolve(baseName), null);
        List<Case> cases = new ArrayList<>();
        for (Node node : root.list("cases")) {
            Fields fields = Fields.of(node, problems, "a test case", CASE_KEYS);
            if (fields == null) {
                continue;
            }
            String name = fields.text("name");
            Map<String, Submission> programmes = new LinkedHashMap<>(base.programmes());
            Node.Obj changes = fields.optionalObject("programmes");
            if (changes != null) {
                changes.fields().forEach((id, change) -> {
                    if (change instanceof Node.Value v && v.value() == null) {
                        programmes.remove(id);
                    } else {
                        programmes.put(id, changed(programmes.get(id), change, document.source(), base, problems));
                    }
                });
            }
            Map<String, BigDecimal> claimed =
                    fields.node().get("claimed") == null ? base.claimed() : SubmissionReader.claimed(fields, problems);
            BigDecimal total = null;
            String grade = null;
            String error = null;
            Map<String, Expected> expected = new LinkedHashMap<>();
            Node.Obj expect = fields.optionalObject("expect");
            if (expect == null) {
                problems.at(fields.node(), "test case " + name + " expects nothing; add expect: {total: …, grade: …}");
            } else {
                for (Map.Entry<String, Node> entry : expect.fields().entrySet()) {
                    Object value = entry.getValue() instanceof Node.Value v ? v.value() : null;
                    switch (entry.getKey()) {
                        case "total" -> total = number(entry.getValue(), problems);
                        case "grade" -> grade = text(entry.getValue(), problems);
                        case "error" -> error = text(entry.getValue(), problems);
                        case "programmes" -> {
                            if (entry.getValue() instanceof Node.Obj byProgramme) {
                                byProgramme
                                        .fields()
                                        .forEach((id, scores) -> expected.put(id, expected(scores, problems)));
                            } else {
                                problems.at(
                                        entry.getValue(),
                                        "expected each programme's expectations by id, got "
                                                + entry.getValue().describe());
                            }
                        }
                        default -> problems.at(
                                entry.getValue(),
                                "unknown expectation \"" + entry.getKey() + "\""
                                        + Suggestions.didYouMean(
                                                entry.getKey(), List.of("total", "grade", "error", "programmes"))
                                        + "; a programme's scores go under programmes: {ID: {…}}");
                    }
                }
            }
            cases.add(new Case(
                    name,
                    new ProgrammeSubmission(
                            document.source() + " (" + name + ")",
                            base.subject(),
                            null,
                            programmes,
                            claimed,
                            Locator.NONE),
                    total,
                    grade,
                    error,
                    expected));
        }
        problems.throwIfAny();
        return new Suite(document.source(), set, cases);
    }

    private static Submission changed(
            Submission from, Node change, String source, ProgrammeSubmission base, Problems problems) {
        Fields fields = Fields.of(change, problems, "a programme's changes {facts, judgements}", CHANGE_KEYS);
        Map<String, Object> facts = new LinkedHashMap<>(from == null ? Map.of() : from.facts());
        Map<String, Submission.Judgement> judgements = new LinkedHashMap<>(from == null ? Map.of() : from.judgements());
        if (fields != null) {
            Node.Obj factChanges = fields.optionalObject("facts");
            if (factChanges != null) {
                factChanges.fields().forEach((fact, value) -> {
                    if (value instanceof Node.Value v && v.value() == null) {
                        facts.remove(fact);
                    } else {
                        facts.put(fact, SubmissionReader.plain(value));
                    }
                });
            }
            Node.Obj judged = fields.optionalObject("judgements");
            if (judged != null) {
                SubmissionReader.judgements(judged, problems, judgements);
            }
        }
        return new Submission(
                source,
                base.subject(),
                null,
                facts,
                from == null ? Map.of() : from.claimed(),
                Locator.NONE,
                List.of(),
                judgements);
    }

    private static Expected expected(Node node, Problems problems) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        String grade = null;
        if (!(node instanceof Node.Obj obj)) {
            problems.at(
                    node,
                    "expected a programme's expectations {total: …, grade: …, ID: score}, got " + node.describe());
            return new Expected(scores, null);
        }
        for (Map.Entry<String, Node> entry : obj.fields().entrySet()) {
            if (entry.getKey().equals("grade")) {
                grade = text(entry.getValue(), problems);
            } else {
                BigDecimal score = number(entry.getValue(), problems);
                if (score != null) {
                    scores.put(entry.getKey(), score);
                }
            }
        }
        return new Expected(scores, grade);
    }

    private static BigDecimal number(Node node, Problems problems) {
        if (node instanceof Node.Value v && v.value() instanceof BigDecimal number) {
            return number;
        }
        problems.at(node, "expected a score (a number), got " + node.describe());
        return null;
    }

    private static String text(Node node, Problems problems) {
        if (node instanceof Node.Value v && v.value() instanceof String text && !text.isBlank()) {
            return text.strip();
        }
        problems.at(node, "expected a text, got " + node.describe());
        return null;
    }

    /**
     * Runs every case.
     *
     * @param suite the suite
     * @param set the set the suite names
     * @return one outcome per case, in order
     */
    public static List<RubricTests.Outcome> run(Suite suite, ProgrammeSet set) {
        List<RubricTests.Outcome> outcomes = new ArrayList<>();
        for (Case c : suite.cases()) {
            outcomes.add(new RubricTests.Outcome(c.name(), check(c, set)));
        }
        return outcomes;
    }

    private static List<String> check(Case c, ProgrammeSet set) {
        ProgrammeEvaluation evaluation;
        try {
            evaluation = set.evaluate(c.submission());
        } catch (InputException refused) {
            return RubricTests.refusal(c.error(), refused);
        }
        if (c.error() != null) {
            return List.of("expected an error containing \"" + c.error() + "\", but it was scored "
                    + (evaluation.total() == null ? "(no combined total)" : Numbers.plain(evaluation.total())));
        }
        List<String> failures = new ArrayList<>();
        for (ProgrammeEvaluation.ProgrammeResult programme : evaluation.programmes()) {
            if (programme.evaluation().failed()) {
                Evaluation.Failure failure = programme.evaluation().failures().get(0);
                failures.add(programme.id() + ": failed: " + failure.indicatorId() + " " + failure.message());
            }
        }
        if (!failures.isEmpty()) {
            return failures;
        }
        if (c.total() != null) {
            if (evaluation.total() == null) {
                failures.add("total: expected " + Numbers.plain(c.total()) + ", but the set combines nothing"
                        + " (method none)");
            } else if (evaluation.total().compareTo(c.total()) != 0) {
                failures.add(
                        "total: expected " + Numbers.plain(c.total()) + ", got " + Numbers.plain(evaluation.total()));
            }
        }
        if (c.grade() != null) {
            if (evaluation.grade() == null) {
                failures.add("grade: expected " + c.grade() + ", but the set combines nothing (method none)");
            } else if (!c.grade().equals(evaluation.grade().grade())
                    && !c.grade().equals(evaluation.grade().label())) {
                failures.add("grade: expected " + c.grade() + ", got "
                        + evaluation.grade().grade());
            }
        }
        c.programmes().forEach((id, expected) -> {
            var result = evaluation.programme(id);
            if (result.isEmpty()) {
                failures.add("programmes." + id + ": the set has no such programme");
            } else {
                RubricTests.compare(result.get().evaluation(), expected.scores(), expected.grade())
                        .forEach(line -> failures.add(id + ": " + line));
            }
        });
        return failures;
    }
}
