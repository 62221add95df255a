package org.jixiao.spi;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an indicator gives for one submission: the points, the reason (评分理由) and the itemised
 * deductions.
 *
 * @param points the score, between zero and the row's weight; never {@code null}
 * @param reason the 评分理由, Chinese sentences built from the facts; never {@code null}
 * @param deductions each deduction with its points and why, in the order applied; never
 *     {@code null}, empty when nothing was deducted
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Score(BigDecimal points, String reason, List<Deduction> deductions) {

    /** Checks the components and copies the list. */
    public Score {
        requireNonNull(points, "points is null");
        requireNonNull(reason, "reason is null");
        deductions = List.copyOf(requireNonNull(deductions, "deductions is null"));
    }

    /**
     * A score of {@code full} less every deduction, never below zero.
     *
     * @param full the points before deductions, usually the row's weight
     * @param deductions the deductions, each with points greater than zero
     * @param reason the 评分理由
     * @return the score
     */
    public static Score deducting(BigDecimal full, List<Deduction> deductions, String reason) {
        BigDecimal points = full;
        for (int i = 0, n = deductions.size(); i < n; i++) {
            points = points.subtract(deductions.get(i).points());
        }
        return new Score(points.max(BigDecimal.ZERO), reason, deductions);
    }
}
