package org.jixiao.engine;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.spi.Api;
import org.jixiao.spi.Deduction;
import org.jixiao.spi.Subject;

/**
 * The result of scoring one submission against one compiled rubric.
 *
 * <p>If any indicator failed (threw, returned nothing, or a score outside its range), the other
 * indicators are still scored and shown, but the evaluation {@linkplain #failed() failed}: it has no
 * total and no grade, and the failed groups have no score.
 *
 * @param rubric which rubric, exactly: id, version and SHA-256; never {@code null}
 * @param subject the evaluated subject; never {@code null}
 * @param factsSha256 the SHA-256 of the submission's facts in canonical form; never {@code null}
 * @param groups the groups in table order; never {@code null}
 * @param bonus the bonus items (加分项), or {@code null} if the rubric has none
 * @param penalty the penalty items (扣分项), or {@code null} if the rubric has none
 * @param total the total: the groups' sum, plus bonus, less penalty, within [0, the rubric's total];
 *     {@code null} if the evaluation failed
 * @param grade the grade band of the total (the lowest band when a veto holds), or {@code null} if the
 *     evaluation failed
 * @param vetoes the vetoes (一票否决) that hold; never {@code null}
 * @param discrepancies claimed scores that differ from the computed ones; never {@code null}
 * @param warnings things worth a look that did not stop scoring; never {@code null}
 * @param failures the indicators that failed; never {@code null}
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Evaluation(
        RubricRef rubric,
        Subject subject,
        String factsSha256,
        List<GroupResult> groups,
        ExtraResult bonus,
        ExtraResult penalty,
        BigDecimal total,
        GradeBand grade,
        List<VetoResult> vetoes,
        List<Discrepancy> discrepancies,
        List<String> warnings,
        List<Failure> failures) {

    /** Checks the components and copies the lists. */
    public Evaluation {
        requireNonNull(rubric, "rubric is null");
        requireNonNull(subject, "subject is null");
        requireNonNull(factsSha256, "factsSha256 is null");
        groups = List.copyOf(groups);
        vetoes = List.copyOf(vetoes);
        discrepancies = List.copyOf(discrepancies);
        warnings = List.copyOf(warnings);
        failures = List.copyOf(failures);
    }

    /**
     * Whether an indicator failed, leaving no total.
     *
     * @return {@code true} if there are failures
     */
    public boolean failed() {
        return !failures.isEmpty();
    }

    /**
     * Finds an indicator's result.
     *
     * @param indicatorId the indicator id
     * @return the result, or empty if the rubric has no such indicator
     */
    public Optional<IndicatorResult> indicator(String indicatorId) {
        java.util.stream.Stream<IndicatorResult> all = groups.stream().flatMap(g -> g.indicators().stream());
        for (ExtraResult extra : new ExtraResult[] {bonus, penalty}) {
            if (extra != null) {
                all = java.util.stream.Stream.concat(all, extra.indicators().stream());
            }
        }
        return all.filter(i -> i.id().equals(indicatorId)).findFirst();
    }

    /**
     * The indicators that do not apply to the subject; when there are any, the total is the applicable
     * indicators' score over their weight, scaled to the rubric's total (折算).
     *
     * @return their ids, in table order
     */
    public List<String> notApplicable() {
        return groups.stream()
                .flatMap(g -> g.indicators().stream())
                .filter(i -> !i.applicable())
                .map(IndicatorResult::id)
                .toList();
    }

    /**
     * Bonus (加分项) or penalty (扣分项) items' result.
     *
     * @param name the Chinese name
     * @param cap the most they count for together
     * @param score what they count for: their sum, at most the cap; {@code null} if one failed
     * @param indicators each item's result; for penalty items the score is the points taken off
     */
    public record ExtraResult(String name, BigDecimal cap, BigDecimal score, List<IndicatorResult> indicators) {

        /** Copies the list. */
        public ExtraResult {
            indicators = List.copyOf(indicators);
        }
    }

    /**
     * A veto (一票否决) that holds: the grade is the lowest band.
     *
     * @param id the veto's id
     * @param name the Chinese name
     * @param reason what the result says
     */
    public record VetoResult(String id, String name, String reason) {}

    /**
     * Identifies a rubric exactly.
     *
     * @param id the rubric id
     * @param version the rubric version
     * @param title the table's title
     * @param maxTotal the points of the whole table
     * @param sha256 the SHA-256 of the compiled rubric's canonical form
     */
    public record RubricRef(String id, String version, String title, BigDecimal maxTotal, String sha256) {}

    /**
     * A first-level group's result.
     *
     * @param id the group id
     * @param name the Chinese name
     * @param weight the group's 分值
     * @param score the sum of its indicators, or {@code null} if one of them failed
     * @param indicators the indicators in table order
     */
    public record GroupResult(
            String id, String name, BigDecimal weight, BigDecimal score, List<IndicatorResult> indicators) {

        /** Copies the list. */
        public GroupResult {
            indicators = List.copyOf(indicators);
        }
    }

    /**
     * One indicator's result.
     *
     * @param id the indicator id
     * @param name the Chinese name
     * @param type the indicator type id
     * @param weight the row's 分值
     * @param criteria the 评分标准 text
     * @param score the points, or {@code null} if the indicator failed
     * @param reason the 评分理由; empty if the indicator failed
     * @param deductions the itemised deductions
     * @param applicable {@code false} when the indicator does not apply to the subject (its score is
     *     then {@code null} and the total is re-weighted over the applicable indicators)
     */
    public record IndicatorResult(
            String id,
            String name,
            String type,
            BigDecimal weight,
            String criteria,
            BigDecimal score,
            String reason,
            List<Deduction> deductions,
            boolean applicable) {

        /** Copies the list. */
        public IndicatorResult {
            deductions = List.copyOf(deductions);
        }
    }

    /**
     * A claimed score that differs from the computed one.
     *
     * @param id the indicator id, group id or {@code total}
     * @param name the Chinese name, or {@code 合计} for the total
     * @param claimed the claimed score
     * @param computed the computed score
     */
    public record Discrepancy(String id, String name, BigDecimal claimed, BigDecimal computed) {

        /**
         * How far the claim is above the computed score.
         *
         * @return claimed - computed
         */
        public BigDecimal difference() {
            return claimed.subtract(computed);
        }
    }

    /**
     * An indicator that could not be scored because its type misbehaved.
     *
     * @param indicatorId the rubric row
     * @param typeId the indicator type
     * @param typeSource where the type was loaded from
     * @param message what went wrong
     */
    public record Failure(String indicatorId, String typeId, String typeSource, String message) {}
}
