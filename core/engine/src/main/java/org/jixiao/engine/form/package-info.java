/**
 * What a form for a rubric asks, the same for every form jixiao makes (the Excel workbook, the web page): each fact
 * with its label, unit, kind and who fills it, and each row whose score a unit claims.
 *
 * <p>Looks at {@code score} and {@code rubric}; nothing in the engine looks at it. Public types marked {@code @Api}
 * are the embedding API.
 */
package org.jixiao.engine.form;
