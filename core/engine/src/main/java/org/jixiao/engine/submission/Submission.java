package org.jixiao.engine.submission;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.engine.read.Locator;
import org.jixiao.spi.Api;
import org.jixiao.spi.PlanActual;
import org.jixiao.spi.Subject;

/**
 * One subject's facts for one rubric, as filled in by a county or city, with the scores it claims.
 *
 * <p>Fact values are as read: {@link Boolean}, {@link BigDecimal} (or {@link Integer}, {@link Long}),
 * {@link String}, {@link PlanActual} or a {@code Map} with {@code plan} and {@code actual}. The
 * compiled rubric checks each against the kind its indicators declare, so a submission built in
 * code gets the same checks and messages as one read from a file.
 *
 * @param source where the submission came from, for messages; never {@code null}
 * @param subject the evaluated region and year; never {@code null}
 * @param rubric the rubric id the submission names; {@code null} if it names none
 * @param facts fact values by name, in the submission's order; never {@code null}
 * @param claimed claimed scores by indicator id, group id or {@code total}; never {@code null}
 * @param locator positions of paths in the source; never {@code null}
 * @param parts for an upper level (a city), the regions whose submissions it is rolled up from (所辖县（区）),
 *     so that a missing one is noticed; empty if not said; never {@code null}; since 0.2
 * @param judgements an evaluator's deductions by {@link Judgement#key} (an indicator's or group's id, with the
 *     judgement's name where the rubric names it), each within what its row allows and with its
 *     written reason (视情况扣分); never {@code null}; since 0.2
 * @param narrative what it says for its report beyond its facts: funds, documents, measures; never {@code null};
 *     since 0.4
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Submission(
        String source,
        Subject subject,
        String rubric,
        Map<String, Object> facts,
        Map<String, BigDecimal> claimed,
        Locator locator,
        List<String> parts,
        Map<String, Judgement> judgements,
        Narrative narrative)
        implements SubmissionDocument {

    /** Checks the components and copies the maps, keeping their order. */
    public Submission {
        requireNonNull(source, "source is null");
        requireNonNull(subject, "subject is null");
        facts = facts instanceof FrozenMap<String, Object>
                ? facts
                : Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(facts, "facts is null")));
        claimed = claimed instanceof FrozenMap<String, BigDecimal>
                ? claimed
                : Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(claimed, "claimed is null")));
        requireNonNull(locator, "locator is null");
        parts = List.copyOf(requireNonNull(parts, "parts is null"));
        judgements = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(judgements, "judgements is null")));
        requireNonNull(narrative, "narrative is null");
    }

    /**
     * A submission that says nothing beyond its facts, as 0.2 made them.
     *
     * @param source where it came from
     * @param subject the subject
     * @param rubric the rubric id it names, or {@code null}
     * @param facts fact values by name
     * @param claimed claimed scores
     * @param locator positions of paths in the source
     * @param parts the regions it is rolled up from
     * @param judgements an evaluator's deductions by indicator id
     */
    public Submission(
            String source,
            Subject subject,
            String rubric,
            Map<String, Object> facts,
            Map<String, BigDecimal> claimed,
            Locator locator,
            List<String> parts,
            Map<String, Judgement> judgements) {
        this(source, subject, rubric, facts, claimed, locator, parts, judgements, Narrative.NONE);
    }

    /**
     * A submission with no evaluator's judgements.
     *
     * @param source where it came from
     * @param subject the subject
     * @param rubric the rubric id it names, or {@code null}
     * @param facts fact values by name
     * @param claimed claimed scores
     * @param locator positions of paths in the source
     * @param parts the regions it is rolled up from
     */
    public Submission(
            String source,
            Subject subject,
            String rubric,
            Map<String, Object> facts,
            Map<String, BigDecimal> claimed,
            Locator locator,
            List<String> parts) {
        this(source, subject, rubric, facts, claimed, locator, parts, Map.of());
    }

    /**
     * An evaluator's deduction from one row's or group's result.
     *
     * @param points the points taken off, more than 0
     * @param reason why, in writing; never blank
     * @since 0.2
     */
    public record Judgement(BigDecimal points, String reason) {
        /** Checks the components. */
        public Judgement {
            requireNonNull(points, "points is null");
            requireNonNull(reason, "reason is null");
        }

        /**
         * The key a judgement has in {@link Submission#judgements()}: the row's or group's id, followed by {@code /}
         * and the judgement's name where the rubric names it (a row that allows several: {@code prep/前期审批}).
         *
         * @param id the indicator's or group's id
         * @param name the judgement's name, or empty for a row's or group's only, unnamed judgement
         * @return the key
         * @since 0.4
         */
        public static String key(String id, String name) {
            return name.isEmpty() ? id : id + "/" + name;
        }
    }

    /**
     * A submission that names no parts.
     *
     * @param source where it came from
     * @param subject the subject
     * @param rubric the rubric id it names, or {@code null}
     * @param facts fact values by name
     * @param claimed claimed scores
     * @param locator positions of paths in the source
     */
    public Submission(
            String source,
            Subject subject,
            String rubric,
            Map<String, Object> facts,
            Map<String, BigDecimal> claimed,
            Locator locator) {
        this(source, subject, rubric, facts, claimed, locator, List.of());
    }

    /**
     * The rubric id the submission names.
     *
     * @return the id, or empty
     */
    public Optional<String> rubricId() {
        return Optional.ofNullable(rubric);
    }

    /**
     * Starts a submission built in code.
     *
     * @param source a name for messages, such as the caller's record id
     * @return a builder
     */
    public static Builder builder(String source) {
        return new Builder(source);
    }

    /** Builds a {@link Submission} in code. Not thread-safe. */
    public static final class Builder {
        private final String source;
        private Subject subject = Subject.UNKNOWN;
        private String rubric;
        private final Map<String, Object> facts = new LinkedHashMap<>();
        private final Map<String, BigDecimal> claimed = new LinkedHashMap<>();
        private List<String> parts = List.of();
        private final Map<String, Judgement> judgements = new LinkedHashMap<>();
        private Narrative narrative = Narrative.NONE;

        private Builder(String source) {
            this.source = requireNonNull(source, "source is null");
        }

        /**
         * Sets the subject.
         *
         * @param subject the subject
         * @return this builder
         */
        public Builder subject(Subject subject) {
            this.subject = requireNonNull(subject, "subject is null");
            return this;
        }

        /**
         * Names the rubric.
         *
         * @param rubricId the rubric id
         * @return this builder
         */
        public Builder rubric(String rubricId) {
            this.rubric = rubricId;
            return this;
        }

        /**
         * Sets a fact.
         *
         * @param name the fact name
         * @param value the value, as described on {@link Submission}
         * @return this builder
         */
        public Builder fact(String name, Object value) {
            facts.put(requireNonNull(name, "name is null"), value);
            return this;
        }

        /**
         * Sets a claimed score.
         *
         * @param id an indicator id, a group id or {@code total}
         * @param score the claimed score
         * @return this builder
         */
        public Builder claim(String id, BigDecimal score) {
            claimed.put(requireNonNull(id, "id is null"), requireNonNull(score, "score is null"));
            return this;
        }

        /**
         * Names the regions this upper-level submission is rolled up from.
         *
         * @param regions such as 驿城区, 西平县
         * @return this builder
         * @since 0.2
         */
        public Builder parts(List<String> regions) {
            this.parts = List.copyOf(regions);
            return this;
        }

        /**
         * Sets an evaluator's judgement on a row that allows one (视情况扣分): points taken off, with the reason.
         *
         * @param id the indicator's or group's id, followed by {@code /} and the judgement's name where the rubric
         *     names it: {@link Judgement#key}
         * @param points the points taken off, more than 0 and at most what the row allows (checked when scored)
         * @param reason why, in writing
         * @return this builder
         * @since 0.4
         */
        public Builder judgement(String id, BigDecimal points, String reason) {
            judgements.put(requireNonNull(id, "id is null"), new Judgement(points, reason));
            return this;
        }

        /**
         * Sets what the submission says for its report beyond its facts.
         *
         * @param narrative the narrative; never {@code null}
         * @return this builder
         * @since 0.4
         */
        public Builder narrative(Narrative narrative) {
            this.narrative = requireNonNull(narrative, "narrative is null");
            return this;
        }

        /**
         * Builds the submission.
         *
         * @return the submission
         */
        public Submission build() {
            return new Submission(source, subject, rubric, facts, claimed, Locator.NONE, parts, judgements, narrative);
        }
    }
}
