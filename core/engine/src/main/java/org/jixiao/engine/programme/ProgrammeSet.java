package org.jixiao.engine.programme;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.problem.Problem;
import org.jixiao.engine.problem.Suggestions;
import org.jixiao.engine.read.Fields;
import org.jixiao.engine.read.Node;
import org.jixiao.engine.read.Problems;
import org.jixiao.engine.read.TextPolicy;
import org.jixiao.engine.read.TreeReader;
import org.jixiao.engine.rubric.GradeBand;
import org.jixiao.engine.rubric.RubricLibrary;
import org.jixiao.engine.rubric.RubricReader;
import org.jixiao.engine.score.Canonical;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.engine.score.FactConversion;
import org.jixiao.engine.submission.ProgrammeSubmission;
import org.jixiao.engine.submission.Submission;
import org.jixiao.spi.Api;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.Subject;
import org.jixiao.spi.scoring.Numbers;

/**
 * A rubric set: one evaluation that covers several programmes (老旧小区改造, 棚户区改造 and 租赁住房保障 under one
 * 安居工程 evaluation), each scored with its own rubric out of the same total, then combined as the set declares —
 * the mean of the programmes' totals, their mean weighted by a fact each programme gives (its funds), or not at all:
 *
 * <pre>
 * id: example-anju-2021
 * version: "2021.1"
 * title: 城镇保障性安居工程财政资金绩效评价
 * programmes:
 *   - { id: oldCommunity, name: 城镇老旧小区改造, rubric: henan-2020-old-community }
 *   - { id: shantytown, name: 棚户区改造, rubric: example-shantytown-2021.yaml }
 * combine: { method: weighted, by: funds, decimals: 2 }
 * </pre>
 *
 * <p>Immutable and thread-safe; {@link #evaluate} may be called from any number of threads.
 *
 * @since 0.3
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.3")
public final class ProgrammeSet {
    // Why this file is long: a set's reading, its checks across programmes (rubric versions, weights, grade bands) and
    // its evaluation share the private Programme and Combine records; the combining arithmetic is the same few lines
    // for reading and scoring.

    private static final List<String> KEYS = List.of("id", "version", "title", "programmes", "combine");
    private static final List<String> PROGRAMME_KEYS = List.of("id", "name", "rubric");
    private static final List<String> COMBINE_KEYS = List.of("method", "by", "label", "decimals");
    private static final int MAX_DECIMALS = 6;

    /** How the programmes' totals make the set's. */
    @Api(status = Api.Status.EXPERIMENTAL, since = "0.3")
    public enum Method {
        /** The plain mean of the programmes' totals. */
        MEAN("mean"),
        /** The mean of the programmes' totals weighted by a fact each gives, such as its funds. */
        WEIGHTED("weighted"),
        /** No combined total: each programme keeps its own total and grade. */
        NONE("none");

        private final String word;

        Method(String word) {
            this.word = word;
        }

        /**
         * How rubric sets write it.
         *
         * @return {@code mean}, {@code weighted} or {@code none}
         */
        public String word() {
            return word;
        }
    }

    /**
     * One programme of the set.
     *
     * @param id its key in submissions and results, such as {@code shantytown}
     * @param name how reports write it, such as 棚户区改造
     * @param rubric the rubric it is scored with
     */
    public record Programme(String id, String name, CompiledRubric rubric) {}

    /**
     * What a result records of the set it was scored with.
     *
     * @param id the set's id
     * @param version its version
     * @param title its title
     * @param sha256 the SHA-256 of the set in canonical form: its programmes with their rubrics' SHA-256, and how it
     *     combines them
     */
    public record Ref(String id, String version, String title, String sha256) {}

    private final String source;
    private final Ref ref;
    private final List<Programme> programmes;
    private final Method method;
    private final String by;
    private final String label;
    private final int decimals;

    private ProgrammeSet(
            String source, Ref ref, List<Programme> programmes, Method method, String by, String label, int decimals) {
        this.source = source;
        this.ref = ref;
        this.programmes = List.copyOf(programmes);
        this.method = method;
        this.by = by;
        this.label = label;
        this.decimals = decimals;
    }

    public static boolean describes(Node root) {
        return RubricReader.describesProgrammeSet(root);
    }

    /**
     * Reads a set file; {@code rubrics} compiles each programme's rubric from its reference (a built-in id or a
     * file beside the set), so that the set knows nothing of how rubrics are found.
     */
    public static ProgrammeSet read(
            TreeReader.Document document, RubricLibrary library, Function<String, CompiledRubric> rubrics) {
        Problems problems = new Problems("programme set", document.source(), document);
        Fields root = Fields.of(document.root(), problems, "a programme set", KEYS);
        if (root == null) {
            problems.throwIfAny();
        }
        String id = root.text("id");
        String version = root.text("version");
        String title = root.optionalText("title", id);
        List<Problem> found = new ArrayList<>();
        List<Programme> programmes = new ArrayList<>();
        List<Integer> listedAt = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        List<Node> listed = root.list("programmes");
        if (listed.size() == 1) {
            problems.at(
                    root.node().get("programmes"),
                    "a programme set combines two or more programmes; score a single programme with its rubric");
        }
        for (int index = 0; index < listed.size(); index++) {
            Node node = listed.get(index);
            Fields fields = Fields.of(node, problems, "a programme {id, name, rubric}", PROGRAMME_KEYS);
            if (fields == null) {
                continue;
            }
            String programmeId = fields.text("id");
            String name = fields.text("name");
            String rubricRef = fields.text("rubric");
            if (!programmeId.isEmpty() && !isKey(programmeId)) {
                problems.at(
                        fields.node().get("id"),
                        "expected a programme id of letters, digits, '_' and '-' (such as shantytown), got \""
                                + programmeId + "\"");
            } else if (!ids.add(programmeId)) {
                problems.at(fields.node().get("id"), "programme " + programmeId + " is listed twice");
            }
            if (rubricRef.isEmpty()) {
                continue;
            }
            if (!RubricLibrary.namesFile(rubricRef) && library.find(rubricRef).isEmpty()) {
                problems.at(
                        fields.node().get("rubric"),
                        "unknown rubric " + rubricRef + Suggestions.didYouMean(rubricRef, library.ids())
                                + "; built-in rubrics: "
                                + (library.ids().isEmpty() ? "none" : String.join(", ", library.ids()))
                                + "; or the path of a rubric file beside the set (.yaml, .yml or .json)");
                continue;
            }
            try {
                programmes.add(new Programme(programmeId, name, rubrics.apply(rubricRef)));
                listedAt.add(index);
            } catch (InputException refused) {
                found.addAll(refused.problems());
            } catch (IllegalArgumentException outside) {
                problems.at(fields.node().get("rubric"), outside.getMessage());
            }
        }
        Combine combine = combine(root, problems);
        if (found.isEmpty()) {
            sameScale(programmes, listedAt, problems);
        }
        found.addAll(0, problems.list());
        if (!found.isEmpty()) {
            throw new InputException("programme set", found);
        }
        Map<String, Object> canonical = new LinkedHashMap<>();
        canonical.put("id", id);
        canonical.put("version", version);
        canonical.put("title", title);
        List<Object> parts = new ArrayList<>();
        for (Programme programme : programmes) {
            parts.add(Map.of(
                    "id",
                    programme.id(),
                    "name",
                    programme.name(),
                    "rubric",
                    programme.rubric().ref().sha256()));
        }
        canonical.put("programmes", parts);
        Map<String, Object> combined = new LinkedHashMap<>();
        combined.put("method", combine.method().word);
        combined.put("by", combine.by());
        combined.put("label", combine.label());
        combined.put("decimals", BigDecimal.valueOf(combine.decimals()));
        canonical.put("combine", combined);
        return new ProgrammeSet(
                document.source(),
                new Ref(id, version, title, Canonical.factsSha256(canonical)),
                programmes,
                combine.method(),
                combine.by(),
                combine.label() != null ? combine.label() : combine.by(),
                combine.decimals());
    }

    /** Every programme scored out of the first one's total with its grade bands, so that totals combine. */
    private static void sameScale(List<Programme> programmes, List<Integer> listedAt, Problems problems) {
        if (programmes.isEmpty()) {
            return;
        }
        Programme first = programmes.get(0);
        BigDecimal total = first.rubric().rubric().total();
        for (int i = 1; i < programmes.size(); i++) {
            Programme other = programmes.get(i);
            String at = "programmes[" + listedAt.get(i) + "]";
            BigDecimal otherTotal = other.rubric().rubric().total();
            if (otherTotal.compareTo(total) != 0) {
                problems.at(
                        at,
                        "programme " + other.id() + " is scored out of " + plain(otherTotal) + ", programme "
                                + first.id() + " out of " + plain(total)
                                + "; a set combines programmes scored out of the same total");
            } else if (!other.rubric().grades().equals(first.rubric().grades())) {
                problems.at(
                        at,
                        "programme " + other.id() + " grades " + bands(other.rubric()) + ", programme "
                                + first.id() + " grades " + bands(first.rubric())
                                + "; a set grades its programmes and their combination with the same bands");
            }
        }
    }

    /** How the set combines, as its {@code combine} says. */
    private record Combine(Method method, String by, String label, int decimals) {}

    private static Combine combine(Fields root, Problems problems) {
        Method method = Method.MEAN;
        String by = null;
        String label = null;
        int decimals = 2;
        Fields given = root.node().get("combine") == null
                ? null
                : Fields.of(
                        root.node().get("combine"), problems, "how to combine {method, by, decimals}", COMBINE_KEYS);
        if (given == null && root.node().get("combine") == null) {
            problems.at(
                    root.node(),
                    "missing key \"combine\"; say how the programmes' totals combine: {method: mean}, {method:"
                            + " weighted, by: FACT} or {method: none}");
        } else if (given != null) {
            String word = given.text("method");
            Optional<Method> known = java.util.Arrays.stream(Method.values())
                    .filter(m -> m.word.equals(word))
                    .findFirst();
            if (known.isEmpty() && !word.isEmpty()) {
                problems.at(
                        given.node().get("method"),
                        "unknown method \"" + word + "\"; expected mean, weighted (by a fact) or none");
            }
            method = known.orElse(Method.MEAN);
            Node byNode = given.node().get("by");
            if (method == Method.WEIGHTED && byNode == null) {
                problems.at(
                        given.node(),
                        "a weighted mean needs the fact it is weighted by: by: funds (each programme's"
                                + " facts then give it)");
            } else if (byNode != null && method != Method.WEIGHTED) {
                problems.at(byNode, "by names the weight of a weighted mean; method " + method.word + " has none");
            } else if (byNode != null) {
                by = given.text("by");
                if (!isKey(by)) {
                    problems.at(byNode, "expected a fact name such as funds, got \"" + by + "\"");
                }
            }
            if (given.node().get("label") != null) {
                if (byNode == null) {
                    problems.at(given.node().get("label"), "label names the weight of a weighted mean (by)");
                } else {
                    label = given.text("label");
                    String refused = TextPolicy.problem(label, false);
                    if (refused != null) {
                        problems.at(given.node().get("label"), refused);
                    }
                }
            }
            if (given.node().get("decimals") != null) {
                BigDecimal places = given.number("decimals");
                if (places != null) {
                    if (places.stripTrailingZeros().scale() > 0
                            || places.signum() < 0
                            || places.compareTo(BigDecimal.valueOf(MAX_DECIMALS)) > 0) {
                        problems.at(
                                given.node().get("decimals"),
                                "expected a whole number of decimals from 0 to " + MAX_DECIMALS + ", got "
                                        + places.toPlainString());
                    } else {
                        decimals = places.intValueExact();
                    }
                }
            }
        }
        return new Combine(method, by, label, decimals);
    }

    private static String bands(CompiledRubric rubric) {
        StringBuilder text = new StringBuilder();
        for (GradeBand band : rubric.grades()) {
            text.append(text.isEmpty() ? "" : " ").append(band.grade()).append(band.boundary());
        }
        return text.toString();
    }

    private static boolean isKey(String text) {
        if (text.isEmpty() || text.length() > 64) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c >= 'A' && c <= 'Z'
                    || c >= 'a' && c <= 'z'
                    || c == '_'
                    || i > 0 && (c >= '0' && c <= '9' || c == '-');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static String plain(BigDecimal value) {
        return Numbers.plain(value);
    }

    /**
     * Where the set was read from.
     *
     * @return the file name
     */
    public String source() {
        return source;
    }

    /**
     * The set's id, version, title and SHA-256.
     *
     * @return the reference results record
     */
    public Ref ref() {
        return ref;
    }

    /**
     * The programmes in the set's order.
     *
     * @return the programmes
     */
    public List<Programme> programmes() {
        return programmes;
    }

    /**
     * How the programmes' totals combine.
     *
     * @return the method
     */
    public Method method() {
        return method;
    }

    /**
     * The fact a weighted mean is weighted by.
     *
     * @return the fact's name, or empty unless the method is {@link Method#WEIGHTED}
     */
    public Optional<String> weightFact() {
        return Optional.ofNullable(by);
    }

    /**
     * How tables write the weight: the set's {@code label}, such as 资金（万元）, else the fact's name.
     *
     * @return the label, or empty unless the method is {@link Method#WEIGHTED}
     */
    public Optional<String> weightLabel() {
        return Optional.ofNullable(label);
    }

    /**
     * The decimals a mean that does not terminate is rounded to (half up).
     *
     * @return the number of decimals
     */
    public int decimals() {
        return decimals;
    }

    /**
     * The total every programme, and the combination, is scored out of.
     *
     * @return the total
     */
    public BigDecimal maxTotal() {
        return programmes.get(0).rubric().rubric().total();
    }

    /**
     * Scores each programme with its rubric and combines the totals.
     *
     * @param submission the facts of every programme; never {@code null}
     * @return the evaluation; {@linkplain ProgrammeEvaluation#failed() failed}, without a combined total, if an
     *     indicator type of any programme misbehaved
     * @throws InputException listing every problem of every programme at once: a programme missing or unknown, a
     *     missing or bad fact (its path below {@code programmes.ID}), a missing weight, weights that add up to 0
     */
    public ProgrammeEvaluation evaluate(ProgrammeSubmission submission) {
        requireNonNull(submission, "submission is null");
        Problems own = new Problems("submission", submission.source(), submission.locator());
        List<String> ids = programmes.stream().map(Programme::id).toList();
        for (String given : submission.programmes().keySet()) {
            if (!ids.contains(given)) {
                own.at(
                        Node.child("programmes", given),
                        "unknown programme \"" + given + "\"" + Suggestions.didYouMean(given, ids) + "; the set "
                                + ref.id() + " has " + String.join(", ", ids));
            }
        }
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (Programme programme : programmes) {
            Submission part = submission.programmes().get(programme.id());
            if (part == null) {
                own.at(
                        "programmes",
                        "missing programme \"" + programme.id() + "\" (" + programme.name() + ", scored with rubric "
                                + programme.rubric().ref().id() + ")");
            } else if (method == Method.WEIGHTED) {
                String path = Node.child(Node.child("programmes", programme.id()), "facts");
                if (!part.facts().containsKey(by)) {
                    own.at(
                            path,
                            "missing fact \"" + by + "\" (a number, 0 or more): the set weighs each programme's total"
                                    + " by it");
                } else {
                    Object weight = FactConversion.convert(
                            FactKind.DECIMAL, part.facts().get(by), Node.child(path, by), own);
                    if (weight instanceof BigDecimal exact) {
                        weights.put(programme.id(), exact);
                    } else if (weight instanceof org.jixiao.spi.Bound bound) {
                        own.at(
                                Node.child(path, by),
                                "given only as " + bound.describe("")
                                        + "; the set weighs each programme's total by its " + by
                                        + ", so the exact figure is needed");
                    }
                }
            }
        }
        for (String claim : submission.claimed().keySet()) {
            if (!claim.equals(CompiledRubric.TOTAL_ID)) {
                own.at(
                        Node.child("claimed", claim),
                        "a programme set's submission claims only its \"total\" here; claim a programme's scores in"
                                + " programmes." + (ids.contains(claim) ? claim : "ID") + ".claimed");
            }
        }
        List<Problem> problems = new ArrayList<>(own.list());
        List<ProgrammeEvaluation.ProgrammeResult> results = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Programme programme : programmes) {
            Submission part = submission.programmes().get(programme.id());
            if (part == null) {
                continue;
            }
            String prefix = Node.child("programmes", programme.id());
            try {
                Evaluation evaluation = programme.rubric().evaluate(scored(programme, part, submission.subject()));
                evaluation.warnings().forEach(w -> warnings.add(prefix + "." + w));
                results.add(new ProgrammeEvaluation.ProgrammeResult(
                        programme.id(), programme.name(), weights.get(programme.id()), evaluation));
            } catch (InputException refused) {
                for (Problem problem : refused.problems()) {
                    String path =
                            problem.path() == null || problem.path().isEmpty() ? prefix : prefix + "." + problem.path();
                    problems.add(new Problem(problem.source(), problem.position(), path, problem.message()));
                }
            }
        }
        if (problems.isEmpty() && method == Method.WEIGHTED) {
            BigDecimal sum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.signum() == 0) {
                problems.add(new Problem(
                        submission.source(),
                        submission.locator().at("programmes").orElse(null),
                        "programmes",
                        "every programme's " + by + " is 0, so the weighted mean has no weight; give each"
                                + " programme's " + by));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException("submission", problems);
        }
        if (method == Method.NONE && submission.claimed().containsKey(CompiledRubric.TOTAL_ID)) {
            warnings.add("claimed.total: the set " + ref.id() + " combines nothing (method none), so there is no"
                    + " total to claim; each programme claims its own");
        }
        boolean failed = results.stream().anyMatch(r -> r.evaluation().failed());
        BigDecimal total = failed || method == Method.NONE ? null : combine(results);
        GradeBand grade = total == null
                ? null
                : grade(
                        total,
                        results.stream().anyMatch(r -> !r.evaluation().vetoes().isEmpty()));
        List<Evaluation.Discrepancy> discrepancies = new ArrayList<>();
        BigDecimal claimedTotal = submission.claimed().get(CompiledRubric.TOTAL_ID);
        if (claimedTotal != null && total != null && claimedTotal.compareTo(total) != 0) {
            discrepancies.add(new Evaluation.Discrepancy(CompiledRubric.TOTAL_ID, "综合得分", claimedTotal, total));
        }
        Map<String, Object> fingerprint = new LinkedHashMap<>();
        for (ProgrammeEvaluation.ProgrammeResult result : results) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("facts", result.evaluation().factsSha256());
            if (result.weight() != null) {
                entry.put(by, result.weight());
            }
            fingerprint.put(result.id(), entry);
        }
        return new ProgrammeEvaluation(
                ref,
                submission.subject(),
                Canonical.factsSha256(fingerprint),
                method,
                by,
                label,
                maxTotal(),
                results,
                total,
                grade,
                discrepancies,
                warnings);
    }

    /**
     * The grade of a combined total: the band it falls in, the lowest where a programme was vetoed.
     *
     * @param total the combined total
     * @param vetoed whether any programme was vetoed (一票否决)
     * @return the grade band
     * @since 0.4
     */
    public GradeBand grade(BigDecimal total, boolean vetoed) {
        List<GradeBand> bands = programmes.get(0).rubric().grades();
        return vetoed
                ? bands.get(bands.size() - 1)
                : bands.stream().filter(b -> b.admits(total)).findFirst().orElse(bands.get(bands.size() - 1));
    }

    /**
     * One programme's own submission from a submission of several (a county's part of a round that reviews each
     * programme with its rubric): the set's subject with the programme's name, its facts without the set's weight
     * fact where its rubric does not read it.
     *
     * @param submission the submission of several programmes; never {@code null}
     * @param programmeId the programme's id
     * @return its submission
     * @throws InputException if the submission does not give that programme
     * @since 0.4
     */
    public Submission programmeSubmission(ProgrammeSubmission submission, String programmeId) {
        Programme programme = programmes.stream()
                .filter(p -> p.id().equals(programmeId))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException("the set " + ref.id() + " has no programme " + programmeId));
        Submission part = submission.programmes().get(programmeId);
        if (part == null) {
            throw InputException.of(
                    "submission",
                    submission.source(),
                    "missing programme \"" + programme.id() + "\" (" + programme.name() + ", scored with rubric "
                            + programme.rubric().ref().id() + ")");
        }
        return scored(programme, part, submission.subject());
    }

    /**
     * A programme's weight in a submission of several programmes: the exact figure of the set's weight fact, as the
     * submission gives it for that programme.
     *
     * @param submission the submission; never {@code null}
     * @param programmeId the programme's id
     * @return the weight; empty for a set that weighs nothing, or where the programme or its figure is not given
     *     exactly
     * @since 0.4
     */
    public Optional<BigDecimal> weightOf(ProgrammeSubmission submission, String programmeId) {
        Submission part = submission.programmes().get(programmeId);
        if (by == null || part == null || !part.facts().containsKey(by)) {
            return Optional.empty();
        }
        Problems ignored = new Problems("submission", submission.source(), submission.locator());
        Object weight = FactConversion.convert(FactKind.DECIMAL, part.facts().get(by), "facts." + by, ignored);
        return weight instanceof BigDecimal exact ? Optional.of(exact) : Optional.empty();
    }

    /**
     * Programme totals combined as the set says (an upper level's, from its programmes' roll-ups): the mean, or the
     * mean weighted by each programme's weight, exact where it terminates, else rounded half up to the set's decimals.
     *
     * @param totals each programme's total, by id; every programme of the set
     * @param weights each programme's weight, by id, for a weighted set; ignored otherwise
     * @return the combined total, or {@code null} for a set that combines nothing
     * @throws IllegalArgumentException if a programme's total or weight is missing, or the weights add up to 0
     * @since 0.4
     */
    public BigDecimal combine(Map<String, BigDecimal> totals, Map<String, BigDecimal> weights) {
        if (method == Method.NONE) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weightSum = BigDecimal.ZERO;
        for (Programme programme : programmes) {
            BigDecimal total = totals.get(programme.id());
            BigDecimal weight = method == Method.WEIGHTED ? weights.get(programme.id()) : BigDecimal.ONE;
            if (total == null || weight == null) {
                throw new IllegalArgumentException("no total or weight for programme " + programme.id());
            }
            sum = sum.add(total.multiply(weight));
            weightSum = weightSum.add(weight);
        }
        if (weightSum.signum() == 0) {
            throw new IllegalArgumentException("the weights add up to 0");
        }
        return mean(sum, weightSum);
    }

    /**
     * The programme's own submission: the set's subject with the programme's name, and without the weight fact
     * when the programme's rubric does not read it (it belongs to the set).
     */
    private Submission scored(Programme programme, Submission part, Subject subject) {
        Map<String, Object> facts = part.facts();
        if (by != null && facts.containsKey(by) && !reads(programme.rubric(), by)) {
            facts = new LinkedHashMap<>(facts);
            facts.remove(by);
        }
        Subject named = new Subject(subject.region(), subject.level(), subject.year(), programme.name());
        return new Submission(
                part.source(), named, null, facts, part.claimed(), part.locator(), part.parts(), part.judgements());
    }

    private static boolean reads(CompiledRubric rubric, String fact) {
        return rubric.facts().stream().anyMatch(f -> f.name().equals(fact))
                || rubric.weightFacts().contains(fact);
    }

    private BigDecimal combine(List<ProgrammeEvaluation.ProgrammeResult> results) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weightSum = BigDecimal.ZERO;
        for (ProgrammeEvaluation.ProgrammeResult result : results) {
            BigDecimal weight = method == Method.WEIGHTED ? result.weight() : BigDecimal.ONE;
            sum = sum.add(result.evaluation().total().multiply(weight));
            weightSum = weightSum.add(weight);
        }
        return mean(sum, weightSum);
    }

    private BigDecimal mean(BigDecimal sum, BigDecimal weightSum) {
        BigDecimal mean;
        try {
            mean = sum.divide(weightSum);
        } catch (ArithmeticException nonTerminating) {
            mean = sum.divide(weightSum, decimals, RoundingMode.HALF_UP);
        }
        return CompiledRubric.normalized(mean);
    }
}
