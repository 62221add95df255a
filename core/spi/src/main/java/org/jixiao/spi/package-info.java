/**
 * The indicator SPI: what an indicator type is, what it reads and what it returns.
 *
 * <p>This package is public API and depends on the JDK alone. A jar that adds indicator types
 * implements {@link org.jixiao.spi.IndicatorProvider} and lists it in
 * {@code META-INF/services/org.jixiao.spi.IndicatorProvider}. The engine discovers providers with
 * {@link java.util.ServiceLoader}, configures each rubric row once when the rubric is compiled, and
 * then calls {@link org.jixiao.spi.Indicator#score(FactView)} for every submission.
 *
 * <p>Scores are exact: every number crossing this SPI is a {@link java.math.BigDecimal} or an
 * integer, never a {@code double}. Shared arithmetic (threshold steps, checklists, per-occurrence
 * deductions) lives in {@link org.jixiao.spi.scoring}.
 *
 * @since 0.1
 */
package org.jixiao.spi;
