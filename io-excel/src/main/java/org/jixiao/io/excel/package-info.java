/**
 * Excel in and out: {@link org.jixiao.io.excel.ExcelTemplate} makes a county's fill-in workbook from a rubric,
 * {@link org.jixiao.io.excel.ExcelSubmissions} reads a filled one back (.xlsx and .xls) as a submission whose
 * every problem names its sheet and cell, and {@link org.jixiao.io.excel.ExcelTables} writes the official
 * indicator table from an evaluation, a blank one from a rubric, and one workbook from a review.
 *
 * @since 0.2
 */
package org.jixiao.io.excel;
