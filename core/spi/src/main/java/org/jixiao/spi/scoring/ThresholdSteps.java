package org.jixiao.spi.scoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jixiao.spi.Api;
import org.jixiao.spi.PlanActual;

/**
 * Full points at or above a target; below it, {@code pointsPerStep} for each {@code stepSize} of
 * shortfall, at most {@code maxDeduction}. For example 未达到计划的，每低一个百分点扣1分，最多扣15分 is
 * {@code new ThresholdSteps(1, 1, 15, WHOLE)}.
 *
 * @param stepSize the size of one step, greater than zero; never {@code null}
 * @param pointsPerStep the points one step deducts, greater than zero; never {@code null}
 * @param maxDeduction the cap on the deduction, zero or more; never {@code null}
 * @param reading whole steps or in proportion; never {@code null}
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record ThresholdSteps(
        BigDecimal stepSize, BigDecimal pointsPerStep, BigDecimal maxDeduction, StepReading reading) {

    /**
     * Decimal places of a proportional deduction whose exact value does not terminate (a step of 3
     * points, say); rounded half up. Terminating values are kept exact.
     */
    public static final int PROPORTIONAL_SCALE = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if a step or its points is not greater than zero, or the cap
     *     is negative
     */
    public ThresholdSteps {
        requireNonNull(stepSize, "stepSize is null");
        requireNonNull(pointsPerStep, "pointsPerStep is null");
        requireNonNull(maxDeduction, "maxDeduction is null");
        requireNonNull(reading, "reading is null");
        if (stepSize.signum() <= 0) {
            throw new IllegalArgumentException("stepSize must be greater than 0, got " + stepSize);
        }
        if (pointsPerStep.signum() <= 0) {
            throw new IllegalArgumentException("pointsPerStep must be greater than 0, got " + pointsPerStep);
        }
        if (maxDeduction.signum() < 0) {
            throw new IllegalArgumentException("maxDeduction must be 0 or more, got " + maxDeduction);
        }
    }

    /**
     * The deduction for a value below a target, such as a ratio of 16.4 against a target of 20.
     *
     * @param target the threshold for full points
     * @param value the achieved value
     * @return the deduction, zero when value &gt;= target; never {@code null}
     */
    public BigDecimal deductionBelow(BigDecimal target, BigDecimal value) {
        return deductionFor(target.subtract(value), BigDecimal.ONE);
    }

    /**
     * The deduction for a completion rate below 100%: the shortfall in percentage points is
     * (plan - actual) / plan * 100, counted exactly, without rounding the rate first.
     *
     * @param pair the plan and the actual quantity
     * @return the deduction, zero when the plan is met; never {@code null}
     */
    public BigDecimal deductionForCompletion(PlanActual pair) {
        return deductionFor(pair.shortfall().multiply(HUNDRED), pair.plan());
    }

    /**
     * The deduction for a shortfall of {@code numerator / denominator}, counted exactly.
     *
     * @param numerator the shortfall's numerator; zero or less means no shortfall
     * @param denominator the shortfall's denominator, greater than zero
     * @return the deduction, between zero and {@link #maxDeduction()}; never {@code null}
     */
    public BigDecimal deductionFor(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be greater than 0, got " + denominator);
        }
        if (numerator.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stepDenominator =
                stepSize.compareTo(BigDecimal.ONE) == 0 ? denominator : denominator.multiply(stepSize);
        BigDecimal deduction =
                switch (reading) {
                        // the whole steps: the quotient rounded toward zero (both are positive)
                    case WHOLE -> numerator
                            .divide(stepDenominator, 0, RoundingMode.DOWN)
                            .multiply(pointsPerStep);
                    case PROPORTIONAL -> proportional(numerator.multiply(pointsPerStep), stepDenominator);
                };
        return deduction.min(maxDeduction).stripTrailingZeros();
    }

    private static BigDecimal proportional(BigDecimal dividend, BigDecimal divisor) {
        try {
            return dividend.divide(divisor);
        } catch (ArithmeticException nonTerminating) {
            return dividend.divide(divisor, PROPORTIONAL_SCALE, RoundingMode.HALF_UP);
        }
    }
}
