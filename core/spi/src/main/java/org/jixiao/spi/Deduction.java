package org.jixiao.spi;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * Points taken off a score, and why.
 *
 * @param points the points taken off, greater than zero; never {@code null}
 * @param reason why, in Chinese, such as {@code 比年度计划低1.15个百分点}; never {@code null}
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Deduction(BigDecimal points, String reason) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if points is not greater than zero
     */
    public Deduction {
        requireNonNull(points, "points is null");
        requireNonNull(reason, "reason is null");
        if (points.signum() <= 0) {
            throw new IllegalArgumentException("a deduction takes off more than 0 points, got " + points);
        }
    }
}
