package org.jixiao.app.output;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.review.ProjectSummary;

/** A folder of project self-evaluation forms as a reviewer reads it: the 自评汇总表, then the over-claims and refusals. */
public final class ProjectSummaryWriter {

    private ProjectSummaryWriter() {}

    /** The terminal view. */
    public static String text(ProjectSummary summary) {
        StringBuilder out = new StringBuilder("项目支出绩效自评汇总表\n");
        long refused = summary.rows().stream().filter(r -> r.refusal() != null).count();
        out.append("共")
                .append(summary.rows().size())
                .append("个项目：评分")
                .append(summary.rows().size() - refused)
                .append("个，拒收")
                .append(refused)
                .append("个\n\n");
        TextColumns table = new TextColumns(
                List.of("序号", "项目名称", "实施单位", "全年预算数（万元）", "全年执行数（万元）", "执行率", "自评得分", "核定得分", "等级"),
                true,
                false,
                false,
                true,
                true,
                true,
                true,
                true,
                false);
        int n = 0;
        for (ProjectSummary.Row row : summary.rows()) {
            table.row(
                    String.valueOf(++n),
                    row.project(),
                    row.unit() == null ? "—" : row.unit(),
                    Texts.number(row.budget()),
                    Texts.number(row.executed()),
                    row.rate() == null ? "—" : Texts.number(row.rate()) + "%",
                    Texts.number(row.claimed()),
                    row.refusal() != null ? "拒收" : Texts.number(row.total()),
                    row.grade() == null ? "—" : row.grade().grade());
        }
        out.append(table.render()).append('\n');
        List<ProjectSummary.Row> over =
                summary.rows().stream().filter(r -> r.overClaim().signum() > 0).toList();
        if (over.isEmpty()) {
            out.append("复核：没有多报总分的项目。\n");
        } else {
            BigDecimal points =
                    over.stream().map(ProjectSummary.Row::overClaim).reduce(BigDecimal.ZERO, BigDecimal::add);
            out.append("复核：")
                    .append(over.size())
                    .append("个项目多报总分，共")
                    .append(Texts.number(points))
                    .append("分。\n");
            over.forEach(row -> out.append("  ")
                    .append(row.project())
                    .append("：自评")
                    .append(Texts.number(row.claimed()))
                    .append("分，核定")
                    .append(Texts.number(row.total()))
                    .append("分（多报")
                    .append(Texts.number(row.overClaim()))
                    .append("分）\n"));
        }
        List<ProjectSummary.Row> refusals =
                summary.rows().stream().filter(r -> r.refusal() != null).toList();
        if (!refusals.isEmpty()) {
            out.append("\n拒收的自评表（未达成指标而未写偏差原因分析的，也在其中）\n");
            org.jixiao.engine.problem.Translator chinese = org.jixiao.engine.problem.Translator.chinese();
            for (ProjectSummary.Row row : refusals) {
                out.append("  ").append(row.file()).append('\n');
                // the engine's refusal, as the rest of this table, in Chinese
                row.refusal().lines().forEach(line -> out.append("    ")
                        .append(chinese.line(line))
                        .append('\n'));
            }
        }
        return out.toString();
    }
}
