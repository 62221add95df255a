package org.jixiao.app.output;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.engine.json.ProgrammeEvaluationJson;
import org.jixiao.engine.programme.ProgrammeEvaluation;
import org.jixiao.engine.programme.ProgrammeSet;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.spi.Subject;

/**
 * A programme set's evaluation as text: the programmes' totals and grades side by side with their weights and the
 * combined total, then each programme's own table as {@code evaluate} writes it for one programme.
 */
public final class ProgrammeSetWriter {

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final Map<OutputFormat, ResultWriter> writers;

    /**
     * @param writers the one-programme writers by format, for each programme's table
     */
    public ProgrammeSetWriter(Map<OutputFormat, ResultWriter> writers) {
        this.writers = writers;
    }

    /**
     * The whole document, ending with a newline.
     *
     * @param evaluation the set's evaluation
     * @param format table, markdown or json
     * @return the text
     */
    public String render(ProgrammeEvaluation evaluation, OutputFormat format) {
        return switch (format) {
            case json -> ProgrammeEvaluationJson.write(evaluation);
            case markdown -> markdown(evaluation);
            case table -> table(evaluation);
            case xlsx -> throw new IllegalArgumentException("a programme set is written as table, markdown or json");
        };
    }

    private String table(ProgrammeEvaluation evaluation) {
        StringBuilder out = new StringBuilder();
        out.append(heading(evaluation)).append('\n');
        out.append(setLine(evaluation)).append("\n\n");
        boolean weighted = evaluation.method() == ProgrammeSet.Method.WEIGHTED;
        TextColumns table = weighted
                ? new TextColumns(
                        List.of("项目", "评分表", weightLabel(evaluation), "权重", "总分", "等级"),
                        false,
                        false,
                        true,
                        true,
                        true,
                        false)
                : new TextColumns(List.of("项目", "评分表", "总分", "等级"), false, false, true, false);
        for (List<String> row : rows(evaluation)) {
            table.row(row.toArray(String[]::new));
        }
        out.append(table.render()).append('\n');
        out.append(combinedText(evaluation)).append('\n');
        out.append(checkText(evaluation)).append('\n');
        for (int i = 0; i < evaluation.programmes().size(); i++) {
            ProgrammeEvaluation.ProgrammeResult programme =
                    evaluation.programmes().get(i);
            out.append('\n')
                    .append(numeral(i))
                    .append("、")
                    .append(programme.name())
                    .append("\n\n");
            out.append(writers.get(OutputFormat.table).render(programme.evaluation()));
        }
        return out.toString();
    }

    private String markdown(ProgrammeEvaluation evaluation) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(heading(evaluation)).append("\n\n");
        out.append(setLine(evaluation)).append("\n\n");
        boolean weighted = evaluation.method() == ProgrammeSet.Method.WEIGHTED;
        out.append(
                weighted
                        ? "| 项目 | 评分表 | " + weightLabel(evaluation)
                                + " | 权重 | 总分 | 等级 |\n|---|---|---:|---:|---:|---|\n"
                        : "| 项目 | 评分表 | 总分 | 等级 |\n|---|---|---:|---|\n");
        for (List<String> row : rows(evaluation)) {
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        out.append('\n').append(combinedText(evaluation)).append("\n\n");
        out.append(checkText(evaluation)).append("\n");
        for (int i = 0; i < evaluation.programmes().size(); i++) {
            ProgrammeEvaluation.ProgrammeResult programme =
                    evaluation.programmes().get(i);
            // each programme's document one level down, every heading of it, under the set's title
            String table = writers.get(OutputFormat.markdown).render(programme.evaluation());
            out.append('\n').append(table.replaceAll("(?m)^#", "##"));
        }
        return out.toString();
    }

    private static List<List<String>> rows(ProgrammeEvaluation evaluation) {
        boolean weighted = evaluation.method() == ProgrammeSet.Method.WEIGHTED;
        BigDecimal sum = BigDecimal.ZERO;
        for (ProgrammeEvaluation.ProgrammeResult programme : evaluation.programmes()) {
            if (programme.weight() != null) {
                sum = sum.add(programme.weight());
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (ProgrammeEvaluation.ProgrammeResult programme : evaluation.programmes()) {
            Evaluation result = programme.evaluation();
            List<String> row =
                    new ArrayList<>(List.of(programme.name(), result.rubric().id()));
            if (weighted) {
                row.add(Texts.number(programme.weight()));
                row.add(share(programme.weight(), sum));
            }
            row.add(Texts.number(result.total()));
            row.add(result.grade() == null ? "—" : result.grade().grade());
            rows.add(row);
        }
        if (evaluation.method() != ProgrammeSet.Method.NONE) {
            List<String> combined =
                    new ArrayList<>(List.of(weighted ? "综合（按" + weightLabel(evaluation) + "加权）" : "综合（平均）", ""));
            if (weighted) {
                combined.add(Texts.number(sum));
                combined.add("100%");
            }
            combined.add(Texts.number(evaluation.total()));
            combined.add(evaluation.grade() == null ? "—" : evaluation.grade().grade());
            rows.add(combined);
        }
        return rows;
    }

    private static String share(BigDecimal weight, BigDecimal sum) {
        if (sum.signum() == 0) {
            return "—";
        }
        return Texts.number(weight.multiply(BigDecimal.valueOf(100)).divide(sum, 2, RoundingMode.HALF_UP)) + "%";
    }

    private static String weightLabel(ProgrammeEvaluation evaluation) {
        return evaluation.weightLabel() == null ? "" : evaluation.weightLabel();
    }

    private static String heading(ProgrammeEvaluation evaluation) {
        Subject subject = evaluation.subject();
        return Texts.regionAndYear(subject)
                + (subject.program() != null
                        ? subject.program()
                        : evaluation.set().title()) + "绩效评价结果（"
                + evaluation.programmes().size() + "个项目）";
    }

    private static String setLine(ProgrammeEvaluation evaluation) {
        ProgrammeSet.Ref set = evaluation.set();
        return "评分表集：" + set.id() + " " + set.version() + "《" + set.title() + "》（sha256 "
                + set.sha256().substring(0, 12) + "）";
    }

    private static String combinedText(ProgrammeEvaluation evaluation) {
        if (evaluation.failed()) {
            return "评分未完成：有项目的指标出错，不计综合得分和等级";
        }
        String how =
                switch (evaluation.method()) {
                    case MEAN -> "各项目总分的平均";
                    case WEIGHTED -> "各项目总分按" + weightLabel(evaluation) + "加权平均";
                    case NONE -> null;
                };
        if (how == null) {
            return "本评分表集不合并各项目得分：各项目分别计分、定级。";
        }
        String label = evaluation.grade().label().equals(evaluation.grade().grade())
                ? ""
                : "（" + evaluation.grade().label() + "）";
        StringBuilder text = new StringBuilder("综合得分")
                .append(Texts.number(evaluation.total()))
                .append("分（")
                .append(how)
                .append("）");
        if (!evaluation.vetoedBy().isEmpty()) {
            text.append("；");
            for (String id : evaluation.vetoedBy()) {
                evaluation.programme(id).ifPresent(p -> text.append(p.name()));
            }
            text.append("一票否决，综合等级为最低等级");
        }
        return text.append("，等级：")
                .append(evaluation.grade().grade())
                .append(label)
                .append("。")
                .toString();
    }

    private static String checkText(ProgrammeEvaluation evaluation) {
        List<String> lines = new ArrayList<>();
        for (Evaluation.Discrepancy d : evaluation.discrepancies()) {
            lines.add("综合得分：自评" + Texts.number(d.claimed()) + "分，核定" + Texts.number(d.computed()) + "分（"
                    + (d.difference().signum() > 0 ? "多报" : "少报")
                    + Texts.number(d.difference().abs()) + "分）");
        }
        for (ProgrammeEvaluation.ProgrammeResult programme : evaluation.programmes()) {
            for (Evaluation.Discrepancy d : programme.evaluation().discrepancies()) {
                lines.add(programme.name() + " " + Texts.discrepancy(d));
            }
        }
        if (lines.isEmpty()) {
            return "自评得分核对：无不一致。";
        }
        return "自评得分核对：" + lines.size() + "项不一致\n  " + String.join("\n  ", lines);
    }

    private static String numeral(int index) {
        return index < NUMERALS.length ? NUMERALS[index] : String.valueOf(index + 1);
    }
}
