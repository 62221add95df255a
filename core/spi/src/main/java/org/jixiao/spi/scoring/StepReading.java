package org.jixiao.spi.scoring;

import org.jixiao.spi.Api;

/**
 * How "each N points below deducts M" is read, chosen per rubric row.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum StepReading {
    /**
     * Only whole steps count: with steps of one percentage point, 1.15 points below deducts 1 and
     * 0.99 deducts nothing. The reading of the completion rates (每低一个百分点扣1分).
     */
    WHOLE,
    /**
     * Deducted in proportion: with steps of four percentage points, 3.6 points below deducts 0.9.
     * The reading of social funding (每低四个百分点扣1分) that reproduces Zhumadian's 9.1.
     */
    PROPORTIONAL
}
