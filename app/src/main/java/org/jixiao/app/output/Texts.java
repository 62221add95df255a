package org.jixiao.app.output;

import java.math.BigDecimal;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.spi.Subject;
import org.jixiao.spi.scoring.Numbers;

/** Phrases the text writers share. */
public final class Texts {

    private Texts() {}

    static String number(BigDecimal value) {
        return value == null ? "—" : Numbers.plain(value);
    }

    /** An indicator's score, or 不适用 when it does not apply. */
    static String score(Evaluation.IndicatorResult indicator) {
        return indicator.applicable() ? number(indicator.score()) : "不适用";
    }

    static String heading(Evaluation evaluation) {
        Subject subject = evaluation.subject();
        return regionAndYear(subject) + (subject.program() != null ? subject.program() : "") + "绩效评价结果";
    }

    /** 驻马店市2020年, or as much of it as the subject says. */
    static String regionAndYear(Subject subject) {
        return (subject.region() != null ? subject.region() : "")
                + (subject.year() != null ? subject.year() + "年" : "");
    }

    static String rubricLine(Evaluation evaluation) {
        Evaluation.RubricRef rubric = evaluation.rubric();
        return "评分表：" + rubric.id() + " " + rubric.version()
                + (rubric.title().isEmpty() ? "" : "《" + rubric.title() + "》")
                + "（sha256 " + rubric.sha256().substring(0, 12) + "）";
    }

    static String gradeText(Evaluation evaluation) {
        if (evaluation.failed()) {
            return "评分未完成：" + evaluation.failures().size() + "个指标出错，不计总分和等级";
        }
        String label = evaluation.grade().label().equals(evaluation.grade().grade())
                ? ""
                : "（" + evaluation.grade().label() + "）";
        StringBuilder text =
                new StringBuilder("总分").append(number(evaluation.total())).append("分");
        if (!evaluation.notApplicable().isEmpty()) {
            text.append("（").append(evaluation.notApplicable().size()).append("项指标不适用，按适用指标的分值折算）");
        }
        evaluation.cap().ifPresent(cap -> text.append("（")
                .append(cap.reason())
                .append("，总分最高")
                .append(number(cap.atMost()))
                .append("分，由")
                .append(number(cap.before()))
                .append("分扣减")
                .append(number(cap.cut()))
                .append("分）"));
        for (Evaluation.VetoResult veto : evaluation.vetoes()) {
            text.append("；一票否决（").append(veto.name()).append("）：").append(veto.reason());
        }
        return text.append("，等级：")
                .append(evaluation.grade().grade())
                .append(label)
                .toString();
    }

    /** The bonus then the penalty items, for writers that list them after the groups. */
    static java.util.List<Evaluation.ExtraResult> extras(Evaluation evaluation) {
        java.util.List<Evaluation.ExtraResult> extras = new java.util.ArrayList<>();
        if (evaluation.bonus() != null) {
            extras.add(evaluation.bonus());
        }
        if (evaluation.penalty() != null) {
            extras.add(evaluation.penalty());
        }
        return extras;
    }

    static String discrepancy(Evaluation.Discrepancy d) {
        return d.id() + " " + d.name() + "：自评" + number(d.claimed()) + "分，核定" + number(d.computed()) + "分（"
                + (d.difference().signum() > 0 ? "多报" : "少报")
                + number(d.difference().abs()) + "分）";
    }

    static String failure(Evaluation.Failure f) {
        return f.indicatorId() + "：指标类型 " + f.typeId() + "（" + f.typeSource() + "）出错：" + f.message();
    }

    /** Whether any group of the result has sub-groups: a table of three or more levels. */
    static boolean leveled(Evaluation evaluation) {
        return evaluation.groups().stream().anyMatch(group -> !group.subgroups().isEmpty());
    }

    /** The middle levels' names as one cell: 数量指标, or 产出指标／数量指标 for a deeper table. */
    public static String levelName(java.util.List<String> names) {
        return String.join("／", names);
    }

    /** Whether a rubric has sub-groups: a table of three or more levels. */
    public static boolean leveled(org.jixiao.engine.rubric.Rubric rubric) {
        return rubric.levels() > 2;
    }
}
