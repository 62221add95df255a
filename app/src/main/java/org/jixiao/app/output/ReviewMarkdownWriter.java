package org.jixiao.app.output;

import java.util.List;
import org.jixiao.review.Comparison;
import org.jixiao.review.ReviewReport;
import org.jixiao.review.RollupResult;
import org.jixiao.review.SubmissionResult;

/** A review as Markdown: the material of section 三 of a city's report (对所辖县（区）开展评价的情况). */
public final class ReviewMarkdownWriter implements ReviewWriter {

    @Override
    public String render(ReviewReport report) {
        StringBuilder out = new StringBuilder("# 复核汇总\n\n");
        out.append(ReviewTexts.counts(report)).append("。\n\n");
        String rubric = ReviewTexts.rubricLine(report);
        if (!rubric.isEmpty()) {
            out.append(rubric).append("\n\n");
        }
        out.append("| 县（区） | 文件 | 状态 | 总分 | 等级 | 名次 | 自评总分 | 不一致 |\n");
        out.append("|---|---|---|---:|---|---:|---:|---:|\n");
        for (SubmissionResult result : report.results()) {
            Comparison.Row row = report.comparison().rows().stream()
                    .filter(r -> r.name().equals(result.name()))
                    .findFirst()
                    .orElse(null);
            out.append("| ")
                    .append(cell(result.name()))
                    .append(" | ")
                    .append(cell(ReviewTexts.fileName(result.file())))
                    .append(" | ")
                    .append(ReviewTexts.status(result))
                    .append(" | ")
                    .append(Texts.number(result.total().orElse(null)))
                    .append(" | ")
                    .append(
                            result.evaluation() == null || result.evaluation().grade() == null
                                    ? "—"
                                    : result.evaluation().grade().grade())
                    .append(" | ")
                    .append(row == null || row.rank() == 0 ? "—" : String.valueOf(row.rank()))
                    .append(" | ")
                    .append(Texts.number(result.claimedTotal().orElse(null)))
                    .append(" | ")
                    .append(
                            result.evaluation() == null
                                    ? "—"
                                    : String.valueOf(result.findings().size()))
                    .append(" |\n");
        }
        out.append("\n## 复核\n\n").append(ReviewTexts.reviewLine(report)).append("\n\n");
        for (SubmissionResult result : report.results()) {
            for (String line : ReviewTexts.findings(result)) {
                out.append("- ")
                        .append(cell(result.name()))
                        .append("：")
                        .append(cell(line))
                        .append('\n');
            }
        }
        for (SubmissionResult result : report.results()) {
            if (result.refusal() != null) {
                out.append("- 拒收 ")
                        .append(cell(result.file().toString()))
                        .append("：")
                        .append(cell(result.refusal()))
                        .append('\n');
            }
        }
        Comparison comparison = report.comparison();
        if (comparison.rows().size() >= 2) {
            out.append("\n## 横向比较\n\n得分（括号内为完成率或比例）。\n\n| 指标 | 分值 |");
            comparison
                    .rows()
                    .forEach(row -> out.append(' ').append(cell(row.name())).append(" |"));
            out.append(" 最低 | 最高 |\n|---|---:|");
            comparison.rows().forEach(row -> out.append("---:|"));
            out.append("---|---|\n");
            for (int i = 0; i < comparison.indicators().size(); i++) {
                Comparison.Column column = comparison.indicators().get(i);
                Comparison.Spread spread = comparison.spreads().get(i);
                out.append("| ")
                        .append(cell(column.name()))
                        .append(" | ")
                        .append(Texts.number(column.weight()))
                        .append(" |");
                for (Comparison.Row row : comparison.rows()) {
                    Comparison.Cell c = row.cells().get(column.id());
                    out.append(' ')
                            .append(ReviewTexts.cell(c))
                            .append(c != null && c.figure() != null ? "（" + ReviewTexts.figure(c) + "）" : "")
                            .append(" |");
                }
                List<String> extremes = ReviewTexts.spread(spread);
                out.append(' ')
                        .append(cell(extremes.get(0)))
                        .append(" | ")
                        .append(cell(extremes.get(1)))
                        .append(" |\n");
            }
            out.append("| 合计 | |");
            comparison.rows().forEach(row -> out.append(' ')
                    .append(Texts.number(row.total()))
                    .append(" |"));
            out.append(" | |\n");
        }
        RollupResult rollup = report.rollup();
        if (rollup != null) {
            out.append("\n## 汇总\n\n")
                    .append(cell(ReviewTexts.rollupLine(rollup)))
                    .append("。\n\n");
            if (rollup.evaluation() == null && rollup.made()) {
                out.append(cell(ReviewTexts.claimLine(rollup))).append("\n\n");
            }
            rollup.blockers().forEach(b -> out.append("- ").append(cell(b)).append('\n'));
            if (!rollup.excluded().isEmpty()) {
                out.append("- 未纳入汇总（按要求排除）：")
                        .append(cell(String.join("、", rollup.excluded())))
                        .append('\n');
            }
            if (rollup.made() && !rollup.parts().isEmpty()) {
                out.append("| 县（区） | 文件 | 事实 SHA-256 |\n|---|---|---|\n");
                rollup.parts().forEach(p -> out.append("| ")
                        .append(cell(p.region()))
                        .append(" | ")
                        .append(cell(p.file().toString()))
                        .append(" | `")
                        .append(p.factsSha256())
                        .append("` |\n"));
            }
            if (rollup.evaluation() != null) {
                String city = new MarkdownWriter().render(rollup.evaluation());
                out.append('\n').append(city.replaceFirst("^# ", "### "));
            }
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", "<br>");
    }
}
