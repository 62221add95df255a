package org.jixiao.engine.score;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.engine.rubric.GradeBand;
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
 * <p>Immutable. (A class, not a record, since 0.2: the facts' SHA-256 is computed only when asked for.)
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class Evaluation {
    // Why this file is long: an API value type: the evaluation and its nested result records (groups, rows, extras,
    // vetoes, discrepancies, failures), each with its Javadoc; two hundred lines are documentation.

    private final RubricRef rubric;
    private final Subject subject;
    private final java.util.function.Supplier<String> factsDigest;
    private volatile String factsSha256;
    /** The groups given to the public constructor; {@code null} when {@link #rows} builds them. */
    private final List<GroupResult> groups;
    /** The engine's row results, from which the groups are built when first asked for; or {@code null}. */
    private final ScoredRows rows;

    private final ExtraResult bonus;
    private final ExtraResult penalty;
    private final BigDecimal total;
    /** The total before the rubric's declared rounding; {@code null} when it declares none. */
    private final BigDecimal exactTotal;
    /** The cap on the total the facts brought into force; {@code null} for none. */
    private final CapResult cap;

    private final GradeBand grade;
    private final List<VetoResult> vetoes;
    private final List<Discrepancy> discrepancies;
    private final List<String> warnings;
    private final List<String> notes;
    private final List<Failure> failures;
    private final Map<String, BigDecimal> claimed;

    /**
     * An evaluation, as the engine makes it; for tests and tools that build one.
     *
     * @param rubric which rubric, exactly: id, version and SHA-256; never {@code null}
     * @param subject the evaluated subject; never {@code null}
     * @param factsSha256 the SHA-256 of the submission's facts in canonical form (keys sorted, numbers without
     *     trailing zeros), with the evaluator's judgements when there are any; never {@code null}
     * @param groups the groups in table order; never {@code null}
     * @param bonus the bonus items (加分项), or {@code null} if the rubric has none
     * @param penalty the penalty items (扣分项), or {@code null} if the rubric has none
     * @param total the total: the groups' sum, plus bonus, less penalty, within [0, the rubric's total]; {@code null} if the evaluation failed
     * @param grade the grade band of the total (the lowest band when a veto holds), or {@code null} if the evaluation failed
     * @param vetoes the vetoes (一票否决) that hold; never {@code null}
     * @param discrepancies claimed scores that differ from the computed ones; never {@code null}
     * @param warnings things worth a look that did not stop scoring; never {@code null}
     * @param failures the indicators that failed; never {@code null}
     */
    public Evaluation(
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
        this(
                rubric,
                subject,
                requireNonNull(factsSha256, "factsSha256 is null"),
                null,
                List.copyOf(groups),
                null,
                bonus,
                penalty,
                total,
                grade,
                vetoes,
                discrepancies,
                warnings,
                List.of(),
                failures,
                Map.of(),
                null,
                null);
    }

    /**
     * The engine's: the digest of the facts is computed on first use ({@code factsSha256} null), and the groups'
     * records are either given or built from the engine's {@code rows} when first asked for.
     */
    Evaluation(
            RubricRef rubric,
            Subject subject,
            String factsSha256,
            java.util.function.Supplier<String> factsDigest,
            List<GroupResult> groups,
            ScoredRows rows,
            ExtraResult bonus,
            ExtraResult penalty,
            BigDecimal total,
            GradeBand grade,
            List<VetoResult> vetoes,
            List<Discrepancy> discrepancies,
            List<String> warnings,
            List<String> notes,
            List<Failure> failures,
            Map<String, BigDecimal> claimed,
            BigDecimal exactTotal,
            CapResult cap) {
        this.rubric = requireNonNull(rubric, "rubric is null");
        this.exactTotal = exactTotal;
        this.cap = cap;
        this.subject = requireNonNull(subject, "subject is null");
        this.factsSha256 = factsSha256;
        this.factsDigest = factsDigest;
        this.groups = groups;
        this.rows = rows;
        this.bonus = bonus;
        this.penalty = penalty;
        this.total = total;
        this.grade = grade;
        this.vetoes = List.copyOf(vetoes);
        this.discrepancies = List.copyOf(discrepancies);
        this.warnings = List.copyOf(warnings);
        this.notes = List.copyOf(notes);
        this.failures = List.copyOf(failures);
        this.claimed = claimed;
    }

    /**
     * Rubric.
     *
     * @return which rubric, exactly: id, version and SHA-256; never {@code null}
     */
    public RubricRef rubric() {
        return rubric;
    }

    /**
     * Subject.
     *
     * @return the evaluated subject; never {@code null}
     */
    public Subject subject() {
        return subject;
    }

    /**
     * FactsSha256.
     *
     * @return the SHA-256 of the submission's facts in canonical form (keys sorted, numbers without trailing zeros), computed when first asked for; never {@code null}
     */
    public String factsSha256() {
        String known = factsSha256;
        if (known == null) {
            known = factsDigest.get();
            factsSha256 = known;
        }
        return known;
    }

    /**
     * The scores the submission claimed (自评得分), by indicator id, group id or {@code total}, as it gave them: the
     * official table prints them beside the checked scores.
     *
     * @return the claims; empty when the submission claimed none; never {@code null}
     * @since 0.4
     */
    public Map<String, BigDecimal> claimed() {
        return claimed;
    }

    /**
     * Groups.
     *
     * @return the groups in table order; never {@code null}
     */
    public List<GroupResult> groups() {
        return rows != null ? rows.groups() : groups;
    }

    /**
     * Each indicator's id, score and reason in table order — every group's indicators, then the bonus items, then
     * the penalty items — without building the per-indicator records: what a writer of scores or reasons needs.
     *
     * @param <X> what the visitor may throw
     * @param visitor called once per indicator; never {@code null}
     * @throws X if the visitor throws it
     * @since 0.3
     */
    public <X extends Exception> void forEachIndicator(IndicatorVisitor<X> visitor) throws X {
        if (rows != null) {
            for (int k = 0; k < rows.size(); k++) {
                visitor.visit(rows.id(k), rows.scores[k], rows.reasons[k]);
            }
            return;
        }
        for (IndicatorResult result : allIndicators()) {
            visitor.visit(result.id(), result.score(), result.reason());
        }
    }

    /** Every indicator's record in table order: the groups', then the bonus items, then the penalty items. */
    private List<IndicatorResult> allIndicators() {
        List<IndicatorResult> all = new java.util.ArrayList<>();
        groups().forEach(group -> all.addAll(group.indicators()));
        for (ExtraResult extra : new ExtraResult[] {bonus, penalty}) {
            if (extra != null) {
                all.addAll(extra.indicators());
            }
        }
        return all;
    }

    /**
     * Receives one indicator's result in {@link #forEachIndicator}.
     *
     * @param <X> what it may throw
     * @since 0.3
     */
    @FunctionalInterface
    public interface IndicatorVisitor<X extends Exception> {
        /**
         * One indicator.
         *
         * @param id the indicator's id
         * @param score its score; {@code null} when it does not apply or failed
         * @param reason its 评分理由 (empty when the evaluation was for scores alone); never {@code null}
         * @throws X as the visitor chooses
         */
        void visit(String id, BigDecimal score, String reason) throws X;
    }

    /**
     * Bonus.
     *
     * @return the bonus items (加分项), or {@code null} if the rubric has none
     */
    public ExtraResult bonus() {
        return bonus;
    }

    /**
     * Penalty.
     *
     * @return the penalty items (扣分项), or {@code null} if the rubric has none
     */
    public ExtraResult penalty() {
        return penalty;
    }

    /**
     * The total before the rubric's declared rounding (保留两位小数): 85.8125 where {@link #total()} is 85.81.
     *
     * @return the exact total; the {@link #total()} itself when the rubric declares no rounding; {@code null} if the
     *     evaluation failed
     * @since 0.4
     */
    public BigDecimal exactTotal() {
        return exactTotal != null ? exactTotal : total;
    }

    /**
     * Total.
     *
     * @return the total: the groups' sum, plus bonus, less penalty, within [0, the rubric's total], rounded as the
     *     rubric declares ({@link #exactTotal()} keeps it whole); {@code null} if the evaluation failed
     */
    public BigDecimal total() {
        return total;
    }

    /**
     * Grade.
     *
     * @return the grade band of the total (the lowest band when a veto holds), or {@code null} if the evaluation failed
     */
    public GradeBand grade() {
        return grade;
    }

    /**
     * Vetoes.
     *
     * @return the vetoes (一票否决) that hold; never {@code null}
     */
    public List<VetoResult> vetoes() {
        return vetoes;
    }

    /**
     * Discrepancies.
     *
     * @return claimed scores that differ from the computed ones; never {@code null}
     */
    public List<Discrepancy> discrepancies() {
        return discrepancies;
    }

    /**
     * Warnings.
     *
     * @return things worth a look that did not stop scoring; never {@code null}
     */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * How figures were read where not plainly, each at its place (a workbook's percent cell scaled, a formula
     * calculated): what a reader of the result must know to recognise the figures they typed.
     *
     * @return the notes, each naming its file and cell; empty for most submissions; never {@code null}
     * @since 0.3
     */
    public List<String> notes() {
        return notes;
    }

    /**
     * Failures.
     *
     * @return the indicators that failed; never {@code null}
     */
    public List<Failure> failures() {
        return failures;
    }

    /**
     * The cap on the total that the facts brought into force (执行率低于80%的，总分最高89分), with the points it cut.
     *
     * @return the cap applied; empty where none holds or none cut anything
     * @since 0.4
     */
    public Optional<CapResult> cap() {
        return Optional.ofNullable(cap);
    }

    /**
     * A cap on the total that cut it.
     *
     * @param atMost the highest total the cap allows
     * @param reason why, as the rubric states it (预算执行率低于80%)
     * @param before the total before the cap
     * @param cut the points cut: {@code before − atMost}
     * @since 0.4
     */
    public record CapResult(BigDecimal atMost, String reason, BigDecimal before, BigDecimal cut) {}

    @Override
    public boolean equals(Object other) {
        return other instanceof Evaluation e
                && rubric.equals(e.rubric)
                && subject.equals(e.subject)
                && factsSha256().equals(e.factsSha256())
                && groups().equals(e.groups())
                && java.util.Objects.equals(bonus, e.bonus)
                && java.util.Objects.equals(penalty, e.penalty)
                && java.util.Objects.equals(total, e.total)
                && java.util.Objects.equals(grade, e.grade)
                && vetoes.equals(e.vetoes)
                && discrepancies.equals(e.discrepancies)
                && warnings.equals(e.warnings)
                && notes.equals(e.notes)
                && failures.equals(e.failures)
                && java.util.Objects.equals(cap, e.cap);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(
                rubric,
                subject,
                factsSha256(),
                groups(),
                bonus,
                penalty,
                total,
                grade,
                vetoes,
                discrepancies,
                warnings,
                notes,
                failures);
    }

    @Override
    public String toString() {
        return "Evaluation[rubric=" + rubric.id() + ", subject=" + subject + ", total=" + total + ", grade="
                + (grade == null ? null : grade.grade()) + ", failures=" + failures.size() + "]";
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
        return allIndicators().stream().filter(i -> i.id().equals(indicatorId)).findFirst();
    }

    /**
     * Finds a group's or a sub-group's result, at any level.
     *
     * @param groupId the group id
     * @return the result, or empty if the rubric has no such group
     * @since 0.2
     */
    public Optional<GroupResult> group(String groupId) {
        return find(groups(), groupId);
    }

    private static Optional<GroupResult> find(List<GroupResult> groups, String groupId) {
        for (GroupResult group : groups) {
            if (group.id().equals(groupId)) {
                return Optional.of(group);
            }
            Optional<GroupResult> inner = find(group.subgroups(), groupId);
            if (inner.isPresent()) {
                return inner;
            }
        }
        return Optional.empty();
    }

    /**
     * The indicators that do not apply to the subject; when there are any, the total is the applicable
     * indicators' score over their weight, scaled to the rubric's total (折算).
     *
     * @return their ids, in table order
     */
    public List<String> notApplicable() {
        return groups().stream()
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
     * @param indicators the scored indicators in table order, also those inside its sub-groups
     * @param subgroups the next level's results when the table has more than two levels (each with its own
     *     indicators and score); empty for a two-level table; since 0.2
     */
    public record GroupResult(
            String id,
            String name,
            BigDecimal weight,
            BigDecimal score,
            List<IndicatorResult> indicators,
            List<GroupResult> subgroups) {

        /** Copies the lists. */
        public GroupResult {
            indicators = List.copyOf(indicators);
            subgroups = List.copyOf(subgroups);
        }

        /**
         * The sub-groups that hold an indicator, from the outermost in: the middle levels of its row in the table.
         *
         * @param indicatorId the indicator id
         * @return the sub-groups' results; empty if the indicator sits directly in this group or is not in it
         * @since 0.2
         */
        public List<GroupResult> pathTo(String indicatorId) {
            for (GroupResult subgroup : subgroups) {
                if (subgroup.indicators().stream()
                        .anyMatch(result -> result.id().equals(indicatorId))) {
                    List<GroupResult> path = new java.util.ArrayList<>();
                    path.add(subgroup);
                    path.addAll(subgroup.pathTo(indicatorId));
                    return List.copyOf(path);
                }
            }
            return List.of();
        }

        /**
         * A group of a two-level table.
         *
         * @param id the group id
         * @param name the Chinese name
         * @param weight the group's 分值
         * @param score the sum of its indicators, or {@code null} if one of them failed
         * @param indicators the indicators in table order
         */
        public GroupResult(
                String id, String name, BigDecimal weight, BigDecimal score, List<IndicatorResult> indicators) {
            this(id, name, weight, score, indicators, List.of());
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
