package org.jixiao.engine.programme;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.engine.rubric.GradeBand;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.spi.Api;
import org.jixiao.spi.Subject;

/**
 * What a {@link ProgrammeSet} gave for one submission: each programme's evaluation, and their combination.
 *
 * @param set the set it was scored with; never {@code null}
 * @param subject the evaluated region and year, as submitted; never {@code null}
 * @param factsSha256 the SHA-256 of every programme's facts and judgements, and of the weights; never {@code null}
 * @param method how the totals were combined; never {@code null}
 * @param weightFact the fact a weighted mean is weighted by, or {@code null}
 * @param weightLabel how tables write that weight, such as 资金（万元）, or {@code null}
 * @param maxTotal what every programme and the combination are scored out of; never {@code null}
 * @param programmes each programme's result, in the set's order; never {@code null}
 * @param total the combined total, or {@code null} when the set combines nothing or a programme failed
 * @param grade the combined grade (the lowest when any programme is vetoed), or {@code null} without a total
 * @param discrepancies the claimed combined total where it differs from the computed one; never {@code null}
 * @param warnings each programme's warnings (paths below {@code programmes.ID}) and the set's; never {@code null}
 * @since 0.3
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.3")
public record ProgrammeEvaluation(
        ProgrammeSet.Ref set,
        Subject subject,
        String factsSha256,
        ProgrammeSet.Method method,
        String weightFact,
        String weightLabel,
        BigDecimal maxTotal,
        List<ProgrammeResult> programmes,
        BigDecimal total,
        GradeBand grade,
        List<Evaluation.Discrepancy> discrepancies,
        List<String> warnings) {

    /** Checks the components and copies the lists. */
    public ProgrammeEvaluation {
        requireNonNull(set, "set is null");
        requireNonNull(subject, "subject is null");
        requireNonNull(factsSha256, "factsSha256 is null");
        requireNonNull(method, "method is null");
        requireNonNull(maxTotal, "maxTotal is null");
        programmes = List.copyOf(programmes);
        discrepancies = List.copyOf(discrepancies);
        warnings = List.copyOf(warnings);
    }

    /**
     * One programme's part.
     *
     * @param id the programme's id
     * @param name the programme's name
     * @param weight its weight in a weighted mean (the fact's value), or {@code null}
     * @param evaluation its evaluation with its own rubric
     */
    public record ProgrammeResult(String id, String name, BigDecimal weight, Evaluation evaluation) {}

    /**
     * Whether an indicator type of some programme misbehaved, so that there is no combined total.
     *
     * @return {@code true} if any programme's evaluation failed
     */
    public boolean failed() {
        return programmes.stream().anyMatch(p -> p.evaluation().failed());
    }

    /**
     * The result of one programme.
     *
     * @param id the programme's id
     * @return its result, or empty if the set has no such programme
     */
    public Optional<ProgrammeResult> programme(String id) {
        return programmes.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The programmes whose evaluation was vetoed (一票否决), which makes the combined grade the lowest.
     *
     * @return their ids, in order
     */
    public List<String> vetoedBy() {
        return programmes.stream()
                .filter(p -> !p.evaluation().vetoes().isEmpty())
                .map(ProgrammeResult::id)
                .toList();
    }
}
