package org.jixiao.app.output;

/** The formats {@code jixiao evaluate --format} writes. Lower-case so that picocli lists them as typed. */
public enum OutputFormat {
    /** Aligned columns for the terminal, then the reasons. */
    table,
    /** The documented JSON layout. */
    json,
    /** The seed report's table: 一级指标, 分值, 二级指标, 分值, 评分标准, 得分, 评分理由. */
    markdown,
    /** The official indicator table as an Excel workbook (needs -o). */
    xlsx
}
