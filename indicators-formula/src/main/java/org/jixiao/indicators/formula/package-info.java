/**
 * The formula indicator type (公式指标): a score computed by an expression over facts, written in the
 * rubric, so that a province adds an indicator without Java. Expressions are exact BigDecimal arithmetic
 * (EvalEx), with no loops, no reflection and no access to anything but the row's facts.
 */
package org.jixiao.indicators.formula;
