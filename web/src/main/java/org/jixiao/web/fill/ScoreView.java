package org.jixiao.web.fill;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.engine.submission.Submission;
import org.jixiao.spi.scoring.Numbers;

/**
 * An evaluation as the page's score table shows it: each first-level indicator, its rows with their points, the
 * points claimed (自评) and the reason (评分理由), then the total and grade. Numbers are written as the table
 * writes them (16.4, not 16.40), so the template formats nothing.
 */
public final class ScoreView {

    /**
     * One line of the table.
     *
     * @param kind {@code group}, {@code row}, {@code extra} or {@code total}
     * @param group the first-level indicator, on its first line only
     * @param name the row's name
     * @param weight its points
     * @param score the points it got
     * @param claimed the points claimed, empty if none
     * @param differs whether the claim differs from the score
     * @param reason why, in the rubric's words
     */
    public record Line(
            String kind,
            String group,
            String name,
            String weight,
            String score,
            String claimed,
            boolean differs,
            String reason) {}

    private ScoreView() {}

    static List<Line> lines(CompiledRubric rubric, Evaluation evaluation, Submission submission) {
        Map<String, BigDecimal> claimed = submission.claimed();
        Map<String, Evaluation.Discrepancy> differing = new HashMap<>();
        evaluation.discrepancies().forEach(d -> differing.put(d.id(), d));
        List<Line> lines = new ArrayList<>();
        for (Evaluation.GroupResult group : evaluation.groups()) {
            boolean first = true;
            for (Evaluation.IndicatorResult row : group.indicators()) {
                lines.add(line("row", first ? group.name() : "", row, claimed, differing));
                first = false;
            }
            lines.add(new Line(
                    "group",
                    "",
                    group.name() + "小计",
                    Numbers.plain(group.weight()),
                    Numbers.plain(group.score()),
                    claimedText(claimed.get(group.id())),
                    differing.containsKey(group.id()),
                    ""));
        }
        for (Evaluation.ExtraResult extra : new Evaluation.ExtraResult[] {evaluation.bonus(), evaluation.penalty()}) {
            if (extra != null) {
                boolean first = true;
                for (Evaluation.IndicatorResult row : extra.indicators()) {
                    lines.add(line("extra", first ? extra.name() : "", row, claimed, differing));
                    first = false;
                }
            }
        }
        lines.add(new Line(
                "total",
                "合计",
                "",
                Numbers.plain(rubric.rubric().total()),
                Numbers.plain(evaluation.total()),
                claimedText(claimed.get(CompiledRubric.TOTAL_ID)),
                differing.containsKey(CompiledRubric.TOTAL_ID),
                evaluation.grade() == null ? "" : "等级：" + evaluation.grade().grade()));
        return lines;
    }

    private static Line line(
            String kind,
            String group,
            Evaluation.IndicatorResult row,
            Map<String, BigDecimal> claimed,
            Map<String, Evaluation.Discrepancy> differing) {
        return new Line(
                kind,
                group,
                row.name(),
                Numbers.plain(row.weight()),
                row.score() == null ? "—" : Numbers.plain(row.score()),
                claimedText(claimed.get(row.id())),
                differing.containsKey(row.id()),
                row.reason() == null ? "" : row.reason());
    }

    private static String claimedText(BigDecimal value) {
        return value == null ? "" : Numbers.plain(value);
    }
}
