package org.jixiao.spi;

import java.math.BigDecimal;

/**
 * A read-only view of one submission's facts, seen by one indicator through its {@link FactSlot
 * slots}.
 *
 * <p>Every value has already been checked against its slot's {@link FactKind}. Reading a slot the
 * type did not declare, or with the wrong method for its kind, is a programming error and throws
 * {@link IllegalArgumentException}.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface FactView {

    /**
     * The evaluated subject (region, level, year).
     *
     * @return the subject, never {@code null}
     */
    Subject subject();

    /**
     * Reads a {@link FactKind#FLAG} slot.
     *
     * @param slot the slot name
     * @return the value
     */
    boolean flag(String slot);

    /**
     * Reads a {@link FactKind#COUNT} slot.
     *
     * @param slot the slot name
     * @return the value, zero or more
     */
    long count(String slot);

    /**
     * Reads a {@link FactKind#DECIMAL} slot.
     *
     * @param slot the slot name
     * @return the value, zero or more; never {@code null}
     */
    BigDecimal decimal(String slot);

    /**
     * Reads a {@link FactKind#PERCENT} slot.
     *
     * @param slot the slot name
     * @return the percent number, 0 to 100; never {@code null}
     */
    BigDecimal percent(String slot);

    /**
     * Reads a {@link FactKind#PLAN_ACTUAL} slot.
     *
     * @param slot the slot name
     * @return the pair, never {@code null}
     */
    PlanActual planActual(String slot);

    /**
     * Reads a {@link FactKind#TEXT} slot.
     *
     * @param slot the slot name
     * @return the text, not blank; never {@code null}
     */
    String text(String slot);

    /**
     * The bound a number fact was given as ({@code {atLeast: 80}}), for indicators that can decide from it.
     * Reading such a slot with {@link #percent}, {@link #decimal} or {@link #count} throws
     * {@link ExactFigureNeeded}.
     *
     * @param slot the slot name
     * @return the bound, or empty when the fact is an exact figure
     * @since 0.2
     */
    default java.util.Optional<Bound> bound(String slot) {
        return java.util.Optional.empty();
    }

    /**
     * Whether the caller will read the reasons (评分理由). When it will not — a batch that writes scores only — an
     * indicator may skip building its text and return its {@link Score} with an empty reason and each
     * {@link Deduction} with an empty reason; its points and the points of each deduction must be exactly those it
     * gives with reasons. Indicators that ignore this always build their text, which is correct, only slower.
     *
     * @return {@code true} unless the caller asked for scores only
     * @since 1.2
     */
    default boolean reasonsWanted() {
        return true;
    }
}
