package org.jixiao.spi.scoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.jixiao.spi.Api;

/**
 * A deduction for each occurrence of a problem, at most {@code cap}: 每发现1项扣0.5分，最多扣5分 is
 * {@code new PerOccurrence(0.5, 5)}.
 *
 * @param pointsEach the points each occurrence deducts, greater than zero; never {@code null}
 * @param cap the most that is deducted, zero or more; never {@code null}
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record PerOccurrence(BigDecimal pointsEach, BigDecimal cap) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if pointsEach is not greater than zero or cap is negative
     */
    public PerOccurrence {
        requireNonNull(pointsEach, "pointsEach is null");
        requireNonNull(cap, "cap is null");
        if (pointsEach.signum() <= 0) {
            throw new IllegalArgumentException("pointsEach must be greater than 0, got " + pointsEach);
        }
        if (cap.signum() < 0) {
            throw new IllegalArgumentException("cap must be 0 or more, got " + cap);
        }
    }

    /**
     * The deduction for {@code count} occurrences.
     *
     * @param count how many, zero or more
     * @return count * pointsEach, at most the cap; never {@code null}
     */
    public BigDecimal deduction(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be 0 or more, got " + count);
        }
        return pointsEach.multiply(BigDecimal.valueOf(count)).min(cap).stripTrailingZeros();
    }

    /**
     * The deduction for {@code count} occurrences, or the whole cap at once when {@code takesAll}
     * holds: 对性质恶劣、有重大不良影响的违规违纪项目一次性扣除5分.
     *
     * @param count how many, zero or more
     * @param takesAll whether a single severe case takes the whole cap
     * @return the deduction; never {@code null}
     */
    public BigDecimal deduction(long count, boolean takesAll) {
        return takesAll ? cap.stripTrailingZeros() : deduction(count);
    }
}
