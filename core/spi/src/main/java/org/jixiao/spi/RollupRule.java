package org.jixiao.spi;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;

/**
 * How one fact of the level below (a county) combines into the level above (its city) when a rubric
 * rolls submissions up (汇总).
 *
 * <p>An indicator type may give a default rule per fact slot ({@link FactSlot#rollup()}), so that a
 * plugin type rolls up without a rubric change; a rubric's own {@code rollup.facts} overrides it.
 *
 * @param method how the values combine; never {@code null}
 * @param weightFact for {@link Method#WEIGHTED_MEAN}, the submission fact that weights each part (such
 *     as {@code projectFunding}); {@code null} for every other method
 * @since 0.2
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.2")
public record RollupRule(Method method, String weightFact) {

    /** Checks that a weighted mean names its weight, and nothing else does. */
    public RollupRule {
        requireNonNull(method, "method is null");
        if (method == Method.WEIGHTED_MEAN && (weightFact == null || weightFact.isBlank())) {
            throw new IllegalArgumentException("a weighted mean needs a weight fact");
        }
        if (method != Method.WEIGHTED_MEAN && weightFact != null) {
            throw new IllegalArgumentException(method.word() + " takes no weight fact");
        }
    }

    /** The ways a fact can combine. */
    public enum Method {
        /** The sum; for a plan-and-actual pair, plans and actuals summed separately. */
        SUM("sum"),
        /** The mean weighted by another fact of each part, exact where it terminates. */
        WEIGHTED_MEAN("mean"),
        /** True when every part's flag is true. */
        ALL("all"),
        /** True when any part's flag is true. */
        ANY("any"),
        /** The smallest part's value. */
        MIN("min"),
        /** The largest part's value. */
        MAX("max"),
        /** Not combined: the upper level gives it in its own submission. */
        OWN("own"),
        /**
         * The plain mean of the parts, every county counting the same, exact where it terminates (since 0.3). Rubrics
         * write it {@code mean} alone; {@link #ofWord} gives {@link #WEIGHTED_MEAN} for the word, as before.
         */
        MEAN("mean"),
        /**
         * Texts (an evaluator's reasons) set side by side, each after its part's region, in the parts' order:
         * {@code 驿城区：…；西平县：…} (since SPI 1.4).
         */
        JOIN("join");

        private final String word;

        Method(String word) {
            this.word = word;
        }

        /**
         * The word rubrics write for this method.
         *
         * @return such as {@code sum}; never {@code null}
         */
        public String word() {
            return word;
        }

        /**
         * The method a rubric word names.
         *
         * @param word such as {@code sum}; may be {@code null}
         * @return the method, or empty if the word names none
         */
        public static Optional<Method> ofWord(String word) {
            for (Method method : values()) {
                if (method.word.equals(word == null ? null : word.strip().toLowerCase(Locale.ROOT))) {
                    return Optional.of(method);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Plans and actuals, counts or amounts added up.
     *
     * @return the rule
     */
    public static RollupRule sum() {
        return new RollupRule(Method.SUM, null);
    }

    /**
     * The mean of the parts' values weighted by a fact each part gives.
     *
     * @param weightFact the weight's fact name; never {@code null}
     * @return the rule
     */
    public static RollupRule meanWeightedBy(String weightFact) {
        return new RollupRule(Method.WEIGHTED_MEAN, requireNonNull(weightFact, "weightFact is null"));
    }

    /**
     * The plain mean of the parts, every county counting the same.
     *
     * @return the rule
     * @since 0.3
     */
    public static RollupRule mean() {
        return new RollupRule(Method.MEAN, null);
    }

    /**
     * A flag that holds for the whole when it holds for every part.
     *
     * @return the rule
     */
    public static RollupRule all() {
        return new RollupRule(Method.ALL, null);
    }

    /**
     * A flag that holds for the whole when it holds for any part.
     *
     * @return the rule
     */
    public static RollupRule any() {
        return new RollupRule(Method.ANY, null);
    }

    /**
     * The smallest part's value.
     *
     * @return the rule
     */
    public static RollupRule min() {
        return new RollupRule(Method.MIN, null);
    }

    /**
     * The largest part's value.
     *
     * @return the rule
     */
    public static RollupRule max() {
        return new RollupRule(Method.MAX, null);
    }

    /**
     * Texts of the parts set side by side, each after its region: the upper level's reason made from its counties'.
     *
     * @return the rule
     * @since SPI 1.4
     */
    public static RollupRule join() {
        return new RollupRule(Method.JOIN, null);
    }

    /**
     * A fact the upper level gives itself.
     *
     * @return the rule
     */
    public static RollupRule own() {
        return new RollupRule(Method.OWN, null);
    }

    /**
     * Whether this rule can combine values of a kind: sums of numbers and pairs, means, minima and
     * maxima of numbers, all and any of flags, texts joined; any kind may be the upper level's own.
     *
     * @param kind the fact's kind; never {@code null}
     * @return {@code true} if it can
     */
    public boolean accepts(FactKind kind) {
        return switch (method) {
            case SUM -> kind == FactKind.COUNT || kind == FactKind.DECIMAL || kind == FactKind.PLAN_ACTUAL;
            case WEIGHTED_MEAN, MEAN -> kind == FactKind.DECIMAL || kind == FactKind.PERCENT;
            case MIN, MAX -> kind == FactKind.COUNT || kind == FactKind.DECIMAL || kind == FactKind.PERCENT;
            case ALL, ANY -> kind == FactKind.FLAG;
            case JOIN -> kind == FactKind.TEXT;
            case OWN -> true;
        };
    }

    /**
     * The rule as a rubric writes it.
     *
     * @return such as {@code sum} or {@code mean weighted by projectFunding}
     */
    @Override
    public String toString() {
        return method == Method.WEIGHTED_MEAN
                ? "mean weighted by " + weightFact
                : method == Method.MEAN ? "mean of the counties" : method.word();
    }
}
