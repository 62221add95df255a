package org.jixiao.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.engine.rubric.GradeBand;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.submission.Submission;
import org.jixiao.spi.Api;

/**
 * A department's or a bureau's folder of project self-evaluation forms reviewed (自评汇总表): one row per project with
 * its budget, what it executed, the rate, the total it claimed and the total recomputed, and its grade. A review is one
 * of projects when every scored form's rubric has a 预算执行率 row (type {@code execution-rate}); each project is
 * scored with its own rubric, so the rows are not compared indicator by indicator.
 *
 * @param rows one row per form, in the review's order (refused forms too, with why)
 * @since 0.4
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.4")
public record ProjectSummary(List<Row> rows) {

    /** The indicator type whose row makes a rubric a project's form. */
    public static final String EXECUTION_RATE = "execution-rate";

    /** Copies the list. */
    public ProjectSummary {
        rows = List.copyOf(rows);
    }

    /**
     * One project.
     *
     * @param file its form's file
     * @param project the project's name (项目名称), or the file's name
     * @param unit who carried it out (实施单位), or {@code null}
     * @param budget 全年预算数 (万元), or {@code null} when refused
     * @param executed 全年执行数 (万元), or {@code null}
     * @param rate 执行率 in percent to two decimals, or {@code null}
     * @param claimed the total the form claims (自评得分), or {@code null}
     * @param total the total recomputed (核定得分), or {@code null} when refused or failed
     * @param grade its grade, or {@code null}
     * @param refusal why the form was refused (a target missed without its 偏差原因分析 among them), or {@code null}
     */
    public record Row(
            Path file,
            String project,
            String unit,
            BigDecimal budget,
            BigDecimal executed,
            BigDecimal rate,
            BigDecimal claimed,
            BigDecimal total,
            GradeBand grade,
            String refusal) {

        /**
         * How much more the form claims than recomputed.
         *
         * @return the over-claim, 0 when it claims no more (or is refused)
         */
        public BigDecimal overClaim() {
            return claimed == null || total == null || claimed.compareTo(total) <= 0
                    ? BigDecimal.ZERO
                    : claimed.subtract(total);
        }
    }

    /**
     * The summary of a review of project forms.
     *
     * @param report the review
     * @return the summary; empty when a scored form's rubric has no 预算执行率 row, or none was scored
     */
    public static Optional<ProjectSummary> of(ReviewReport report) {
        boolean any = false;
        for (SubmissionResult result : report.results()) {
            if (result.rubric() != null) {
                if (fundsFact(result.rubric()) == null) {
                    return Optional.empty();
                }
                any = true;
            }
        }
        if (!any) {
            return Optional.empty();
        }
        List<Row> rows = new ArrayList<>();
        for (SubmissionResult result : report.results()) {
            Submission submission = result.submission();
            String project = submission == null || submission.subject().program() == null
                    ? result.file().getFileName().toString()
                    : submission.subject().program();
            String unit = submission == null ? null : submission.subject().region();
            BigDecimal budget = null;
            BigDecimal executed = null;
            String fact = result.rubric() == null ? null : fundsFact(result.rubric());
            Object funds = submission == null || fact == null
                    ? null
                    : submission.facts().get(fact);
            if (funds instanceof org.jixiao.spi.PlanActual pair) {
                // as a workbook reader (the project self-evaluation form) gives it
                budget = pair.plan();
                executed = pair.actual();
            } else if (funds instanceof Map<?, ?> map) {
                // as JSON or YAML writes it
                budget = map.get("plan") instanceof BigDecimal plan ? plan : null;
                executed = map.get("actual") instanceof BigDecimal actual ? actual : null;
            }
            BigDecimal rate = budget == null || executed == null || budget.signum() == 0
                    ? null
                    : executed.multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP);
            rows.add(new Row(
                    result.file(),
                    project,
                    unit,
                    budget,
                    executed,
                    rate,
                    result.claimedTotal().orElse(null),
                    result.total().orElse(null),
                    result.evaluation() == null ? null : result.evaluation().grade(),
                    result.refusal()));
        }
        return Optional.of(new ProjectSummary(rows));
    }

    /** The fact a rubric's 预算执行率 row reads its funds from, or {@code null} without such a row. */
    private static String fundsFact(CompiledRubric rubric) {
        for (CompiledRubric.Entry entry : rubric.entries()) {
            if (entry.row().type().equals(EXECUTION_RATE)) {
                // the row's plan-and-actual slot, whatever the family calls it: 全年预算数 and 全年执行数
                for (org.jixiao.spi.FactSlot slot : entry.type().type().facts()) {
                    if (slot.kind() == org.jixiao.spi.FactKind.PLAN_ACTUAL) {
                        return entry.facts().get(slot.slot());
                    }
                }
            }
        }
        return null;
    }
}
