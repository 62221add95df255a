/**
 * The report draft (绩效评价报告): {@link org.jixiao.report.ReportDraft} drafts the seed's four sections from an
 * evaluation and, for a city, the review of its counties — every figure taken from them — and
 * {@link org.jixiao.report.ReportWriters} writes it as Word, HTML or Markdown, with charts.
 *
 * @since 0.2
 */
package org.jixiao.report;
