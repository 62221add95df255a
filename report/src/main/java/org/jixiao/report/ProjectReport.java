package org.jixiao.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.review.ProjectSummary;
import org.jixiao.review.ReviewReport;
import org.jixiao.review.SubmissionResult;
import org.jixiao.spi.Api;

/**
 * The report draft of a department's or a bureau's folder of project self-evaluation forms (项目支出绩效自评汇总报告):
 * 一、总体情况 — how many projects, their funds and execution rate, the mean recomputed total and the grades; 二、各项目自评
 * 情况 — one paragraph a project, claimed against recomputed, or why its form was refused; 三、复核发现的问题及下一步计划 —
 * the over-claims, the refused forms, the rows below their 年度指标值, then the user's notes; and each scored project's
 * indicator table at the end.
 *
 * @since 0.5
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.5")
public final class ProjectReport {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ProjectReport() {}

    /**
     * Drafts the summary report of a review of project forms.
     *
     * @param summary the 自评汇总表 of the review; never {@code null}
     * @param review the review it summarises, for each project's evaluation; never {@code null}
     * @param notes what only a person knows (存在问题, 下一步计划), kept verbatim; never {@code null}
     * @param inChinese how a refusal (written in English where it was made) is put into Chinese, such as the CLI's
     *     translator; never {@code null}
     * @return the draft
     * @throws IllegalArgumentException if no project was scored: a report ends with at least one indicator table
     */
    public static ReportDraft of(
            ProjectSummary summary, ReviewReport review, ReportNotes notes, UnaryOperator<String> inChinese) {
        List<ProjectSummary.Row> rows = summary.rows();
        List<ProjectSummary.Row> scored =
                rows.stream().filter(r -> r.total() != null).toList();
        Map<java.nio.file.Path, SubmissionResult> results = new LinkedHashMap<>();
        review.results().forEach(r -> results.put(r.file(), r));
        String unit = commonUnit(rows);
        Integer year = scored.stream()
                .map(r -> results.get(r.file()))
                .filter(r -> r != null
                        && r.evaluation() != null
                        && r.evaluation().subject().year() != null)
                .map(r -> r.evaluation().subject().year())
                .findFirst()
                .orElse(null);
        String when = year == null ? "" : year + "年度";
        String title = (unit.isEmpty() ? "" : unit) + when + "项目支出绩效自评汇总报告";
        String opening = "本次共收到" + (unit.isEmpty() ? "" : unit) + when + rows.size()
                + "个项目的项目支出绩效自评表，逐项复核了各项目的预算执行率和绩效指标得分，现将情况报告如下：";

        List<ReportDraft.Section> sections = new ArrayList<>();
        sections.add(new ReportDraft.Section("一、总体情况", List.of(new ReportDraft.Paragraph(overall(rows, scored)))));
        List<ReportDraft.Block> projects = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            projects.add(new ReportDraft.Paragraph(project(i, rows.get(i), inChinese)));
        }
        sections.add(new ReportDraft.Section("二、各项目自评情况", projects));
        sections.add(new ReportDraft.Section("三、复核发现的问题及下一步计划", problems(rows, results, notes, inChinese)));

        List<ReportDraft.Table> tables = new ArrayList<>();
        for (ProjectSummary.Row row : scored) {
            SubmissionResult result = results.get(row.file());
            if (result != null && result.rubric() != null && result.evaluation() != null) {
                // a project's table is titled with its name already (项目支出绩效自评表——农村饮水…): no heading before it
                String heading = result.rubric().rubric().title().contains(row.project()) ? "" : row.project();
                tables.add(new ReportDraft.Table(heading, result.rubric(), result.evaluation()));
            }
        }
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("no project was scored, so the report has no indicator table");
        }
        return new ReportDraft(title, "", opening, sections, tables, List.of(), unit, "");
    }

    /** The unit every form names, or "" where they differ (a bureau's folder of several units' forms). */
    private static String commonUnit(List<ProjectSummary.Row> rows) {
        String unit = null;
        for (ProjectSummary.Row row : rows) {
            if (row.unit() == null) {
                continue;
            }
            if (unit == null) {
                unit = row.unit();
            } else if (!unit.equals(row.unit())) {
                return "";
            }
        }
        return unit == null ? "" : unit;
    }

    /** 共5个项目，评分4个，拒收1个。已评分项目全年预算数合计…，执行率…；核定得分平均…；优3个、良1个。 */
    private static String overall(List<ProjectSummary.Row> rows, List<ProjectSummary.Row> scored) {
        StringBuilder text = new StringBuilder("共" + rows.size() + "个项目，评分" + scored.size() + "个");
        int refused = rows.size() - scored.size();
        text.append(refused == 0 ? "。" : "，未予受理" + refused + "个。");
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal executed = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        boolean allFunds = true;
        Map<String, Integer> grades = new LinkedHashMap<>();
        for (ProjectSummary.Row row : scored) {
            if (row.budget() == null || row.executed() == null) {
                allFunds = false;
            } else {
                budget = budget.add(row.budget());
                executed = executed.add(row.executed());
            }
            sum = sum.add(row.total());
            if (row.grade() != null) {
                grades.merge(row.grade().label(), 1, Integer::sum);
            }
        }
        if (scored.isEmpty()) {
            return text.toString();
        }
        if (allFunds && budget.signum() > 0) {
            text.append("已评分项目全年预算数合计")
                    .append(ReportDraft.n(budget))
                    .append("万元，全年执行数合计")
                    .append(ReportDraft.n(executed))
                    .append("万元，总体预算执行率")
                    .append(ReportDraft.n(executed.multiply(HUNDRED).divide(budget, 2, RoundingMode.HALF_UP)))
                    .append("%。");
        }
        text.append("核定得分平均")
                .append(ReportDraft.n(sum.divide(BigDecimal.valueOf(scored.size()), 2, RoundingMode.HALF_UP)))
                .append("分");
        List<String> counts = new ArrayList<>();
        grades.forEach((grade, count) -> counts.add(grade + count + "个"));
        text.append(counts.isEmpty() ? "。" : "，其中" + String.join("、", counts) + "。");
        return text.toString();
    }

    /** （一）农村饮水安全巩固提升工程（示例县水利局）：全年预算数1200万元，…；自评98分，核定95.83分，等级优。 */
    private static String project(int index, ProjectSummary.Row row, UnaryOperator<String> inChinese) {
        String head = "（" + ChineseNumerals.of(index + 1) + "）" + row.project()
                + (row.unit() == null ? "" : "（" + row.unit() + "）") + "：";
        if (row.total() == null) {
            return head + "自评表未予受理："
                    + ReportDraft.prose(inChinese.apply(firstLine(row.refusal())))
                            .replaceAll("。$", "") + "。";
        }
        StringBuilder text = new StringBuilder(head);
        if (row.budget() != null && row.executed() != null) {
            text.append("全年预算数")
                    .append(ReportDraft.n(row.budget()))
                    .append("万元，全年执行数")
                    .append(ReportDraft.n(row.executed()))
                    .append("万元，执行率")
                    .append(ReportDraft.n(row.rate()))
                    .append("%；");
        }
        if (row.claimed() != null) {
            text.append("自评").append(ReportDraft.n(row.claimed())).append("分，");
        }
        text.append("核定").append(ReportDraft.n(row.total())).append("分");
        if (row.grade() != null) {
            text.append("，等级").append(row.grade().label());
        }
        if (row.overClaim().signum() > 0) {
            text.append("，多报").append(ReportDraft.n(row.overClaim())).append("分");
        }
        return text.append("。").toString();
    }

    private static List<ReportDraft.Block> problems(
            List<ProjectSummary.Row> rows,
            Map<java.nio.file.Path, SubmissionResult> results,
            ReportNotes notes,
            UnaryOperator<String> inChinese) {
        List<String> found = new ArrayList<>();
        List<String> over = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        List<String> below = new ArrayList<>();
        for (ProjectSummary.Row row : rows) {
            if (row.total() == null) {
                refused.add(row.project());
                continue;
            }
            if (row.overClaim().signum() > 0) {
                over.add(row.project() + "自评" + ReportDraft.n(row.claimed()) + "分，核定" + ReportDraft.n(row.total())
                        + "分");
            }
            SubmissionResult result = results.get(row.file());
            if (result != null && result.evaluation() != null) {
                List<String> missed = new ArrayList<>();
                for (Evaluation.GroupResult group : result.evaluation().groups()) {
                    for (Evaluation.IndicatorResult indicator : group.indicators()) {
                        if (indicator.applicable()
                                && indicator.score() != null
                                && indicator.score().compareTo(indicator.weight()) < 0) {
                            missed.add(indicator.name() + "（" + ReportDraft.n(indicator.score()) + "/"
                                    + ReportDraft.n(indicator.weight()) + "分）");
                        }
                    }
                }
                if (!missed.isEmpty()) {
                    below.add(row.project() + "：" + String.join("、", missed));
                }
            }
        }
        if (!over.isEmpty()) {
            found.add(over.size() + "个项目自评得分高于核定得分：" + String.join("；", over) + "。");
        }
        if (!refused.isEmpty()) {
            found.add(
                    refused.size() + "个项目的自评表未予受理（未达成年度指标而未写偏差原因分析的，也在其中）：" + String.join("、", refused) + "，须补正后重新报送。");
        }
        if (!below.isEmpty()) {
            found.add("未得满分的指标：" + String.join("；", below) + "。");
        }
        List<ReportDraft.Block> blocks = new ArrayList<>();
        blocks.add(new ReportDraft.Paragraph(
                found.isEmpty() ? "（一）存在问题。各项目自评得分与核定得分一致，各项指标均得满分。" : "（一）存在问题。" + String.join("", found)));
        notes.problems().forEach(p -> blocks.add(new ReportDraft.Paragraph(p)));
        blocks.addAll(ReportDraft.nextSteps(notes.nextSteps()));
        return blocks;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
