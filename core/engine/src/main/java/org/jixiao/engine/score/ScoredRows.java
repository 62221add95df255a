package org.jixiao.engine.score;

import static org.jixiao.engine.score.CompiledRubric.normalized;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.engine.rubric.Rubric;
import org.jixiao.spi.Deduction;

/**
 * One evaluation's row results kept in arrays, in the compiled rubric's row order (the groups' rows, then bonus, then
 * penalty), and its group scores. The per-row {@link Evaluation.IndicatorResult} and per-group {@link
 * Evaluation.GroupResult} records are built from them only when asked for: a batch that writes scores reads the
 * arrays and never builds them. Filled by one evaluator, then read-only.
 */
final class ScoredRows {

    private final List<CompiledRubric.Group> groups;
    private final List<CompiledRubric.Row> rows;
    final BigDecimal[] scores;
    final String[] reasons;
    final List<Deduction>[] deductions;
    final boolean[] applicable;
    final BigDecimal[] groupScores;
    /** The records, built on first use; racing threads build equal lists of immutable records. */
    private volatile List<Evaluation.GroupResult> built;

    @SuppressWarnings({"unchecked", "rawtypes"})
    ScoredRows(List<CompiledRubric.Group> groups, List<CompiledRubric.Row> rows) {
        this.groups = groups;
        this.rows = rows;
        int n = rows.size();
        scores = new BigDecimal[n];
        reasons = new String[n];
        deductions = new List[n];
        applicable = new boolean[n];
        groupScores = new BigDecimal[groups.size()];
    }

    /** Records row {@code k}'s result. */
    void set(int k, BigDecimal score, String reason, List<Deduction> rowDeductions, boolean rowApplicable) {
        scores[k] = score;
        reasons[k] = reason;
        deductions[k] = rowDeductions;
        applicable[k] = rowApplicable;
    }

    int size() {
        return scores.length;
    }

    String id(int k) {
        return rows.get(k).row().id();
    }

    /** Row {@code k}'s result as a record. */
    Evaluation.IndicatorResult result(int k) {
        Rubric.Row r = rows.get(k).row();
        return new Evaluation.IndicatorResult(
                r.id(),
                r.name(),
                r.type(),
                r.weight(),
                r.criteria(),
                scores[k],
                reasons[k],
                deductions[k],
                applicable[k]);
    }

    /** The groups' results, each with its rows and sub-groups, built when first asked for. */
    List<Evaluation.GroupResult> groups() {
        List<Evaluation.GroupResult> known = built;
        if (known == null) {
            known = build();
            built = known;
        }
        return known;
    }

    private List<Evaluation.GroupResult> build() {
        Evaluation.GroupResult[] built = new Evaluation.GroupResult[groups.size()];
        int k = 0;
        for (int g = 0; g < built.length; g++) {
            CompiledRubric.Group group = groups.get(g);
            Evaluation.IndicatorResult[] results =
                    new Evaluation.IndicatorResult[group.rows().size()];
            for (int i = 0; i < results.length; i++) {
                results[i] = result(k++);
            }
            List<Evaluation.IndicatorResult> own = List.of(results);
            built[g] = new Evaluation.GroupResult(
                    group.group().id(),
                    group.group().name(),
                    group.group().weight(),
                    groupScores[g],
                    own,
                    subgroups(group.group().subgroups(), own));
        }
        return List.of(built);
    }

    /** Each sub-group's result: the sum of its applicable indicators, or null if one failed. */
    private static List<Evaluation.GroupResult> subgroups(
            List<Rubric.Group> subgroups, List<Evaluation.IndicatorResult> results) {
        if (subgroups.isEmpty()) {
            return List.of();
        }
        Map<String, Evaluation.IndicatorResult> byId = new LinkedHashMap<>();
        results.forEach(result -> byId.put(result.id(), result));
        List<Evaluation.GroupResult> subgroupResults = new ArrayList<>();
        for (Rubric.Group subgroup : subgroups) {
            List<Evaluation.IndicatorResult> own = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            boolean failed = false;
            for (Rubric.Row row : subgroup.indicators()) {
                Evaluation.IndicatorResult result = byId.get(row.id());
                own.add(result);
                if (result.applicable() && result.score() == null) {
                    failed = true;
                } else if (result.applicable()) {
                    sum = sum.add(result.score());
                }
            }
            subgroupResults.add(new Evaluation.GroupResult(
                    subgroup.id(),
                    subgroup.name(),
                    subgroup.weight(),
                    failed ? null : normalized(sum),
                    own,
                    subgroups(subgroup.subgroups(), own)));
        }
        return subgroupResults;
    }
}
