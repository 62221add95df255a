package org.jixiao.nationalform;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.spi.Api;

/**
 * One project's self-evaluation form (项目支出绩效自评表) as a budget unit fills it in: the project, its department
 * and unit, its funds, its 年度总体目标, its 绩效指标 in three levels and the total it claims. Values are as written
 * (a 实际完成值 stays text such as {@code 80公里}); the scoring is the rubric's.
 *
 * @param source where it was read from, for messages; never {@code null}
 * @param year the 年度, or {@code null} where the form does not say
 * @param project 项目名称; never {@code null}
 * @param department 主管部门; never {@code null}
 * @param unit 实施单位; never {@code null}
 * @param funds 年度资金总额 first, then its parts (本年财政拨款, 上年结转资金, 其他资金); never {@code null}
 * @param expectedGoal 年度总体目标：预期目标; never {@code null}
 * @param achievedGoal 年度总体目标：实际完成情况; never {@code null}
 * @param rows the 三级指标 in table order; never {@code null}
 * @param claimedTotal the 总分 the unit wrote, or {@code null}
 * @param cells where each value was read, by a key such as {@code project}, {@code funds.budget} or {@code
 *     rows[2].actual}, as {@code 自评表!F15}; empty for a form made in code; never {@code null}
 * @since 0.5
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.5")
public record ProjectForm(
        String source,
        Integer year,
        String project,
        String department,
        String unit,
        List<Funds> funds,
        String expectedGoal,
        String achievedGoal,
        List<Row> rows,
        BigDecimal claimedTotal,
        Map<String, String> cells) {

    /** The usual names of the funds lines, 年度资金总额 first. */
    public static final List<String> FUNDS_LINES = List.of("年度资金总额", "其中：本年财政拨款", "上年结转资金", "其他资金");

    /** Checks the components and copies the lists. */
    public ProjectForm {
        requireNonNull(source, "source is null");
        requireNonNull(project, "project is null");
        requireNonNull(department, "department is null");
        requireNonNull(unit, "unit is null");
        funds = List.copyOf(requireNonNull(funds, "funds is null"));
        requireNonNull(expectedGoal, "expectedGoal is null");
        requireNonNull(achievedGoal, "achievedGoal is null");
        rows = List.copyOf(requireNonNull(rows, "rows is null"));
        cells = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(cells, "cells is null")));
    }

    /** 年度资金总额, the line the execution rate is worked from; {@code null} if the form has none. */
    public Funds total() {
        return funds.isEmpty() ? null : funds.get(0);
    }

    /**
     * One line of 项目资金（万元）.
     *
     * @param name the line's name, such as 年度资金总额
     * @param initial 年初预算数, or {@code null}
     * @param budget 全年预算数, or {@code null}
     * @param executed 全年执行数, or {@code null}
     * @param claimedScore the 得分 the unit wrote on the line (年度资金总额 only), or {@code null}
     * @param weight the line's 分值 (年度资金总额 only: the execution rate's weight), or {@code null}
     */
    public record Funds(
            String name,
            BigDecimal initial,
            BigDecimal budget,
            BigDecimal executed,
            BigDecimal claimedScore,
            BigDecimal weight) {
        /** Checks the name. */
        public Funds {
            requireNonNull(name, "name is null");
        }
    }

    /**
     * One 三级指标 of 绩效指标.
     *
     * @param level1 一级指标, such as 产出指标
     * @param level2 二级指标, such as 数量指标
     * @param name 三级指标, the project's own
     * @param target 年度指标值 as written, such as {@code ≥12处} or {@code 按时完成}
     * @param weight 分值
     * @param actual 实际完成值 as written, or {@code ""}
     * @param score 得分 as written: the score claimed for a quantitative target, the evaluator's for a qualitative
     *     one; {@code null} if empty
     * @param note 偏差原因分析及改进措施 (for a qualitative target, the reason of its score), or {@code ""}
     */
    public record Row(
            String level1,
            String level2,
            String name,
            String target,
            BigDecimal weight,
            String actual,
            BigDecimal score,
            String note) {
        /** Checks the components. */
        public Row {
            requireNonNull(level1, "level1 is null");
            requireNonNull(level2, "level2 is null");
            requireNonNull(name, "name is null");
            requireNonNull(target, "target is null");
            requireNonNull(weight, "weight is null");
            requireNonNull(actual, "actual is null");
            requireNonNull(note, "note is null");
        }

        /**
         * Whether the 年度指标值 is words (按时完成, 2021年11月底前完工), scored by the evaluator, rather than a figure. A
         * target that cannot be read counts as a figure, so that the target type refuses it with what was expected.
         *
         * @return whether it is qualitative
         */
        public boolean qualitative() {
            try {
                return org.jixiao.indicators.targets.TargetText.parse(target).qualitative();
            } catch (org.jixiao.indicators.targets.TargetTextException unreadable) {
                return false;
            }
        }
    }

    /**
     * What scoring the form gave, for writing it back filled in: the execution rate and its score, each row's score
     * and reason, the total and its grade.
     *
     * @param rate 执行率 in percent, or {@code null}
     * @param fundsScore the execution rate's score, or {@code null}
     * @param fundsReason its reason
     * @param rows each row's score and reason, in the form's order
     * @param total 总分
     * @param grade the grade as the rubric labels it
     * @param totalNote what the total says beyond its figure (a cap that applied), or {@code ""}
     */
    public record Scores(
            BigDecimal rate,
            BigDecimal fundsScore,
            String fundsReason,
            List<Scored> rows,
            BigDecimal total,
            String grade,
            String totalNote) {
        /** Copies the list. */
        public Scores {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One row's score and its reason (评分理由).
     *
     * @param score the score recomputed
     * @param reason why
     */
    public record Scored(BigDecimal score, String reason) {}
}
