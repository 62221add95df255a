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
 * @since 0.1
 */
public record FactSlot(String slot, FactKind kind, String label, String unit, String defaultFact) {

    /** Checks the components; only {@code defaultFact} may be {@code null}. */
    public FactSlot {
        requireNonNull(slot, "slot is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(label, "label is null");
        requireNonNull(unit, "unit is null");
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
