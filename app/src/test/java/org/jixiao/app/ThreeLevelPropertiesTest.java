package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.engine.submission.Submission;

/** Whatever the facts, every level of a three-level table is the exact sum of the level below it. */
class ThreeLevelPropertiesTest {

    private static final CompiledRubric THREE_LEVELS = com.google.inject.Guice.createInjector(
                    new org.jixiao.app.wiring.JixiaoModule())
            .getInstance(org.jixiao.app.rubrics.RubricRepository.class)
            .load(Path.of("..", "examples", "rubrics", "example-three-level.yaml"));

    @Property(tries = 300)
    void each_level_sums_the_one_below(
            @ForAll @IntRange(min = 0, max = 100) int arrival,
            @ForAll @IntRange(min = 0, max = 1000) int executionTenths,
            @ForAll @IntRange(min = 0, max = 8) int violations,
            @ForAll @IntRange(min = 0, max = 12) int procurement,
            @ForAll @IntRange(min = 1, max = 6000) int householdsPlan,
            @ForAll @IntRange(min = 0, max = 6000) int households,
            @ForAll @IntRange(min = 0, max = 12) int qualityIssues,
            @ForAll @IntRange(min = 0, max = 7) int monthsLate,
            @ForAll @IntRange(min = 0, max = 100) int livingTenths,
            @ForAll @IntRange(min = 0, max = 100) int satisfaction,
            @ForAll boolean approvedEarly,
            @ForAll @IntRange(min = 0, max = 20) int approvalJudgedTenths,
            @ForAll @IntRange(min = 0, max = 20) int managementJudgedTenths) {
        Submission.Builder builder = Submission.builder("generated");
        // the evaluator's judgements: 前期审批 where it was not done early, 组织实施 as a whole
        if (!approvedEarly && approvalJudgedTenths > 0) {
            builder.judgement(
                    "output.timeliness.preparation/前期审批", BigDecimal.valueOf(approvalJudgedTenths, 1), "前期审批推迟");
        }
        if (managementJudgedTenths > 0) {
            builder.judgement("process.management", BigDecimal.valueOf(managementJudgedTenths, 1), "档案不完整");
        }
        Submission submission = builder.fact("fundsArrivalRate", BigDecimal.valueOf(arrival))
                .fact("budgetExecutionRate", BigDecimal.valueOf(executionTenths, 1))
                .fact("violations", (long) violations)
                .fact("procurementLapses", (long) procurement)
                .fact(
                        "households",
                        Map.of("plan", BigDecimal.valueOf(householdsPlan), "actual", BigDecimal.valueOf(households)))
                .fact("area", Map.of("plan", new BigDecimal("52.3"), "actual", new BigDecimal("50")))
                .fact("qualityIssues", (long) qualityIssues)
                .fact("monthsLate", (long) monthsLate)
                .fact("approvedEarly", approvedEarly)
                .fact("financingSecured", true)
                .fact("livingScore", BigDecimal.valueOf(livingTenths, 1))
                .fact("livingReason", "评价人评定")
                .fact("satisfactionRate", BigDecimal.valueOf(satisfaction))
                .build();

        Evaluation evaluation = THREE_LEVELS.evaluate(submission);

        BigDecimal total = BigDecimal.ZERO;
        for (Evaluation.GroupResult group : evaluation.groups()) {
            assertThat(group.subgroups()).isNotEmpty();
            assertThat(sum(group.subgroups().stream()
                            .map(Evaluation.GroupResult::score)
                            .toList()))
                    .isEqualByComparingTo(group.score());
            for (Evaluation.GroupResult subgroup : group.subgroups()) {
                assertThat(sum(subgroup.indicators().stream()
                                .map(Evaluation.IndicatorResult::score)
                                .toList()))
                        .isEqualByComparingTo(subgroup.score());
                assertThat(subgroup.score()).isBetween(BigDecimal.ZERO, subgroup.weight());
            }
            total = total.add(group.score());
        }
        // the groups add up to the exact total; the table states it to one decimal, half up (总分保留一位小数)
        assertThat(evaluation.exactTotal()).isEqualByComparingTo(total);
        assertThat(evaluation.total()).isEqualByComparingTo(total.setScale(1, java.math.RoundingMode.HALF_UP));
    }

    private static BigDecimal sum(List<BigDecimal> scores) {
        return scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
