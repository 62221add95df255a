package org.jixiao.review;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.engine.rubric.GradeBand;
import org.jixiao.engine.rubric.RollupMethod;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.engine.submission.Submission;
import org.jixiao.spi.Api;

/**
 * The upper level's result made from its parts (汇总), or why it could not be made.
 *
 * @param method how it was made; never {@code null}
 * @param upper the upper level's own file (its own facts and claims), or {@code null} for the mean method
 *     without one
 * @param region the upper level's region, or {@code null} if unknown
 * @param parts the counties it was made from, each traceable to its file and facts; never {@code null}
 * @param excluded the counties the user left out, by name; never {@code null}
 * @param blockers why no result was made: a county refused or missing, a bad fact; empty when made;
 *     never {@code null}
 * @param combined for {@link RollupMethod#FACTS}: the combined submission, else {@code null}
 * @param evaluation for {@link RollupMethod#FACTS}: the combined submission scored, else {@code null}
 * @param meanTotal for {@link RollupMethod#MEAN_OF_TOTALS}: the mean of the parts' totals, else {@code null}
 * @param meanGrade for {@link RollupMethod#MEAN_OF_TOTALS}: the grade of that mean, else {@code null}
 * @since 0.2
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.2")
public record RollupResult(
        RollupMethod method,
        Path upper,
        String region,
        List<Part> parts,
        List<String> excluded,
        List<String> blockers,
        Submission combined,
        Evaluation evaluation,
        BigDecimal meanTotal,
        GradeBand meanGrade,
        List<Evaluation.Discrepancy> meanDiscrepancies) {

    /** Checks the components and copies the lists. */
    public RollupResult {
        requireNonNull(method, "method is null");
        meanDiscrepancies = List.copyOf(requireNonNull(meanDiscrepancies, "meanDiscrepancies is null"));
        parts = List.copyOf(requireNonNull(parts, "parts is null"));
        excluded = List.copyOf(requireNonNull(excluded, "excluded is null"));
        blockers = List.copyOf(requireNonNull(blockers, "blockers is null"));
    }

    /**
     * Whether a result was made.
     *
     * @return {@code false} if something blocked it
     */
    public boolean made() {
        return blockers.isEmpty();
    }

    /**
     * A result as 0.2 made them, with no check of the claimed total under the mean of totals.
     *
     * @param method how it was made
     * @param upper the upper level's own file, or {@code null}
     * @param region the upper level's region, or {@code null}
     * @param parts the counties it was made from
     * @param excluded the counties left out on purpose
     * @param blockers why it was not made; empty if it was
     * @param combined the combined submission (facts method), or {@code null}
     * @param evaluation its evaluation (facts method), or {@code null}
     * @param meanTotal the mean of the totals (mean-of-totals method), or {@code null}
     * @param meanGrade its grade, or {@code null}
     */
    public RollupResult(
            RollupMethod method,
            Path upper,
            String region,
            List<Part> parts,
            List<String> excluded,
            List<String> blockers,
            Submission combined,
            Evaluation evaluation,
            BigDecimal meanTotal,
            GradeBand meanGrade) {
        this(method, upper, region, parts, excluded, blockers, combined, evaluation, meanTotal, meanGrade, List.of());
    }

    /**
     * The upper level's claims that differ from what the roll-up computed, by either method: its evaluation's
     * discrepancies when its facts were combined and scored; its claimed total against the mean of the counties'
     * totals otherwise.
     *
     * @return the discrepancies; never {@code null}
     * @since 0.3
     */
    public List<Evaluation.Discrepancy> discrepancies() {
        return evaluation != null ? evaluation.discrepancies() : meanDiscrepancies;
    }

    /**
     * The upper level's total by either method.
     *
     * @return the total, or {@code null} if blocked or the evaluation failed
     */
    public BigDecimal total() {
        return evaluation != null ? evaluation.total() : meanTotal;
    }

    /**
     * The upper level's grade by either method.
     *
     * @return the grade, or {@code null} if blocked or the evaluation failed
     */
    public GradeBand grade() {
        return evaluation != null ? evaluation.grade() : meanGrade;
    }

    /**
     * One county a result was made from.
     *
     * @param region its region
     * @param file its submission file
     * @param factsSha256 the SHA-256 of its facts, as its own evaluation records it
     * @param total its own total, or {@code null} if its evaluation failed
     */
    public record Part(String region, Path file, String factsSha256, BigDecimal total) {}
}
