package org.jixiao.engine.score;

import java.math.BigDecimal;
import java.util.Map;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.FactView;
import org.jixiao.spi.PlanActual;
import org.jixiao.spi.Subject;

/** One indicator's view of one submission's checked facts, through its slot bindings. */
final class BoundFacts implements FactView {

    private final Subject subject;
    private final Object[] values;
    /** A slot's place among the submission's checked facts, and the kind its type declared. */
    record Slot(int index, FactKind kind) {}

    private final Map<String, Slot> slots;
    private final Map<String, FactKind> slotKinds;
    private final boolean reasons;

    BoundFacts(
            Subject subject,
            Object[] values,
            Map<String, Slot> slots,
            Map<String, FactKind> slotKinds,
            boolean reasons) {
        this.subject = subject;
        this.values = values;
        this.slots = slots;
        this.slotKinds = slotKinds;
        this.reasons = reasons;
    }

    @Override
    public boolean reasonsWanted() {
        return reasons;
    }

    @Override
    public Subject subject() {
        return subject;
    }

    @Override
    public boolean flag(String slot) {
        return (Boolean) read(slot, FactKind.FLAG);
    }

    @Override
    public long count(String slot) {
        return (Long) read(slot, FactKind.COUNT);
    }

    @Override
    public BigDecimal decimal(String slot) {
        return (BigDecimal) read(slot, FactKind.DECIMAL);
    }

    @Override
    public BigDecimal percent(String slot) {
        return (BigDecimal) read(slot, FactKind.PERCENT);
    }

    @Override
    public PlanActual planActual(String slot) {
        return (PlanActual) read(slot, FactKind.PLAN_ACTUAL);
    }

    @Override
    public String text(String slot) {
        return (String) read(slot, FactKind.TEXT);
    }

    private Object read(String slot, FactKind kind) {
        Slot declared = slots.get(slot);
        if (declared == null) {
            throw new IllegalArgumentException(
                    "slot \"" + slot + "\" is not declared by this type; declared: " + slotKinds.keySet());
        }
        if (declared.kind() != kind) {
            throw new IllegalArgumentException(
                    "slot \"" + slot + "\" is declared " + declared.kind() + ", read as " + kind);
        }
        Object value = values[declared.index()];
        if (value instanceof org.jixiao.spi.Bound bound) {
            throw new org.jixiao.spi.ExactFigureNeeded(
                    slot, "given only as " + bound.describe(kind == FactKind.PERCENT ? "%" : ""));
        }
        return value;
    }

    @Override
    public java.util.Optional<org.jixiao.spi.Bound> bound(String slot) {
        Slot declared = slots.get(slot);
        return declared != null && values[declared.index()] instanceof org.jixiao.spi.Bound bound
                ? java.util.Optional.of(bound)
                : java.util.Optional.empty();
    }
}
