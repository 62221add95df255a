/**
 * Scoring arithmetic shared by indicator types, so that no family writes it twice: deductions by
 * steps below a threshold ({@link org.jixiao.spi.scoring.ThresholdSteps}), per occurrence with a
 * cap ({@link org.jixiao.spi.scoring.PerOccurrence}), checklists of items with points
 * ({@link org.jixiao.spi.scoring.Checklist}), an overall cap over several rules
 * ({@link org.jixiao.spi.scoring.DeductionLedger}), and how reasons write numbers and sentences
 * ({@link org.jixiao.spi.scoring.Numbers}, {@link org.jixiao.spi.scoring.Sentences}).
 *
 * <p>Public API; depends on the JDK alone. Every computation is exact {@link java.math.BigDecimal}
 * arithmetic; where a quotient does not terminate the helper says how it rounds.
 *
 * @since 0.1
 */
package org.jixiao.spi.scoring;
