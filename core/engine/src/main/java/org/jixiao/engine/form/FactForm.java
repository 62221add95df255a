package org.jixiao.engine.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.engine.rubric.RequiredFact;
import org.jixiao.engine.rubric.Rubric;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.spi.Api;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.RollupRule;

/**
 * The form of a compiled rubric: the facts a unit fills in, in the rubric's order and then the roll-up weights, the
 * rows whose scores it claims (自评得分), then the total, and the rows on which an evaluator may take points off. The Excel workbook and the web page are both made from
 * it, so that they ask the same things in the same words.
 *
 * @since 0.4
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.4")
public final class FactForm {

    /** Who fills a fact in a city's or province's own form. */
    public enum Role {
        /** Every level gives its own figure (a city's own satisfaction survey). */
        OWN,
        /** A county gives it; an upper level's figure is combined from its counties'. */
        FROM_COUNTIES,
        /** A roll-up weight: each county must give it, since the upper level's means are weighted by it. */
        WEIGHT
    }

    /**
     * One fact to fill in.
     *
     * @param name the fact's name in submissions, such as {@code households}
     * @param label what the form calls it: the slot's label, with the indicator when several facts share one
     * @param unit its unit, may be empty
     * @param kind what the value must be
     * @param asked what a person is asked to write, in Chinese: {@code 百分数，0至100（16.4表示16.4%）}
     * @param indicatorId the first indicator that reads it, or empty for a roll-up weight
     * @param indicatorName that indicator's name, or for a weight what it weights: {@code 汇总权重：…}
     * @param role who fills it
     * @param zeroPlanAllowed for a plan-and-actual fact, whether its plan may be 0 (the row is then not applicable)
     */
    public record Field(
            String name,
            String label,
            String unit,
            FactKind kind,
            String asked,
            String indicatorId,
            String indicatorName,
            Role role,
            boolean zeroPlanAllowed) {}

    /**
     * One row whose score a unit claims; the last is the total.
     *
     * @param groupName the first-level indicator (or bonus, penalty, {@code 合计} for the total)
     * @param id the row's id, or {@link CompiledRubric#TOTAL_ID}
     * @param name the row's name, empty for the total
     * @param weight the most it can score
     */
    public record ClaimRow(String groupName, String id, String name, BigDecimal weight) {}

    /**
     * A row on which an evaluator may take points off with a written reason (视情况扣分).
     *
     * @param groupName the first-level indicator
     * @param id the judgement's key in a submission: the row's or group's id, with the judgement's name where the
     *     rubric names it ({@link org.jixiao.engine.submission.Submission.Judgement#key})
     * @param name the row's or group's name, with the judgement's name in （） where the rubric names it
     * @param atMost the most points that may be taken off
     */
    public record JudgementRow(String groupName, String id, String name, BigDecimal atMost) {}

    private final List<Field> fields;
    private final List<ClaimRow> claims;
    private final List<JudgementRow> judgements;

    private FactForm(List<Field> fields, List<ClaimRow> claims, List<JudgementRow> judgements) {
        this.fields = List.copyOf(fields);
        this.claims = List.copyOf(claims);
        this.judgements = List.copyOf(judgements);
    }

    /**
     * The form of a rubric.
     *
     * @param rubric the compiled rubric; never {@code null}
     * @return its form
     */
    public static FactForm of(CompiledRubric rubric) {
        Map<String, RollupRule> rules = rubric.rollupRules();
        List<RequiredFact> facts = rubric.facts();
        Map<String, Integer> labels = new HashMap<>();
        facts.forEach(f -> labels.merge(f.label(), 1, Integer::sum));
        Map<String, Integer> perIndicator = new HashMap<>();
        facts.forEach(f -> perIndicator.merge(f.indicatorId(), 1, Integer::sum));
        List<Field> fields = new ArrayList<>();
        for (RequiredFact fact : facts) {
            RollupRule rule = rules.get(fact.name());
            fields.add(new Field(
                    fact.name(),
                    label(fact, labels.get(fact.label()) > 1, perIndicator.get(fact.indicatorId()) > 1),
                    rubric.unit(fact.name()),
                    fact.kind(),
                    asked(fact.kind()),
                    fact.indicatorId(),
                    fact.indicatorName(),
                    rule != null && rule.method() == RollupRule.Method.OWN ? Role.OWN : Role.FROM_COUNTIES,
                    rubric.zeroPlanAllowed(fact.name())));
        }
        for (String weight : rubric.weightFacts()) {
            RequiredFact declared = rubric.weightFact(weight);
            fields.add(new Field(
                    weight,
                    declared.label(),
                    declared.unit(),
                    FactKind.DECIMAL,
                    asked(FactKind.DECIMAL),
                    "",
                    "汇总权重：" + weighted(facts, rules, weight),
                    Role.WEIGHT,
                    false));
        }
        List<ClaimRow> claims = new ArrayList<>();
        List<JudgementRow> judgements = new ArrayList<>();
        for (Rubric.Group group : rubric.rubric().groups()) {
            for (Rubric.Row row : group.indicators()) {
                claims.add(new ClaimRow(group.name(), row.id(), row.name(), row.weight()));
            }
            judgementRows(group.name(), group, judgements);
        }
        for (Rubric.Extra extra :
                new Rubric.Extra[] {rubric.rubric().bonus(), rubric.rubric().penalty()}) {
            if (extra != null) {
                for (Rubric.Row row : extra.indicators()) {
                    claims.add(new ClaimRow(extra.name(), row.id(), row.name(), row.weight()));
                }
            }
        }
        claims.add(
                new ClaimRow("合计", CompiledRubric.TOTAL_ID, "", rubric.rubric().total()));
        return new FactForm(fields, claims, judgements);
    }

    /**
     * The facts, in the rubric's order, then the roll-up weights that no indicator reads.
     *
     * @return the fields; never {@code null}
     */
    public List<Field> fields() {
        return fields;
    }

    /**
     * The rows a unit claims a score for, in table order, the total last.
     *
     * @return the rows; never {@code null}
     */
    public List<ClaimRow> claims() {
        return claims;
    }

    /** A group's own judgements, then its sub-groups' and its rows', in table order; each named after its row. */
    private static void judgementRows(String groupName, Rubric.Group group, List<JudgementRow> into) {
        group.judgements().forEach(judgement -> into.add(judgementRow(groupName, group.id(), group.name(), judgement)));
        if (group.subgroups().isEmpty()) {
            for (Rubric.Row row : group.indicators()) {
                row.judgements()
                        .forEach(judgement -> into.add(judgementRow(groupName, row.id(), row.name(), judgement)));
            }
        } else {
            group.subgroups().forEach(subgroup -> judgementRows(groupName, subgroup, into));
        }
    }

    private static JudgementRow judgementRow(String groupName, String id, String name, Rubric.Judgement judgement) {
        return new JudgementRow(
                groupName,
                org.jixiao.engine.submission.Submission.Judgement.key(id, judgement.name()),
                judgement.name().isEmpty() ? name : name + "（" + judgement.name() + "）",
                judgement.atMost());
    }

    /**
     * The rows on which an evaluator may take points off, with a written reason, in table order.
     *
     * @return the rows; empty when the rubric allows no judgement
     */
    public List<JudgementRow> judgements() {
        return judgements;
    }

    /**
     * What a person is asked to write for a kind of fact, in the words of the Excel workbook.
     *
     * @param kind the kind; never {@code null}
     * @return such as {@code 整数，0或以上}
     */
    public static String asked(FactKind kind) {
        return switch (kind) {
            case FLAG -> "填“是”或“否”";
            case COUNT -> "整数，0或以上";
            case DECIMAL -> "数值，0或以上";
            case PERCENT -> "百分数，0至100（16.4表示16.4%）";
            case PLAN_ACTUAL -> "计划数大于0，实际数0或以上";
            case TEXT -> "文字";
        };
    }

    /**
     * A fact's label; when several facts share one (the plan-and-actual pairs of a generic type), the indicator
     * says which: 改造户数 for 改造户数计划完成率. A label that is only the fact's name (a formula row whose rubric
     * gives no label, such as {@code rate}) is not shown alone to a clerk: the indicator's name stands for it.
     */
    private static String label(RequiredFact fact, boolean shared, boolean severalInRow) {
        if (fact.label().codePoints().noneMatch(FactForm::chinese)
                && fact.indicatorName().codePoints().anyMatch(FactForm::chinese)) {
            return severalInRow ? fact.indicatorName() + "（" + fact.label() + "）" : fact.indicatorName();
        }
        if (!shared) {
            return fact.label();
        }
        String subject = fact.indicatorName().replaceFirst("(计划)?完成率$", "");
        return fact.kind() == FactKind.PLAN_ACTUAL && !subject.isEmpty() && !subject.equals(fact.indicatorName())
                ? subject
                : fact.label() + "（" + fact.indicatorName() + "）";
    }

    private static boolean chinese(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** The facts a roll-up weight weights, by their labels: 社会筹资占改造项目资金比例. */
    private static String weighted(List<RequiredFact> facts, Map<String, RollupRule> rules, String weight) {
        List<String> labels = new ArrayList<>();
        for (RequiredFact fact : facts) {
            RollupRule rule = rules.get(fact.name());
            if (rule != null && weight.equals(rule.weightFact())) {
                labels.add(fact.label());
            }
        }
        return labels.isEmpty() ? "汇总到上级时加权" : "汇总时" + String.join("、", labels) + "按此加权";
    }
}
