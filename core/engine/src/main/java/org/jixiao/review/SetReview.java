package org.jixiao.review;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jixiao.engine.Engine;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.programme.ProgrammeEvaluation;
import org.jixiao.engine.programme.ProgrammeSet;
import org.jixiao.engine.rubric.GradeBand;
import org.jixiao.engine.submission.ProgrammeSubmission;
import org.jixiao.engine.submission.SubmissionDocument;
import org.jixiao.spi.Api;

/**
 * A round of programme sets: counties that each report several programmes (老旧小区改造, 棚户区改造, 租赁住房保障) in one
 * submission, reviewed by a city. Each programme is reviewed as a round of its own — every county's part scored with
 * the programme's rubric, claims checked, counties compared and rolled up into the city's part — and each county's
 * programmes are combined as the set says; the city's combined total is its programmes' roll-ups combined the same
 * way, weighted (for a weighted set) by the city's own figure where its file gives one, else by its counties' sum.
 *
 * <pre>{@code
 * SetReview.Report report = SetReview.run(engine, set, List.of(Path.of("counties/")), review -> review.threads(4));
 * report.upper().total();   // the city's combined total
 * }</pre>
 *
 * @since 0.4
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.4")
public final class SetReview {

    private SetReview() {}

    /**
     * One county's programmes combined.
     *
     * @param file its file; never {@code null}
     * @param region its region, or {@code null} when its file could not be read
     * @param claimed the combined total it claims, or {@code null}
     * @param evaluation its programmes scored and combined, or {@code null} when refused
     * @param refusal why it was refused, or {@code null}
     */
    public record CountyResult(
            Path file, String region, BigDecimal claimed, ProgrammeEvaluation evaluation, String refusal) {}

    /**
     * The upper level's programmes combined from their roll-ups.
     *
     * @param region the upper level's region, or {@code null} if unknown
     * @param totals each programme's rolled-up total, by id, in the set's order
     * @param weights each programme's weight for a weighted set, by id; empty otherwise
     * @param total the combined total, or {@code null} when a programme's roll-up was not made or the set combines
     *     nothing
     * @param grade its grade, or {@code null} without a total
     * @param claimed the combined total the upper level's file claims, or {@code null}
     * @param blockers why there is no combined total; empty when there is one (or the set combines nothing)
     */
    public record UpperResult(
            String region,
            Map<String, BigDecimal> totals,
            Map<String, BigDecimal> weights,
            BigDecimal total,
            GradeBand grade,
            BigDecimal claimed,
            List<String> blockers) {

        /** Copies the maps and the list. */
        public UpperResult {
            totals = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(totals));
            weights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights));
            blockers = List.copyOf(blockers);
        }
    }

    /**
     * The round's result.
     *
     * @param set the programme set; never {@code null}
     * @param programmes each programme's own round, by id, in the set's order; never {@code null}
     * @param counties each county's programmes combined, by file; never {@code null}
     * @param upper the upper level's combined result, or {@code null} without a roll-up
     */
    public record Report(
            ProgrammeSet set, Map<String, ReviewReport> programmes, List<CountyResult> counties, UpperResult upper) {

        /** Copies the map and the list. */
        public Report {
            requireNonNull(set, "set is null");
            programmes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(programmes));
            counties = List.copyOf(counties);
        }

        /**
         * The round's outcome: the worst of its programmes' rounds, refused where a county's set was refused.
         *
         * @return the outcome
         */
        public ReviewReport.Outcome outcome() {
            boolean refused = counties.stream().anyMatch(c -> c.refusal() != null)
                    || upper != null && !upper.blockers().isEmpty()
                    || programmes.values().stream().anyMatch(r -> r.outcome() == ReviewReport.Outcome.REFUSED);
            if (refused) {
                return ReviewReport.Outcome.REFUSED;
            }
            boolean failed = programmes.values().stream().anyMatch(r -> r.outcome() == ReviewReport.Outcome.FAILED);
            return failed ? ReviewReport.Outcome.FAILED : ReviewReport.Outcome.OK;
        }
    }

    /**
     * Reviews the submissions of several programmes in {@code inputs} with {@code set}.
     *
     * @param engine reads the submissions; never {@code null}
     * @param set the programme set every submission is scored with; never {@code null}
     * @param inputs submission files and folders of them (JSON and YAML); never {@code null}
     * @param options the options of each programme's round (threads, upper file, roll-up method, exclusions)
     * @return the report
     */
    public static Report run(
            Engine engine, ProgrammeSet set, Collection<Path> inputs, UnaryOperator<Review.Builder> options) {
        Map<Path, Object> read = new ConcurrentHashMap<>();
        Function<Path, ProgrammeSubmission> reader = file -> {
            Object document = read.computeIfAbsent(file, f -> {
                try {
                    SubmissionDocument given = engine.readSubmissionDocument(f, null);
                    if (given instanceof ProgrammeSubmission programmes) {
                        return programmes;
                    }
                    return InputException.of(
                            "submission",
                            f.toString(),
                            "gives one programme's facts; this round reviews programme set "
                                    + set.ref().id()
                                    + ", whose submissions give each programme's facts under \"programmes\"");
                } catch (InputException e) {
                    return e;
                }
            });
            if (document instanceof InputException refused) {
                throw refused;
            }
            return (ProgrammeSubmission) document;
        };
        Map<String, ReviewReport> programmes = new LinkedHashMap<>();
        for (ProgrammeSet.Programme programme : set.programmes()) {
            Review review = options.apply(Review.builder(engine, (submission, file) -> programme.rubric())
                            .reader(
                                    file -> set.programmeSubmission(reader.apply(file), programme.id()),
                                    java.util.Set.of()))
                    .build();
            programmes.put(programme.id(), review.run(inputs));
        }
        ReviewReport first = programmes.values().iterator().next();
        List<CountyResult> counties = new ArrayList<>();
        for (SubmissionResult part : first.results()) {
            counties.add(county(set, part.file(), reader));
        }
        return new Report(set, programmes, counties, upper(set, programmes, reader));
    }

    private static CountyResult county(ProgrammeSet set, Path file, Function<Path, ProgrammeSubmission> reader) {
        ProgrammeSubmission submission;
        try {
            submission = reader.apply(file);
        } catch (InputException e) {
            return new CountyResult(file, null, null, null, e.getMessage());
        }
        String region = submission.subject().region();
        BigDecimal claimed = submission.claimed().get(org.jixiao.engine.score.CompiledRubric.TOTAL_ID);
        try {
            return new CountyResult(file, region, claimed, set.evaluate(submission), null);
        } catch (InputException e) {
            return new CountyResult(file, region, claimed, null, e.getMessage());
        }
    }

    /** The upper level's programmes combined, when every programme was rolled up. */
    private static UpperResult upper(
            ProgrammeSet set, Map<String, ReviewReport> programmes, Function<Path, ProgrammeSubmission> reader) {
        if (programmes.values().stream().allMatch(report -> report.rollup() == null)) {
            return null;
        }
        String region = null;
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        List<String> blockers = new ArrayList<>();
        BigDecimal claimed = null;
        String by = set.weightFact().orElse(null);
        for (ProgrammeSet.Programme programme : set.programmes()) {
            RollupResult rollup = programmes.get(programme.id()).rollup();
            if (rollup == null || !rollup.made() || rollup.total() == null) {
                blockers.add("programme " + programme.id() + " " + programme.name() + " was not rolled up");
                continue;
            }
            region = region != null ? region : rollup.region();
            totals.put(programme.id(), rollup.total());
            ProgrammeSubmission own = rollup.upper() == null ? null : reader.apply(rollup.upper());
            if (own != null && claimed == null) {
                claimed = own.claimed().get(org.jixiao.engine.score.CompiledRubric.TOTAL_ID);
            }
            if (by != null) {
                BigDecimal weight = weight(set, own, programme.id());
                if (weight == null) {
                    // a city's funds for a programme are its counties' funds
                    weight = BigDecimal.ZERO;
                    for (RollupResult.Part part : rollup.parts()) {
                        BigDecimal counted = weight(set, reader.apply(part.file()), programme.id());
                        weight = weight.add(counted == null ? BigDecimal.ZERO : counted);
                    }
                }
                weights.put(programme.id(), weight);
            }
        }
        BigDecimal total = null;
        if (blockers.isEmpty()) {
            try {
                total = set.combine(totals, weights);
            } catch (IllegalArgumentException e) {
                blockers.add("the programmes' totals cannot be combined: " + e.getMessage());
            }
        }
        GradeBand grade = total == null ? null : set.grade(total, false);
        return new UpperResult(region, totals, weights, total, grade, claimed, blockers);
    }

    /** A programme's weight in a submission of several programmes, or {@code null} where it gives none. */
    private static BigDecimal weight(ProgrammeSet set, ProgrammeSubmission submission, String programme) {
        return submission == null ? null : set.weightOf(submission, programme).orElse(null);
    }
}
