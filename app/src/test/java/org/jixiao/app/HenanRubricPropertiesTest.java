package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jixiao.engine.Engine;
import org.jixiao.engine.json.EvaluationJson;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.engine.submission.Submission;
import org.jixiao.spi.PlanActual;
import org.jixiao.spi.Subject;

/** Properties of the built-in Henan 2020 rubric over generated submissions. */
class HenanRubricPropertiesTest {

    private static final CompiledRubric RUBRIC = Engine.builder()
            .discover(HenanRubricPropertiesTest.class.getClassLoader())
            .build()
            .loadRubric(Path.of("../rubrics/src/main/resources/META-INF/jixiao/rubrics/henan-2020-old-community.yaml"));

    private static final List<String> PAIRS =
            List.of("households", "area", "buildings", "communities", "elderlyCareArea");
    private static final List<String> PROBLEM_COUNTS =
            List.of("violations", "undisclosedItems", "reportDaysLate", "qualityIssues", "unhandledPetitions");
    private static final List<String> GOOD_FLAGS = List.of(
            "localSubsidyArranged",
            "fundRulesSound",
            "allocatedOnTime",
            "allocationTargeted",
            "monitoringInPlace",
            "targetsSetAndEvaluated",
            "reportComplete");
    private static final List<String> PERCENTS = List.of("socialFundingRatio", "satisfactionRate");

    @Provide
    Arbitrary<Map<String, Object>> facts() {
        Arbitrary<PlanActual> pair = Combinators.combine(
                        Arbitraries.bigDecimals()
                                .between(new BigDecimal("0.01"), new BigDecimal("500000"))
                                .ofScale(2),
                        Arbitraries.bigDecimals()
                                .between(BigDecimal.ZERO, new BigDecimal("1.5"))
                                .ofScale(4))
                .as((plan, factor) -> new PlanActual(plan, plan.multiply(factor)));
        Arbitrary<BigDecimal> percent = Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("100"))
                .ofScale(1);
        Arbitrary<Long> count = Arbitraries.longs().between(0, 30);
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        return Combinators.combine(
                        pair.list().ofSize(PAIRS.size()),
                        count.list().ofSize(PROBLEM_COUNTS.size()),
                        flag.list().ofSize(GOOD_FLAGS.size() + 1),
                        percent.list().ofSize(PERCENTS.size()))
                .as((pairs, counts, flags, percents) -> {
                    Map<String, Object> facts = new LinkedHashMap<>();
                    for (int i = 0; i < PAIRS.size(); i++) {
                        facts.put(PAIRS.get(i), pairs.get(i));
                    }
                    for (int i = 0; i < PROBLEM_COUNTS.size(); i++) {
                        facts.put(PROBLEM_COUNTS.get(i), counts.get(i));
                    }
                    for (int i = 0; i < GOOD_FLAGS.size(); i++) {
                        facts.put(GOOD_FLAGS.get(i), flags.get(i));
                    }
                    long violations = (Long) facts.get("violations");
                    facts.put("severeViolation", violations > 0 && flags.get(GOOD_FLAGS.size()));
                    for (int i = 0; i < PERCENTS.size(); i++) {
                        facts.put(PERCENTS.get(i), percents.get(i));
                    }
                    return facts;
                });
    }

    private static Evaluation evaluate(Map<String, Object> facts) {
        Submission.Builder submission =
                Submission.builder("generated").subject(new Subject("某县", "county", 2020, null));
        facts.forEach(submission::fact);
        return RUBRIC.evaluate(submission.build());
    }

    @Property(tries = 300)
    void every_score_lies_within_its_weight_and_the_sums_add_up(@ForAll("facts") Map<String, Object> facts) {
        Evaluation evaluation = evaluate(facts);

        BigDecimal total = BigDecimal.ZERO;
        for (Evaluation.GroupResult group : evaluation.groups()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Evaluation.IndicatorResult indicator : group.indicators()) {
                assertThat(indicator.score()).isBetween(BigDecimal.ZERO, indicator.weight());
                BigDecimal lost =
                        indicator.deductions().stream().map(d -> d.points()).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(indicator.score().add(lost))
                        .as(indicator.id() + " score + deductions")
                        .isEqualByComparingTo(indicator.weight());
                assertThat(indicator.reason()).isNotBlank().endsWith("。");
                sum = sum.add(indicator.score());
            }
            assertThat(group.score()).isEqualByComparingTo(sum);
            total = total.add(sum);
        }
        assertThat(evaluation.total()).isEqualByComparingTo(total).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
        assertThat(evaluation.grade().admits(evaluation.total())).isTrue();
    }

    /** Scores for a batch without reasons are the very scores of a full evaluation, deduction by deduction. */
    @Property(tries = 300)
    void scoring_without_reasons_gives_the_same_points(@ForAll("facts") Map<String, Object> facts) {
        Submission submission = new Submission(
                "generated",
                new Subject("某县", "county", 2020, null),
                null,
                facts,
                Map.of("total", BigDecimal.TEN),
                org.jixiao.engine.read.Locator.NONE);
        Evaluation full = RUBRIC.evaluate(submission);
        Evaluation scores = RUBRIC.evaluateScores(submission);

        assertThat(scores.total()).isEqualTo(full.total());
        assertThat(scores.grade()).isEqualTo(full.grade());
        assertThat(scores.discrepancies()).isEqualTo(full.discrepancies());
        for (Evaluation.GroupResult group : full.groups()) {
            assertThat(scores.group(group.id()).orElseThrow().score()).isEqualTo(group.score());
            for (Evaluation.IndicatorResult indicator : group.indicators()) {
                Evaluation.IndicatorResult quiet =
                        scores.indicator(indicator.id()).orElseThrow();
                assertThat(quiet.score()).as(indicator.id()).isEqualTo(indicator.score());
                assertThat(quiet.deductions().stream().map(d -> d.points()).toList())
                        .as(indicator.id() + " deductions")
                        .isEqualTo(indicator.deductions().stream()
                                .map(d -> d.points())
                                .toList());
                assertThat(quiet.reason()).isEmpty();
            }
        }
    }

    @Property(tries = 200)
    void more_actual_quantity_never_lowers_a_score(
            @ForAll("facts") Map<String, Object> facts,
            @ForAll @IntRange(min = 0, max = 4) int which,
            @ForAll @IntRange(min = 1, max = 5000) int more) {
        Map<String, Object> better = new LinkedHashMap<>(facts);
        PlanActual pair = (PlanActual) facts.get(PAIRS.get(which));
        better.put(PAIRS.get(which), new PlanActual(pair.plan(), pair.actual().add(BigDecimal.valueOf(more, 2))));

        assertNoScoreFalls(evaluate(facts), evaluate(better));
    }

    @Property(tries = 200)
    void fewer_problems_never_lower_a_score(
            @ForAll("facts") Map<String, Object> facts, @ForAll @IntRange(min = 0, max = 4) int which) {
        String fact = PROBLEM_COUNTS.get(which);
        long count = (Long) facts.get(fact);
        long floor = fact.equals("violations") && Boolean.TRUE.equals(facts.get("severeViolation")) ? 1 : 0;
        Map<String, Object> better = new LinkedHashMap<>(facts);
        better.put(fact, Math.max(floor, count - 1));

        assertNoScoreFalls(evaluate(facts), evaluate(better));
    }

    @Property(tries = 200)
    void better_flags_and_higher_ratios_never_lower_a_score(
            @ForAll("facts") Map<String, Object> facts,
            @ForAll @IntRange(min = 0, max = 6) int flag,
            @ForAll @IntRange(min = 0, max = 1) int ratio,
            @ForAll @IntRange(min = 0, max = 300) int tenths) {
        Map<String, Object> better = new LinkedHashMap<>(facts);
        better.put(GOOD_FLAGS.get(flag), true);
        better.put("severeViolation", false);
        BigDecimal raised = ((BigDecimal) facts.get(PERCENTS.get(ratio))).add(BigDecimal.valueOf(tenths, 1));
        better.put(PERCENTS.get(ratio), raised.min(new BigDecimal("100")));

        assertNoScoreFalls(evaluate(facts), evaluate(better));
    }

    @Property(tries = 50)
    void evaluation_is_deterministic_on_one_thread_or_many(@ForAll("facts") Map<String, Object> facts)
            throws Exception {
        String once = EvaluationJson.write(evaluate(facts));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> EvaluationJson.write(evaluate(facts))));
            }
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(once);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The example 2021 rubric: bonus items, a not-applicable row and bands with exclusive boundaries. */
    private static final CompiledRubric EXAMPLE_2021 = com.google.inject.Guice.createInjector(
                    new org.jixiao.app.wiring.JixiaoModule())
            .getInstance(org.jixiao.app.rubrics.RubricRepository.class)
            .load(Path.of("..", "examples", "rubrics", "example-province-2021.yaml"));

    @Property(tries = 300)
    void the_total_follows_the_declared_rule_with_bonus_and_reweighting(
            @ForAll("facts") Map<String, Object> facts,
            @ForAll boolean noElderlyPlan,
            @ForAll @IntRange(min = 0, max = 60) int planned,
            @ForAll @IntRange(min = 0, max = 80) int installed) {
        Map<String, Object> all = new LinkedHashMap<>(facts);
        if (noElderlyPlan) {
            all.put("elderlyCareArea", Map.of("plan", BigDecimal.ZERO, "actual", BigDecimal.ZERO));
        }
        all.put("elevatorsPlanned", (long) planned);
        all.put("elevatorsInstalled", (long) installed);
        Submission.Builder submission = Submission.builder("generated");
        all.forEach(submission::fact);

        Evaluation evaluation = EXAMPLE_2021.evaluate(submission.build());

        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal applicableWeight = BigDecimal.ZERO;
        for (Evaluation.GroupResult group : evaluation.groups()) {
            for (Evaluation.IndicatorResult indicator : group.indicators()) {
                if (indicator.applicable()) {
                    assertThat(indicator.score()).isBetween(BigDecimal.ZERO, indicator.weight());
                    sum = sum.add(indicator.score());
                    applicableWeight = applicableWeight.add(indicator.weight());
                }
            }
        }
        assertThat(evaluation.notApplicable()).isEqualTo(noElderlyPlan ? List.of("output.elderlyCare") : List.of());
        BigDecimal hundred = new BigDecimal("100");
        BigDecimal rescaled = applicableWeight.compareTo(hundred) == 0
                ? sum
                : sum.multiply(hundred).divide(applicableWeight, 2, java.math.RoundingMode.HALF_UP);
        BigDecimal bonus = evaluation.bonus().indicators().get(0).score().min(new BigDecimal("3"));
        assertThat(evaluation.bonus().score()).isEqualByComparingTo(bonus);
        assertThat(evaluation.total()).isEqualByComparingTo(rescaled.add(bonus).min(hundred));
        boolean vetoed = Boolean.TRUE.equals(all.get("severeViolation"));
        assertThat(evaluation.vetoes()).hasSize(vetoed ? 1 : 0);
        if (vetoed) {
            assertThat(evaluation.grade().grade()).isEqualTo("差");
        } else {
            assertThat(evaluation.grade().admits(evaluation.total())).isTrue();
        }
    }

    private static void assertNoScoreFalls(Evaluation before, Evaluation after) {
        for (Evaluation.GroupResult group : before.groups()) {
            for (Evaluation.IndicatorResult indicator : group.indicators()) {
                assertThat(after.indicator(indicator.id()).orElseThrow().score())
                        .as(indicator.id())
                        .isGreaterThanOrEqualTo(indicator.score());
            }
        }
        assertThat(after.total()).isGreaterThanOrEqualTo(before.total());
    }
}
