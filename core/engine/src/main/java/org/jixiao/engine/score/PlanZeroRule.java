package org.jixiao.engine.score;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jixiao.engine.read.Problems;
import org.jixiao.engine.rubric.Rubric;

/**
 * The one rule for a plan of zero (不适用): a row that declares {@code notApplicableWhen: plan-zero} does not
 * apply to a subject whose plan for a fact it reads is zero (its weight then leaves the total, which is
 * re-weighted); for every other row a zero plan is bad input. The compiler asks {@link #allows}, fact
 * conversion makes a {@link ZeroPlan}, evaluation asks {@link #decide}, and roll-up sums through
 * {@link #plan} and {@link #actual}.
 */
final class PlanZeroRule {

    /** The reason a row that does not apply gives. */
    static final String REASON = "不适用：年度计划为0。";

    private PlanZeroRule() {}

    /** A plan of zero, accepted only for facts a not-applicable-when-plan-is-zero row reads. */
    record ZeroPlan(BigDecimal actual) {}

    /** Whether a row lets its facts hold a plan of zero. */
    static boolean allows(Rubric.Row row) {
        return row.notApplicableWhenPlanIsZero();
    }

    /**
     * The rows a plan of zero makes not applicable, decided before scoring ({@code null} for the others, and
     * {@code null} instead of the array when no fact has a plan of zero); a zero plan read by a row that does not
     * allow it goes to {@code problems}.
     */
    static RowScoring.Outcome[] decide(
            List<CompiledRubric.Row> rows, Map<String, Integer> factIndex, Object[] values, Problems problems) {
        boolean anyZero = false;
        for (Object value : values) {
            anyZero |= value instanceof ZeroPlan;
        }
        if (!anyZero) {
            return null;
        }
        RowScoring.Outcome[] decided = new RowScoring.Outcome[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            CompiledRubric.Row row = rows.get(i);
            for (Map.Entry<String, String> binding : row.bindings().entrySet()) {
                Integer index = factIndex.get(binding.getValue());
                if (index == null || !(values[index] instanceof ZeroPlan)) {
                    continue;
                }
                if (allows(row.row())) {
                    decided[i] = new RowScoring.NotApplicable(REASON);
                } else {
                    problems.at(
                            "facts." + binding.getValue() + ".plan",
                            "expected a plan greater than 0, got 0;" + " indicator "
                                    + row.row().id() + " does not treat a zero plan as not applicable");
                }
            }
        }
        return decided;
    }

    /** The plan of a checked pair value: a {@link org.jixiao.spi.PlanActual} or a zero plan. */
    static BigDecimal plan(Object pair) {
        return pair instanceof org.jixiao.spi.PlanActual p ? p.plan() : BigDecimal.ZERO;
    }

    /** The actual quantity of a checked pair value. */
    static BigDecimal actual(Object pair) {
        return pair instanceof org.jixiao.spi.PlanActual p ? p.actual() : ((ZeroPlan) pair).actual();
    }
}
