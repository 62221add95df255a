package org.jixiao.spi;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A planned quantity and the quantity actually achieved (for 老旧小区改造: actually started, 已开工).
 *
 * @param plan the planned quantity, greater than zero; never {@code null}
 * @param actual the actual quantity, zero or more; never {@code null}
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record PlanActual(BigDecimal plan, BigDecimal actual) {

    /** Precision of {@link #ratePercent()}: far beyond any displayed or compared digit. */
    private static final MathContext RATE_PRECISION = MathContext.DECIMAL128;

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if plan is not greater than zero or actual is negative
     */
    public PlanActual {
        requireNonNull(plan, "plan is null");
        requireNonNull(actual, "actual is null");
        if (plan.signum() <= 0) {
            throw new IllegalArgumentException("plan must be greater than 0, got " + plan.toPlainString());
        }
        if (actual.signum() < 0) {
            throw new IllegalArgumentException("actual must be 0 or more, got " + actual.toPlainString());
        }
    }

    /**
     * Whether the actual quantity reaches the plan.
     *
     * @return {@code true} if actual &gt;= plan
     */
    public boolean met() {
        return actual.compareTo(plan) >= 0;
    }

    /**
     * How much the actual quantity falls short of the plan.
     *
     * @return plan - actual, or zero when the plan is met; never {@code null}
     */
    public BigDecimal shortfall() {
        return met() ? BigDecimal.ZERO : plan.subtract(actual);
    }

    /**
     * The completion rate as a percent number, to 34 significant digits; for display and for
     * comparisons that tolerate that precision. Exact step counting uses {@link #shortfall()} and
     * {@link #plan()} directly.
     *
     * @return actual / plan * 100; never {@code null}
     */
    public BigDecimal ratePercent() {
        return actual.multiply(BigDecimal.valueOf(100)).divide(plan, RATE_PRECISION);
    }

    /**
     * The completion rate as reasons write it: actual / plan * 100, rounded half up to {@code scale} decimals in one
     * exact division (101.2 for one decimal).
     *
     * @param scale the decimals to keep, zero or more
     * @return the rounded rate; never {@code null}
     * @since 1.2
     */
    public BigDecimal ratePercent(int scale) {
        return actual.multiply(BigDecimal.valueOf(100)).divide(plan, scale, java.math.RoundingMode.HALF_UP);
    }

    /**
     * How many percentage points the actual falls short of the plan, as reasons write it: (plan − actual) * 100 /
     * plan, rounded half up to {@code scale} decimals in one exact division; zero when the plan is met.
     *
     * @param scale the decimals to keep, zero or more
     * @return the rounded shortfall in percentage points; never {@code null}
     * @since 1.2
     */
    public BigDecimal shortfallPercent(int scale) {
        return shortfall().multiply(BigDecimal.valueOf(100)).divide(plan, scale, java.math.RoundingMode.HALF_UP);
    }
}
