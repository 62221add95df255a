package org.jixiao.spi;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A fact an indicator type reads, under a slot name of the type's own choosing.
 *
 * <p>The indicator always reads by {@link #slot()}; the rubric decides which submission fact fills
 * the slot. A type made for one table (such as 资金筹集) gives each slot the fact name the
 * table's submissions use as {@link #defaultFact()}; a generic type (such as plan completion) leaves
 * it empty so that every rubric row names its own fact.
 *
 * @param slot the name the indicator reads, such as {@code quantity}; never {@code null}
 * @param kind what the value must be; never {@code null}
 * @param label a Chinese label for forms and messages, such as {@code 社会筹资占比}; never
 *     {@code null}
 * @param unit the unit shown after values, such as {@code 户} or {@code %}; never {@code null}, may
 *     be empty
 * @param defaultFact the submission fact bound when the rubric binds none; {@code null} if the
 *     rubric must bind one
 * @param rollup how the fact combines from counties into their city when the rubric does not say;
 *     {@code null} if the rubric must say (since 0.2)
 * @param plausible what the figure plausibly is, so that a slip of unit or digits is warned about; {@code null} if
 *     the type says nothing (since 0.3)
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record FactSlot(
        String slot,
        FactKind kind,
        String label,
        String unit,
        String defaultFact,
        RollupRule rollup,
        Plausible plausible) {

    /** Checks the components; {@code defaultFact}, {@code rollup} and {@code plausible} may be {@code null}. */
    public FactSlot {
        requireNonNull(slot, "slot is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(label, "label is null");
        requireNonNull(unit, "unit is null");
        if (rollup != null && !rollup.accepts(kind)) {
            throw new IllegalArgumentException(
                    "slot " + slot + ": roll-up rule " + rollup + " cannot combine " + kind.expected());
        }
        if (plausible != null && (kind == FactKind.FLAG || kind == FactKind.TEXT)) {
            throw new IllegalArgumentException("slot " + slot + ": " + kind.expected() + " has no plausible range");
        }
        if (plausible != null && plausible.maxActualToPlan() != null && kind != FactKind.PLAN_ACTUAL) {
            throw new IllegalArgumentException(
                    "slot " + slot + ": an actual-to-plan ratio needs a plan and actual pair, not " + kind.expected());
        }
    }

    /**
     * A slot as SPI 1.2 made them: no plausible range.
     *
     * @param slot the slot name
     * @param kind the value's kind
     * @param label the Chinese label
     * @param unit the unit, may be empty
     * @param defaultFact the fact bound when the rubric binds none, or {@code null}
     * @param rollup the default roll-up rule, or {@code null}
     */
    public FactSlot(String slot, FactKind kind, String label, String unit, String defaultFact, RollupRule rollup) {
        this(slot, kind, label, unit, defaultFact, rollup, null);
    }

    /**
     * A slot with no default roll-up rule, as SPI 1.0 made them.
     *
     * @param slot the slot name
     * @param kind the value's kind
     * @param label the Chinese label
     * @param unit the unit, may be empty
     * @param defaultFact the fact bound when the rubric binds none, or {@code null}
     */
    public FactSlot(String slot, FactKind kind, String label, String unit, String defaultFact) {
        this(slot, kind, label, unit, defaultFact, null, null);
    }

    /**
     * This slot with a default roll-up rule.
     *
     * @param rule how the fact combines from counties into their city; never {@code null}
     * @return a new slot
     * @throws IllegalArgumentException if the rule cannot combine this slot's kind
     * @since 0.2
     */
    public FactSlot rollingUp(RollupRule rule) {
        return new FactSlot(slot, kind, label, unit, defaultFact, requireNonNull(rule, "rule is null"), plausible);
    }

    /**
     * This slot with what its figure plausibly is.
     *
     * @param range the plausible range or ratio; never {@code null}
     * @return a new slot
     * @throws IllegalArgumentException if the kind has no plausible figure (a flag, a text) or the ratio needs a pair
     * @since 0.3
     */
    public FactSlot plausibly(Plausible range) {
        return new FactSlot(slot, kind, label, unit, defaultFact, rollup, requireNonNull(range, "range is null"));
    }

    /**
     * What the figure plausibly is.
     *
     * @return the declaration, or empty if the type says nothing
     * @since 0.3
     */
    public Optional<Plausible> plausibleRange() {
        return Optional.ofNullable(plausible);
    }

    /**
     * The default roll-up rule.
     *
     * @return the rule, or empty if the rubric must give one
     * @since 0.2
     */
    public Optional<RollupRule> defaultRollup() {
        return Optional.ofNullable(rollup);
    }

    /**
     * A slot whose fact has the same name as the slot.
     *
     * @param name slot and fact name
     * @param kind the value's kind
     * @param label the Chinese label
     * @param unit the unit, may be empty
     * @return the slot
     */
    public static FactSlot named(String name, FactKind kind, String label, String unit) {
        return new FactSlot(name, kind, label, unit, name);
    }

    /**
     * A slot that every rubric row must bind to a fact of its own.
     *
     * @param slot the slot name
     * @param kind the value's kind
     * @param label the Chinese label
     * @param unit the unit, may be empty
     * @return the slot
     */
    public static FactSlot bound(String slot, FactKind kind, String label, String unit) {
        return new FactSlot(slot, kind, label, unit, null);
    }

    /**
     * The fact bound when the rubric binds none.
     *
     * @return the default fact name, or empty if the rubric must bind one
     */
    public Optional<String> defaultFactName() {
        return Optional.ofNullable(defaultFact);
    }
}
