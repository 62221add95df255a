package org.jixiao.engine.cases;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jixiao.engine.Engine;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.problem.Problem;
import org.jixiao.engine.read.Fields;
import org.jixiao.engine.read.Locator;
import org.jixiao.engine.read.Node;
import org.jixiao.engine.read.Problems;
import org.jixiao.engine.read.TreeReader;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.engine.submission.Submission;
import org.jixiao.engine.submission.SubmissionReader;
import org.jixiao.spi.Api;
import org.jixiao.spi.Subject;
import org.jixiao.spi.scoring.Numbers;

/**
 * Test cases a rubric designer writes next to a rubric: facts, and the scores, total, grade or error
 * they must give. A suite names its rubric, the facts every case starts from (inline, or a submission
 * file as {@code base}), and the cases, each changing some facts and expecting some results:
 *
 * <pre>
 * rubric: henan-2020-old-community
 * base: ../zhumadian-2020.json
 * cases:
 *   - name: 养老设施少开工5个百分点
 *     facts: { elderlyCareArea: { plan: 63120, actual: 60000 } }
 *     expect: { output.elderlyCare: 6, total: 95.1, grade: 优 }
 *   - name: 计划为零
 *     facts: { households: { plan: 0, actual: 5 } }
 *     expect: { error: "expected a plan greater than 0" }
 * </pre>
 *
 * @since 0.1
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class RubricTests {

    private static final List<String> SUITE_KEYS = List.of("rubric", "base", "subject", "facts", "cases");
    private static final List<String> CASE_KEYS = List.of("name", "facts", "judgements", "expect");

    /**
     * A suite read from a file.
     *
     * @param source the cases file
     * @param rubric the rubric reference as written: an id, or a path relative to the cases file
     * @param cases the cases in file order
     */
    public record Suite(String source, String rubric, List<Case> cases) {}

    /**
     * One case: the submission it scores and what it must give.
     *
     * @param name the case's name
     * @param submission base facts with the case's changes
     * @param scores expected scores by indicator id, group id or {@code total}
     * @param grade the expected grade, or {@code null}
     * @param error text the refusal message must contain, or {@code null} when the case must be scored
     */
    public record Case(
            String name, Submission submission, Map<String, BigDecimal> scores, String grade, String error) {}

    /**
     * What one case gave.
     *
     * @param name the case's name
     * @param failures why it failed, one line each; empty when it passed
     */
    public record Outcome(String name, List<String> failures) {

        /**
         * Whether the case passed.
         *
         * @return {@code true} without failures
         */
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    private RubricTests() {}

    /**
     * Reads a cases file.
     *
     * @param engine reads the file and any base submission
     * @param file the cases file (YAML or JSON)
     * @return the suite
     * @throws InputException listing every problem of the file
     */
    public static Suite read(Engine engine, Path file) {
        return read(engine, new TreeReader().read(file), file.toAbsolutePath().getParent());
    }

    /**
     * Reads cases from text, such as a built-in rubric's cases resource.
     *
     * @param engine reads the text and any base submission
     * @param source a name for messages
     * @param text the cases
     * @return the suite
     * @throws InputException listing every problem
     */
    public static Suite read(Engine engine, String source, String text) {
        return read(
                engine, new TreeReader().read(source, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), null);
    }

    private static Suite read(Engine engine, TreeReader.Document document, Path folder) {
        Problems problems = new Problems("rubric tests", document.source(), document);
        Fields root = Fields.of(document.root(), problems, "rubric test cases", SUITE_KEYS);
        problems.throwIfAny();
        String rubric = root.text("rubric");
        Subject subject = Subject.UNKNOWN;
        Map<String, Object> baseFacts = new LinkedHashMap<>();
        if (root.node().get("base") != null) {
            String base = root.text("base");
            Submission submission = engine.readSubmission(folder == null ? Path.of(base) : folder.resolve(base));
            subject = submission.subject();
            baseFacts.putAll(submission.facts());
        }
        Node.Obj subjectNode = root.optionalObject("subject");
        if (subjectNode != null) {
            subject = SubmissionReader.subject(subjectNode, problems);
        }
        Node.Obj factsNode = root.optionalObject("facts");
        if (factsNode != null) {
            factsNode.fields().forEach((name, value) -> baseFacts.put(name, SubmissionReader.plain(value)));
        }
        List<Case> cases = new ArrayList<>();
        for (Node node : root.list("cases")) {
            Fields fields = Fields.of(node, problems, "a test case", CASE_KEYS);
            if (fields == null) {
                continue;
            }
            String name = fields.text("name");
            Map<String, Object> facts = new LinkedHashMap<>(baseFacts);
            Node.Obj changes = fields.optionalObject("facts");
            if (changes != null) {
                changes.fields().forEach((fact, value) -> {
                    if (value instanceof Node.Value v && v.value() == null) {
                        facts.remove(fact);
                    } else {
                        facts.put(fact, SubmissionReader.plain(value));
                    }
                });
            }
            Map<String, Submission.Judgement> judgements = new LinkedHashMap<>();
            Node.Obj judgementsNode = fields.optionalObject("judgements");
            if (judgementsNode != null) {
                SubmissionReader.judgements(judgementsNode, problems, judgements);
            }
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            String grade = null;
            String error = null;
            Node.Obj expect = fields.optionalObject("expect");
            if (expect == null) {
                problems.at(fields.node(), "test case " + name + " expects nothing; add expect: {id: score, ...}");
            } else {
                for (Map.Entry<String, Node> entry : expect.fields().entrySet()) {
                    Object value = entry.getValue() instanceof Node.Value v ? v.value() : null;
                    if (entry.getKey().equals("grade") && value instanceof String text) {
                        grade = text;
                    } else if (entry.getKey().equals("error") && value instanceof String text) {
                        error = text;
                    } else if (value instanceof BigDecimal score) {
                        scores.put(entry.getKey(), score);
                    } else {
                        problems.at(
                                entry.getValue(),
                                "expected a score (a number), or a text for grade and error," + " got "
                                        + entry.getValue().describe());
                    }
                }
            }
            cases.add(new Case(
                    name,
                    new Submission(
                            document.source() + " (" + name + ")",
                            subject,
                            null,
                            facts,
                            Map.of(),
                            Locator.NONE,
                            List.of(),
                            judgements),
                    scores,
                    grade,
                    error));
        }
        problems.throwIfAny();
        return new Suite(document.source(), rubric, cases);
    }

    /**
     * Runs every case.
     *
     * @param suite the suite
     * @param rubric the compiled rubric the suite names
     * @return one outcome per case, in order
     */
    public static List<Outcome> run(Suite suite, CompiledRubric rubric) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Case c : suite.cases()) {
            outcomes.add(new Outcome(c.name(), check(c, rubric)));
        }
        return outcomes;
    }

    private static List<String> check(Case c, CompiledRubric rubric) {
        Evaluation evaluation;
        try {
            evaluation = rubric.evaluate(c.submission());
        } catch (InputException refused) {
            return refusal(c.error(), refused);
        }
        if (c.error() != null) {
            return List.of(
                    "expected an error containing \"" + c.error() + "\", but it was scored " + evaluation.total());
        }
        if (evaluation.failed()) {
            return List.of("failed: " + evaluation.failures().get(0).indicatorId() + " "
                    + evaluation.failures().get(0).message());
        }
        return compare(evaluation, c.scores(), c.grade());
    }

    /**
     * What a refusal means for a case that expects {@code error} (or none): nothing when the message has that text,
     * else one line with the first problem and its path.
     */
    static List<String> refusal(String error, InputException refused) {
        if (error != null && refused.getMessage().contains(error)) {
            return List.of();
        }
        Problem first = refused.problems().get(0);
        String problem = first.path() == null || first.path().isEmpty()
                ? first.message()
                : first.path() + ": " + first.message();
        return List.of(
                error == null
                        ? "refused: " + problem
                        : "expected an error containing \"" + error + "\", got: " + problem);
    }

    /** Each expected score and the grade against the evaluation: one line per difference. */
    static List<String> compare(Evaluation evaluation, Map<String, BigDecimal> scores, String grade) {
        Function<String, BigDecimal> actual = id -> id.equals(CompiledRubric.TOTAL_ID)
                ? evaluation.total()
                : evaluation
                        .indicator(id)
                        .map(Evaluation.IndicatorResult::score)
                        .orElseGet(() -> evaluation
                                .group(id)
                                .map(Evaluation.GroupResult::score)
                                .orElse(null));
        List<String> failures = new ArrayList<>();
        scores.forEach((id, expected) -> {
            BigDecimal got = actual.apply(id);
            if (got == null) {
                failures.add(id + ": the rubric has no such indicator or group");
            } else if (got.compareTo(expected) != 0) {
                failures.add(id + ": expected " + Numbers.plain(expected) + ", got " + Numbers.plain(got));
            }
        });
        if (grade != null
                && !grade.equals(evaluation.grade().grade())
                && !grade.equals(evaluation.grade().label())) {
            failures.add(
                    "grade: expected " + grade + ", got " + evaluation.grade().grade());
        }
        return failures;
    }
}
