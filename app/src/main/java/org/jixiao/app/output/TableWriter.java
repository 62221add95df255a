package org.jixiao.app.output;

import java.util.List;
import org.jixiao.engine.score.Evaluation;

/** The terminal view: an aligned score table, the grade, the reasons and any discrepancies. */
public final class TableWriter implements ResultWriter {

    @Override
    public String render(Evaluation evaluation) {
        StringBuilder out = new StringBuilder();
        out.append(Texts.heading(evaluation)).append('\n');
        out.append(Texts.rubricLine(evaluation)).append("\n\n");
        boolean leveled = Texts.leveled(evaluation);
        TextColumns table = leveled
                ? new TextColumns(
                        List.of("一级指标", "分值", "得分", "二级指标", "分值", "得分", "三级指标", "分值", "得分"),
                        false,
                        true,
                        true,
                        false,
                        true,
                        true,
                        false,
                        true,
                        true)
                : new TextColumns(
                        List.of("一级指标", "分值", "得分", "二级指标", "分值", "得分"), false, true, true, false, true, true);
        for (Evaluation.GroupResult group : evaluation.groups()) {
            boolean first = true;
            List<Evaluation.GroupResult> previous = null;
            for (Evaluation.IndicatorResult indicator : group.indicators()) {
                List<String> cells = new java.util.ArrayList<>(List.of(
                        first ? group.name() : "",
                        first ? Texts.number(group.weight()) : "",
                        first ? Texts.number(group.score()) : ""));
                if (leveled) {
                    List<Evaluation.GroupResult> chain = group.pathTo(indicator.id());
                    boolean starts = !chain.isEmpty() && !chain.equals(previous);
                    Evaluation.GroupResult inner = chain.isEmpty() ? null : chain.get(chain.size() - 1);
                    cells.addAll(List.of(
                            starts
                                    ? Texts.levelName(chain.stream()
                                            .map(Evaluation.GroupResult::name)
                                            .toList())
                                    : "",
                            starts ? Texts.number(inner.weight()) : "",
                            starts ? Texts.number(inner.score()) : ""));
                    previous = chain;
                }
                cells.addAll(List.of(indicator.name(), Texts.number(indicator.weight()), Texts.score(indicator)));
                table.row(cells.toArray(String[]::new));
                first = false;
            }
        }
        for (Evaluation.ExtraResult extra : Texts.extras(evaluation)) {
            boolean first = true;
            for (Evaluation.IndicatorResult indicator : extra.indicators()) {
                List<String> cells = new java.util.ArrayList<>(List.of(
                        first ? extra.name() : "",
                        first ? "≤" + Texts.number(extra.cap()) : "",
                        first ? Texts.number(extra.score()) : ""));
                if (leveled) {
                    cells.addAll(List.of("", "", ""));
                }
                cells.addAll(List.of(indicator.name(), Texts.number(indicator.weight()), Texts.score(indicator)));
                table.row(cells.toArray(String[]::new));
                first = false;
            }
        }
        List<String> total = new java.util.ArrayList<>(List.of(
                "合计", Texts.number(evaluation.rubric().maxTotal()), Texts.number(evaluation.total()), "", "", ""));
        if (leveled) {
            total.addAll(List.of("", "", ""));
        }
        table.row(total.toArray(String[]::new));
        out.append(table.render()).append('\n');
        out.append(Texts.gradeText(evaluation)).append("\n\n");
        out.append("评分理由\n");
        List<Evaluation.IndicatorResult> all = new java.util.ArrayList<>();
        evaluation.groups().forEach(group -> all.addAll(group.indicators()));
        Texts.extras(evaluation).forEach(extra -> all.addAll(extra.indicators()));
        for (Evaluation.IndicatorResult indicator : all) {
            out.append("  ")
                    .append(indicator.name())
                    .append("（")
                    .append(Texts.score(indicator))
                    .append("/")
                    .append(Texts.number(indicator.weight()))
                    .append("）：")
                    .append(indicator.score() == null && indicator.applicable() ? "未能评分" : indicator.reason())
                    .append('\n');
        }
        if (!evaluation.failures().isEmpty()) {
            out.append("\n出错的指标\n");
            evaluation
                    .failures()
                    .forEach(f -> out.append("  ").append(Texts.failure(f)).append('\n'));
        }
        out.append('\n');
        if (evaluation.discrepancies().isEmpty()) {
            out.append("自评得分核对：无不一致。\n");
        } else {
            out.append("自评得分核对：").append(evaluation.discrepancies().size()).append("项不一致\n");
            evaluation
                    .discrepancies()
                    .forEach(d -> out.append("  ").append(Texts.discrepancy(d)).append('\n'));
        }
        if (!evaluation.notes().isEmpty()) {
            out.append("\n填报读取说明（以下数字未按原样读取）\n");
            evaluation.notes().forEach(n -> out.append("  ").append(n).append('\n'));
        }
        return out.toString();
    }
}
