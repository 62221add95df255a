package org.jixiao.app.output;

import org.jixiao.engine.score.Evaluation;

/**
 * A report draft in the layout of the seed's table: 一级指标 | 分值 | 二级指标 | 分值 | 评分标准 | 得分 | 评分理由.
 */
public final class MarkdownWriter implements ResultWriter {

    @Override
    public String render(Evaluation evaluation) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(Texts.heading(evaluation)).append("\n\n");
        out.append(Texts.rubricLine(evaluation)).append("\n\n");
        out.append(Texts.gradeText(evaluation)).append("。\n\n");
        boolean leveled = Texts.leveled(evaluation);
        if (leveled) {
            out.append("| 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 评分标准 | 得分 | 评分理由 |\n");
            out.append("|---|---:|---|---:|---|---:|---|---:|---|\n");
        } else {
            out.append("| 一级指标 | 分值 | 二级指标 | 分值 | 评分标准 | 得分 | 评分理由 |\n");
            out.append("|---|---:|---|---:|---|---:|---|\n");
        }
        for (Evaluation.GroupResult group : evaluation.groups()) {
            rows(out, group.name(), Texts.number(group.weight()), group.indicators(), leveled ? group : null);
        }
        for (Evaluation.ExtraResult extra : Texts.extras(evaluation)) {
            rows(
                    out,
                    extra.name() + "（最多" + Texts.number(extra.cap()) + "分）",
                    "",
                    extra.indicators(),
                    leveled ? NO_GROUP : null);
        }
        out.append("| 合计 | ")
                .append(Texts.number(evaluation.rubric().maxTotal()))
                .append(leveled ? " |  |  |  |  |  | " : " |  |  |  | ")
                .append(Texts.number(evaluation.total()))
                .append(" |  |\n");
        if (!evaluation.failures().isEmpty()) {
            out.append("\n## 出错的指标\n\n");
            evaluation.failures().forEach(f -> out.append("- ")
                    .append(cell(Texts.failure(f)))
                    .append('\n'));
        }
        if (!evaluation.discrepancies().isEmpty()) {
            out.append("\n## 与自评得分不一致\n\n");
            evaluation.discrepancies().forEach(d -> out.append("- ")
                    .append(cell(Texts.discrepancy(d)))
                    .append('\n'));
        }
        if (!evaluation.notes().isEmpty()) {
            out.append("\n## 填报读取说明\n\n");
            evaluation.notes().forEach(n -> out.append("- ").append(cell(n)).append('\n'));
        }
        return out.toString();
    }

    /** One table row per indicator; the first-level name and weight only on the first. */
    /** Bonus and penalty rows in a table of three or more levels: no middle levels. */
    private static final Evaluation.GroupResult NO_GROUP =
            new Evaluation.GroupResult("", "", java.math.BigDecimal.ZERO, null, java.util.List.of());

    /** One group's rows; in a table of three or more levels, {@code middle} (the group) gives their middle levels. */
    private static void rows(
            StringBuilder out,
            String first,
            String weight,
            java.util.List<Evaluation.IndicatorResult> rows,
            Evaluation.GroupResult middle) {
        boolean isFirst = true;
        java.util.List<Evaluation.GroupResult> previous = null;
        for (Evaluation.IndicatorResult indicator : rows) {
            out.append("| ")
                    .append(isFirst ? cell(first) : "")
                    .append(" | ")
                    .append(isFirst ? weight : "")
                    .append(" | ");
            if (middle != null) {
                java.util.List<Evaluation.GroupResult> chain = middle.pathTo(indicator.id());
                middleCells(
                        out,
                        chain.stream().map(Evaluation.GroupResult::name).toList(),
                        chain.isEmpty() ? null : chain.get(chain.size() - 1).weight(),
                        !chain.isEmpty() && !chain.equals(previous));
                previous = chain;
            }
            out.append(cell(indicator.name()))
                    .append(" | ")
                    .append(Texts.number(indicator.weight()))
                    .append(" | ")
                    .append(cell(indicator.criteria()))
                    .append(" | ")
                    .append(Texts.score(indicator))
                    .append(" | ")
                    .append(cell(indicator.score() == null && indicator.applicable() ? "未能评分" : indicator.reason()))
                    .append(" |\n");
            isFirst = false;
        }
    }

    /** A row's middle levels: their names and the innermost's 分值 on the row where they start, blank below. */
    private static void middleCells(
            StringBuilder out, java.util.List<String> names, java.math.BigDecimal weight, boolean starts) {
        out.append(starts ? cell(Texts.levelName(names)) : "")
                .append(" | ")
                .append(starts ? Texts.number(weight) : "")
                .append(" | ");
    }

    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", "<br>");
    }

    /**
     * The blank table a province hands out: the indicators and their 评分标准, the score and reason columns
     * empty, then the stamp lines.
     */
    public static String blank(org.jixiao.engine.score.CompiledRubric compiled) {
        org.jixiao.engine.rubric.Rubric rubric = compiled.rubric();
        StringBuilder out = new StringBuilder();
        out.append("# ")
                .append(rubric.title().isEmpty() ? rubric.id() : rubric.title())
                .append("\n\n");
        out.append("填报单位：\n\n");
        boolean leveled = Texts.leveled(rubric);
        if (leveled) {
            out.append("| 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 评分标准 | 市县评价得分 | 评分理由 |\n");
            out.append("|---|---:|---|---:|---|---:|---|---:|---|\n");
        } else {
            out.append("| 一级指标 | 分值 | 二级指标 | 分值 | 评分标准 | 市县评价得分 | 评分理由 |\n");
            out.append("|---|---:|---|---:|---|---:|---|\n");
        }
        for (org.jixiao.engine.rubric.Rubric.Group group : rubric.groups()) {
            java.util.List<org.jixiao.engine.rubric.Rubric.Group> previous = null;
            boolean first = true;
            for (org.jixiao.engine.rubric.Rubric.Row row : group.indicators()) {
                out.append("| ")
                        .append(first ? cell(group.name()) : "")
                        .append(" | ")
                        .append(first ? Texts.number(group.weight()) : "")
                        .append(" | ");
                if (leveled) {
                    java.util.List<org.jixiao.engine.rubric.Rubric.Group> chain = group.pathTo(row.id());
                    middleCells(
                            out,
                            chain.stream()
                                    .map(org.jixiao.engine.rubric.Rubric.Group::name)
                                    .toList(),
                            chain.isEmpty() ? null : chain.get(chain.size() - 1).weight(),
                            !chain.isEmpty() && !chain.equals(previous));
                    previous = chain;
                }
                out.append(cell(row.name()))
                        .append(" | ")
                        .append(Texts.number(row.weight()))
                        .append(" | ")
                        .append(cell(row.criteria()))
                        .append(" |  |  |\n");
                first = false;
            }
        }
        out.append("| 合计 | ")
                .append(Texts.number(rubric.total()))
                .append(leveled ? " |  |  |  |  |  |  |  |\n" : " |  |  |  |  |  |\n");
        if (rubric.document() != null && !rubric.document().stamps().isEmpty()) {
            out.append('\n');
            rubric.document().stamps().forEach(stamp -> out.append(stamp).append("\n\n"));
        }
        return out.toString();
    }
}
