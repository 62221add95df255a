package org.jixiao.spi.scoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.spi.Api;
import org.jixiao.spi.Deduction;
import org.jixiao.spi.Score;

/**
 * Deductions from several rules under one overall cap (最多扣5分 for the row as a whole): each
 * deduction is trimmed to what the cap still allows, so the itemised deductions always add up to
 * the points actually lost. Build one per evaluation; not thread-safe.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class DeductionLedger {

    private final BigDecimal cap;
    /** Made at the first deduction: most rows lose nothing. */
    private List<Deduction> deductions;

    private BigDecimal taken = BigDecimal.ZERO;

    /**
     * Starts a ledger.
     *
     * @param cap the most all deductions together may take, usually the row's weight
     */
    public DeductionLedger(BigDecimal cap) {
        this.cap = requireNonNull(cap, "cap is null");
    }

    /**
     * Records a deduction, trimmed to what the cap still allows.
     *
     * @param points the points the rule deducts, zero or more
     * @param reason why, in Chinese
     * @return the points actually taken, zero when nothing is left under the cap
     */
    public BigDecimal take(BigDecimal points, String reason) {
        requireNonNull(points, "points is null");
        requireNonNull(reason, "reason is null");
        if (points.signum() == 0) {
            return BigDecimal.ZERO; // what the cap would leave of nothing, without the arithmetic
        }
        BigDecimal actual = points.min(cap.subtract(taken)).max(BigDecimal.ZERO).stripTrailingZeros();
        if (actual.signum() > 0) {
            if (deductions == null) {
                deductions = new ArrayList<>(2);
            }
            deductions.add(new Deduction(actual, reason));
            taken = taken.add(actual);
        }
        return actual;
    }

    /**
     * Records deductions already itemised, such as a {@link Checklist}'s, each trimmed to the cap.
     *
     * @param items the deductions
     * @return this ledger
     */
    public DeductionLedger takeAll(List<Deduction> items) {
        items.forEach(item -> take(item.points(), item.reason()));
        return this;
    }

    /**
     * All points taken so far.
     *
     * @return the sum, never above the cap
     */
    public BigDecimal taken() {
        return taken;
    }

    /**
     * The score: {@code full} less everything taken.
     *
     * @param full the points before deductions, usually the row's weight
     * @param reason the 评分理由
     * @return the score with the itemised deductions
     */
    public Score score(BigDecimal full, String reason) {
        // handed over as an immutable list, which Score keeps without a copy
        return Score.deducting(full, deductions == null ? List.of() : List.copyOf(deductions), reason);
    }
}
