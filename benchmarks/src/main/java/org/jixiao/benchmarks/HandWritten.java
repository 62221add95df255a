package org.jixiao.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.jixiao.spi.PlanActual;

/**
 * The Henan 2020 table scored by hand-written Java, scores only, no reasons, no checks: the yardstick issue #13
 * measures the engine against (its rate in the same run, not a figure from elsewhere). {@code ScoringBenchmark}
 * checks on every generated submission that it gives jixiao's total.
 */
final class HandWritten {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal TWENTY = BigDecimal.valueOf(20);
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);
    private static final BigDecimal EIGHTY = BigDecimal.valueOf(80);

    private HandWritten() {}

    /** The total out of 100. */
    static BigDecimal total(Map<String, Object> facts) {
        BigDecimal total = BigDecimal.ZERO;
        // 资金筹集 (10): subsidy 5; social funding 5, less 1 per 4 points below 20%, in proportion
        total = total.add(flag(facts, "localSubsidyArranged") ? FIVE : BigDecimal.ZERO);
        BigDecimal ratio = number(facts, "socialFundingRatio");
        BigDecimal raising = FIVE;
        if (ratio.compareTo(TWENTY) < 0) {
            raising = FIVE.subtract(TWENTY.subtract(ratio).divide(FOUR).min(FIVE));
        }
        total = total.add(raising);
        // 资金分配 (5): 2 + 2 + 1
        total = total.add(points(flag(facts, "fundRulesSound"), 2))
                .add(points(flag(facts, "allocatedOnTime"), 2))
                .add(points(flag(facts, "allocationTargeted"), 1));
        // 资金使用管理 (10): 2 + 3, then 5 less 0.5 a violation, all 5 for a severe one
        total = total.add(points(flag(facts, "monitoringInPlace"), 2))
                .add(points(flag(facts, "targetsSetAndEvaluated"), 3));
        long violations = count(facts, "violations");
        total = total.add(
                flag(facts, "severeViolation")
                        ? BigDecimal.ZERO
                        : FIVE.subtract(
                                HALF.multiply(BigDecimal.valueOf(violations)).min(FIVE)));
        // 政策公开 (5), 评价报告 (5)
        total = total.add(FIVE.subtract(HALF.multiply(BigDecimal.valueOf(count(facts, "undisclosedItems")))
                .min(FIVE)));
        long late = count(facts, "reportDaysLate") + (flag(facts, "reportComplete") ? 0 : 1);
        total = total.add(FIVE.subtract(BigDecimal.valueOf(Math.min(5, late))));
        // 产出效益: completion rates, 1 point per whole percentage point below plan
        total = total.add(completion(facts, "households", 15))
                .add(completion(facts, "area", 15))
                .add(completion(facts, "buildings", 5))
                .add(completion(facts, "communities", 5))
                .add(completion(facts, "elderlyCareArea", 10));
        total = total.add(BigDecimal.valueOf(10 - Math.min(10, count(facts, "qualityIssues"))));
        // 满意度 (5): 1 per whole point below 80%, 1 per petition
        BigDecimal rate = number(facts, "satisfactionRate");
        long below = rate.compareTo(EIGHTY) >= 0
                ? 0
                : EIGHTY.subtract(rate).setScale(0, RoundingMode.FLOOR).longValue();
        total = total.add(BigDecimal.valueOf(5 - Math.min(5, below + count(facts, "unhandledPetitions"))));
        return total;
    }

    private static BigDecimal completion(Map<String, Object> facts, String name, int weight) {
        Object value = facts.get(name);
        BigDecimal plan;
        BigDecimal actual;
        if (value instanceof PlanActual pair) {
            plan = pair.plan();
            actual = pair.actual();
        } else {
            Map<?, ?> pair = (Map<?, ?>) value;
            plan = decimal(pair.get("plan"));
            actual = decimal(pair.get("actual"));
        }
        if (actual.compareTo(plan) >= 0) {
            return BigDecimal.valueOf(weight);
        }
        long steps = plan.subtract(actual)
                .multiply(HUNDRED)
                .divide(plan, 0, RoundingMode.FLOOR)
                .longValue();
        return BigDecimal.valueOf(weight - Math.min(weight, steps));
    }

    private static BigDecimal points(boolean met, int points) {
        return met ? BigDecimal.valueOf(points) : BigDecimal.ZERO;
    }

    private static boolean flag(Map<String, Object> facts, String name) {
        return (Boolean) facts.get(name);
    }

    private static long count(Map<String, Object> facts, String name) {
        return decimal(facts.get(name)).longValueExact();
    }

    private static BigDecimal number(Map<String, Object> facts, String name) {
        return decimal(facts.get(name));
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal number ? number : new BigDecimal(value.toString());
    }
}
