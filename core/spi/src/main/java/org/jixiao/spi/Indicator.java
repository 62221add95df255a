package org.jixiao.spi;

/**
 * One configured rubric row, ready to score submissions.
 *
 * <p>Implementations are immutable and thread-safe: the engine calls {@link #score(FactView)} from
 * many threads at once. Scoring is a pure function of the facts: the same facts give the same
 * {@link Score}, byte for byte.
 *
 * @since 0.1
 */
@FunctionalInterface
@Api(status = Api.Status.STABLE, since = "0.1")
public interface Indicator {

    /**
     * Scores one submission.
     *
     * @param facts the submission's facts, already checked against the type's {@link FactSlot
     *     slots}; never {@code null}
     * @return the score, between zero and the row's weight, with its reason; never {@code null}
     * @throws InvalidFactException if the facts are individually valid but contradict each other
     */
    Score score(FactView facts);
}
