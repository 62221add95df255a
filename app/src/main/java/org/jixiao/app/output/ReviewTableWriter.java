package org.jixiao.app.output;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.review.Comparison;
import org.jixiao.review.ReviewReport;
import org.jixiao.review.RollupResult;
import org.jixiao.review.SubmissionResult;

/** The terminal view of a review: the submissions, the check of their claims, the comparison, the roll-up. */
public final class ReviewTableWriter implements ReviewWriter {

    @Override
    public String render(ReviewReport report) {
        StringBuilder out = new StringBuilder("复核汇总\n");
        out.append(ReviewTexts.counts(report)).append('\n');
        String rubric = ReviewTexts.rubricLine(report);
        if (!rubric.isEmpty()) {
            out.append(rubric).append('\n');
        }
        out.append('\n');
        TextColumns table = new TextColumns(
                List.of("县（区）", "文件", "状态", "总分", "等级", "名次", "自评总分", "不一致"),
                false,
                false,
                false,
                true,
                false,
                true,
                true,
                true);
        for (SubmissionResult result : report.results()) {
            Comparison.Row row = report.comparison().rows().stream()
                    .filter(r -> r.name().equals(result.name()))
                    .findFirst()
                    .orElse(null);
            table.row(
                    result.name(),
                    ReviewTexts.fileName(result.file()),
                    ReviewTexts.status(result),
                    Texts.number(result.total().orElse(null)),
                    result.evaluation() == null || result.evaluation().grade() == null
                            ? "—"
                            : result.evaluation().grade().grade(),
                    row == null || row.rank() == 0 ? "—" : String.valueOf(row.rank()),
                    Texts.number(result.claimedTotal().orElse(null)),
                    result.evaluation() == null
                            ? "—"
                            : String.valueOf(result.findings().size()));
        }
        out.append(table.render()).append('\n');
        out.append(ReviewTexts.reviewLine(report)).append('\n');
        for (SubmissionResult result : report.results()) {
            if (!result.findings().isEmpty()) {
                out.append("  ")
                        .append(result.name())
                        .append("（")
                        .append(ReviewTexts.fileName(result.file()))
                        .append("）\n");
                ReviewTexts.findings(result)
                        .forEach(line -> out.append("    ").append(line).append('\n'));
            }
        }
        List<ReviewReport.Reminder> reminders = report.reminders();
        if (!reminders.isEmpty()) {
            out.append("\n数据提醒（未改变评分，请核对）\n");
            reminders.forEach(
                    reminder -> out.append("  ").append(reminder.line()).append('\n'));
        }
        List<SubmissionResult> refused =
                report.results().stream().filter(r -> r.refusal() != null).toList();
        if (!refused.isEmpty()) {
            out.append("\n拒收的文件\n");
            // the engine's refusals, in Chinese like the table around them
            org.jixiao.engine.problem.Translator chinese = org.jixiao.engine.problem.Translator.chinese();
            for (SubmissionResult result : refused) {
                out.append("  ").append(result.file()).append('\n');
                result.refusal().lines().forEach(line -> out.append("    ")
                        .append(chinese.line(line))
                        .append('\n'));
            }
        }
        comparison(out, report.comparison());
        rollup(out, report.rollup());
        return out.toString();
    }

    private static void comparison(StringBuilder out, Comparison comparison) {
        if (comparison.rows().size() < 2) {
            return;
        }
        out.append("\n横向比较：各指标得分\n");
        List<String> headers = new ArrayList<>(List.of("指标", "分值"));
        comparison.rows().forEach(row -> headers.add(row.name()));
        headers.addAll(List.of("最低", "最高"));
        boolean[] right = new boolean[headers.size()];
        java.util.Arrays.fill(right, true);
        right[0] = false;
        right[headers.size() - 2] = false;
        right[headers.size() - 1] = false;
        TextColumns scores = new TextColumns(headers, right);
        TextColumns figures = new TextColumns(
                headers.subList(0, headers.size() - 2), java.util.Arrays.copyOf(right, headers.size() - 2));
        boolean anyFigure = false;
        for (int i = 0; i < comparison.indicators().size(); i++) {
            Comparison.Column column = comparison.indicators().get(i);
            Comparison.Spread spread = comparison.spreads().get(i);
            List<String> cells = new ArrayList<>(List.of(column.name(), Texts.number(column.weight())));
            comparison
                    .rows()
                    .forEach(row -> cells.add(ReviewTexts.cell(row.cells().get(column.id()))));
            cells.addAll(ReviewTexts.spread(spread));
            scores.row(cells.toArray(String[]::new));
            if (!column.figure().isEmpty()) {
                anyFigure = true;
                List<String> figureCells = new ArrayList<>(List.of(column.name(), Texts.number(column.weight())));
                comparison
                        .rows()
                        .forEach(row ->
                                figureCells.add(ReviewTexts.figure(row.cells().get(column.id()))));
                figures.row(figureCells.toArray(String[]::new));
            }
        }
        List<String> totals = new ArrayList<>(List.of("合计", ""));
        comparison.rows().forEach(row -> totals.add(Texts.number(row.total())));
        totals.addAll(List.of("", ""));
        scores.row(totals.toArray(String[]::new));
        out.append(scores.render());
        if (anyFigure) {
            out.append("\n横向比较：完成率与比例\n").append(figures.render());
        }
    }

    private static void rollup(StringBuilder out, RollupResult rollup) {
        if (rollup == null) {
            return;
        }
        out.append("\n汇总\n  ").append(ReviewTexts.rollupLine(rollup)).append('\n');
        if (rollup.evaluation() == null && rollup.made()) {
            out.append("  ").append(ReviewTexts.claimLine(rollup)).append('\n');
        }
        rollup.blockers().forEach(blocker -> out.append("  - ")
                .append(blocker.replace("\n", "\n    "))
                .append('\n'));
        if (!rollup.excluded().isEmpty()) {
            out.append("  未纳入汇总（按要求排除）：")
                    .append(String.join("、", rollup.excluded()))
                    .append('\n');
        }
        if (rollup.made()) {
            out.append("  由").append(rollup.parts().size()).append("个县（区）汇总：\n");
            for (RollupResult.Part part : rollup.parts()) {
                out.append("    ")
                        .append(part.region())
                        .append("  ")
                        .append(part.file())
                        .append("  facts sha256 ")
                        .append(part.factsSha256(), 0, 12)
                        .append('\n');
            }
        }
        if (rollup.evaluation() != null) {
            out.append('\n').append(new TableWriter().render(rollup.evaluation()));
        }
    }
}
