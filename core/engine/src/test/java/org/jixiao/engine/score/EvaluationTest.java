package org.jixiao.engine.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jixiao.engine.Engine;
import org.jixiao.engine.StubType;
import org.jixiao.engine.json.EvaluationJson;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.problem.Problem;
import org.jixiao.engine.submission.Submission;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.FactSlot;
import org.jixiao.spi.PlanActual;
import org.jixiao.spi.Score;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    /** 10 less one point per issue. */
    private static final StubType ISSUES = new StubType(
            "issues",
            List.of(FactSlot.named("issues", FactKind.COUNT, "问题", "项")),
            (config, facts) -> Score.deducting(
                    config.weight(),
                    facts.count("issues") == 0
                            ? List.of()
                            : List.of(new org.jixiao.spi.Deduction(
                                    BigDecimal.valueOf(facts.count("issues")).min(config.weight()),
                                    "问题" + facts.count("issues") + "项")),
                    "问题" + facts.count("issues") + "项。"));
    /** Full points when the plan is met, else half. */
    private static final StubType PLAN = new StubType(
            "plan",
            List.of(FactSlot.bound("quantity", FactKind.PLAN_ACTUAL, "计划", "")),
            (config, facts) -> Score.deducting(
                    config.weight(),
                    facts.planActual("quantity").met()
                            ? List.of()
                            : List.of(new org.jixiao.spi.Deduction(
                                    config.weight().divide(BigDecimal.valueOf(2)), "未完成计划")),
                    "计划。"));

    private static final StubType THROWS = new StubType("throws", List.of(), (config, facts) -> {
        throw new IllegalStateException("boom");
    });
    private static final StubType TOO_HIGH = new StubType(
            "too-high", List.of(), (config, facts) -> new Score(config.weight().add(BigDecimal.ONE), "", List.of()));
    private static final StubType NOTHING = new StubType("nothing", List.of(), (config, facts) -> null);

    private final Engine engine = Engine.builder()
            .addType(ISSUES)
            .addType(PLAN)
            .addType(THROWS)
            .addType(TOO_HIGH)
            .addType(NOTHING)
            .build();

    private static final String RUBRIC =
            """
            id: eval-test
            version: "1"
            total: 20
            grades:
              - { grade: 优, label: 优秀, min: 18 }
              - { grade: 差, min: 0 }
            groups:
              - id: a
                name: 甲组
                weight: 10
                indicators:
                  - { id: a.issues, name: 问题, weight: 10, type: issues }
              - id: b
                name: 乙组
                weight: 10
                indicators:
                  - { id: b.plan, name: 计划, weight: 10, type: plan, facts: { quantity: households } }
            """;

    private final CompiledRubric rubric = engine.loadRubric("eval.yaml", RUBRIC);

    private Submission submission(String json) {
        return engine.readSubmission("sub.json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void scores_groups_total_grade_and_discrepancies() {
        Evaluation evaluation = rubric.evaluate(
                submission(
                        """
                {"facts": {"issues": 1, "households": {"plan": 10, "actual": 9}},
                 "claimed": {"a.issues": 9, "b.plan": 10, "b": 10, "total": 20}}"""));

        assertThat(evaluation.indicator("a.issues").orElseThrow().score()).isEqualByComparingTo("9");
        assertThat(evaluation.groups())
                .extracting(Evaluation.GroupResult::score)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("9"), new BigDecimal("5"));
        assertThat(evaluation.total()).isEqualTo(new BigDecimal("14"));
        assertThat(evaluation.grade().grade()).isEqualTo("差");
        assertThat(evaluation.discrepancies())
                .extracting(Evaluation.Discrepancy::id)
                .containsExactly("b.plan", "b", "total");
        assertThat(evaluation.discrepancies().get(2).difference()).isEqualByComparingTo("6");
    }

    @Test
    void a_grade_boundary_belongs_to_the_higher_band() {
        Evaluation evaluation = rubric.evaluate(
                submission("""
                {"facts": {"issues": 2, "households": {"plan": 10, "actual": 10}}}"""));

        assertThat(evaluation.total()).isEqualByComparingTo("18");
        assertThat(evaluation.grade().label()).isEqualTo("优秀");
    }

    @Test
    void missing_and_mistyped_facts_are_all_reported_with_their_places() {
        assertThatThrownBy(
                        () -> rubric.evaluate(
                                submission(
                                        """
                {"facts": {
                  "issues": "3",
                  "other": 1
                }}""")))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).problems())
                        .extracting(Problem::format)
                        .containsExactly(
                                "sub.json:2:13: facts.issues: expected a number, got the text \"3\"; write numbers without"
                                        + " quotes, thousands separators or units",
                                "sub.json:1:11: facts: missing fact \"households\" (计划, an object {\"plan\": number > 0,"
                                        + " \"actual\": number >= 0}), read by indicator b.plan 计划"));
    }

    @Test
    void a_negative_count_is_bad_input() {
        assertThatThrownBy(() -> rubric.evaluate(submission(
                        """
                {"facts": {"issues": -1, "households": {"plan": 10, "actual": 10}}}""")))
                .isInstanceOf(InputException.class)
                .hasMessage(
                        "invalid submission: sub.json:1:22: facts.issues: expected a whole number, 0 or more, got -1");
    }

    @Test
    void an_unread_fact_is_a_warning_that_suggests_the_closest_name() {
        Evaluation evaluation = rubric.evaluate(
                submission(
                        """
                {"facts": {"issues": 0, "households": {"plan": 1, "actual": 1}, "housholds": 3}}"""));

        assertThat(evaluation.warnings())
                .containsExactly(
                        "facts.housholds: no indicator of rubric eval-test reads this fact; did you mean households?");
    }

    @Test
    void a_type_that_throws_returns_too_much_or_nothing_fails_the_evaluation_naming_the_type() {
        Engine faulty = Engine.builder()
                .addType(ISSUES)
                .addType(THROWS)
                .addType(TOO_HIGH)
                .addType(NOTHING)
                .build();
        CompiledRubric broken = faulty.loadRubric(
                "broken.yaml",
                """
                id: broken
                version: "1"
                total: 40
                grades: [{ grade: 差, min: 0 }]
                groups:
                  - id: g
                    name: 组
                    weight: 40
                    indicators:
                      - { id: g.ok, name: 好, weight: 10, type: issues }
                      - { id: g.throws, name: 抛, weight: 10, type: throws }
                      - { id: g.high, name: 高, weight: 10, type: too-high }
                      - { id: g.null, name: 空, weight: 10, type: nothing }
                """);

        Evaluation evaluation =
                broken.evaluate(Submission.builder("code").fact("issues", 0).build());

        assertThat(evaluation.failed()).isTrue();
        assertThat(evaluation.total()).isNull();
        assertThat(evaluation.grade()).isNull();
        assertThat(evaluation.groups().get(0).score()).isNull();
        assertThat(evaluation.indicator("g.ok").orElseThrow().score()).isEqualByComparingTo("10");
        assertThat(evaluation.failures())
                .extracting(Evaluation.Failure::indicatorId, Evaluation.Failure::typeId, Evaluation.Failure::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "g.throws", "throws", "threw java.lang.IllegalStateException: boom"),
                        org.assertj.core.groups.Tuple.tuple(
                                "g.high", "too-high", "returned 11 points, outside [0, 10]"),
                        org.assertj.core.groups.Tuple.tuple("g.null", "nothing", "returned no score"));
        assertThat(evaluation.failures())
                .allSatisfy(f -> assertThat(f.typeSource()).startsWith("registered in code"));
    }

    @Test
    void a_type_that_runs_past_its_budget_is_abandoned_and_named() {
        StubType slow = new StubType("slow", List.of(), (config, facts) -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Score(config.weight(), "", List.of());
        });
        Engine withBudget = Engine.builder()
                .addType(ISSUES)
                .addType(slow)
                .scoringTimeout(java.time.Duration.ofMillis(200))
                .build();
        CompiledRubric rubric = withBudget.loadRubric(
                "slow.yaml",
                """
                id: slow
                version: "1"
                total: 30
                grades: [{ grade: 差, min: 0 }]
                groups:
                  - id: g
                    name: 组
                    weight: 30
                    indicators:
                      - { id: g.first, name: 先, weight: 10, type: issues }
                      - { id: g.slow, name: 慢, weight: 10, type: slow }
                      - { id: g.after, name: 后, weight: 10, type: issues }
                """);

        long started = System.nanoTime();
        Evaluation evaluation =
                rubric.evaluate(Submission.builder("code").fact("issues", 0).build());

        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started))
                .isLessThan(java.time.Duration.ofSeconds(30));
        assertThat(evaluation.failed()).isTrue();
        assertThat(evaluation.indicator("g.first").orElseThrow().score()).isEqualByComparingTo("10");
        assertThat(evaluation.failures())
                .extracting(Evaluation.Failure::indicatorId, Evaluation.Failure::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("g.slow", "took longer than 200 ms and was abandoned"),
                        org.assertj.core.groups.Tuple.tuple(
                                "g.after", "was not scored: the evaluation ran out of time"));
    }

    @Test
    void with_a_budget_scores_are_the_same_as_without() {
        Engine withBudget = Engine.builder()
                .addType(ISSUES)
                .addType(PLAN)
                .scoringTimeout(java.time.Duration.ofSeconds(5))
                .build();
        Submission submission =
                submission("""
                {"facts": {"issues": 4, "households": {"plan": 10, "actual": 9}}}""");

        assertThat(EvaluationJson.write(
                        withBudget.loadRubric("eval.yaml", RUBRIC).evaluate(submission)))
                .isEqualTo(EvaluationJson.write(rubric.evaluate(submission)));
    }

    @Test
    void rows_visited_in_table_order_are_the_records_groups_then_bonus_then_penalty() {
        CompiledRubric withExtras = engine.loadRubric(
                "extras.yaml",
                RUBRIC
                        + """
                bonus:
                  cap: 2
                  indicators:
                    - { id: bonus.issues, name: 加分, weight: 2, type: issues, facts: { issues: bonusIssues } }
                penalty:
                  cap: 3
                  indicators:
                    - { id: penalty.issues, name: 扣分, weight: 3, type: issues, facts: { issues: penaltyIssues } }
                """);
        Evaluation evaluation = withExtras.evaluate(
                submission(
                        """
                {"facts": {"issues": 2, "households": {"plan": 10, "actual": 8}, "bonusIssues": 1,
                 "penaltyIssues": 0}}
                """));
        List<String> records = new java.util.ArrayList<>();
        evaluation.groups().forEach(group -> group.indicators()
                .forEach(r -> records.add(r.id() + "=" + r.score() + "=" + r.reason())));
        java.util.stream.Stream.of(evaluation.bonus(), evaluation.penalty())
                .flatMap(extra -> extra.indicators().stream())
                .forEach(r -> records.add(r.id() + "=" + r.score() + "=" + r.reason()));
        Evaluation rebuilt = new Evaluation(
                evaluation.rubric(),
                evaluation.subject(),
                evaluation.factsSha256(),
                evaluation.groups(),
                evaluation.bonus(),
                evaluation.penalty(),
                evaluation.total(),
                evaluation.grade(),
                evaluation.vetoes(),
                evaluation.discrepancies(),
                evaluation.warnings(),
                evaluation.failures());

        for (Evaluation each : List.of(evaluation, rebuilt)) {
            List<String> visited = new java.util.ArrayList<>();
            each.forEachIndicator((id, score, reason) -> visited.add(id + "=" + score + "=" + reason));
            assertThat(visited).containsExactlyElementsOf(records);
        }
        assertThat(records)
                .containsExactly("a.issues=8=问题2项。", "b.plan=5=计划。", "bonus.issues=1=问题1项。", "penalty.issues=3=问题0项。");
        assertThat(rebuilt).isEqualTo(evaluation).hasSameHashCodeAs(evaluation);
    }

    @Test
    void a_subject_built_in_code_is_shown_neutralised_and_a_clean_one_is_kept_as_it_is() {
        org.jixiao.spi.Subject forged = new org.jixiao.spi.Subject("县\u001B[2J", "county", 2020, "改造\u202E");
        org.jixiao.spi.Subject clean = new org.jixiao.spi.Subject("驿城区", "county", 2020, "城镇老旧小区改造");
        Submission.Builder facts = Submission.builder("code")
                .fact("issues", 0L)
                .fact("households", new PlanActual(BigDecimal.TEN, BigDecimal.TEN));

        Evaluation shown = rubric.evaluate(facts.subject(forged).build());
        Evaluation kept = rubric.evaluate(facts.subject(clean).build());

        assertThat(shown.subject()).isEqualTo(new org.jixiao.spi.Subject("县\\u001B[2J", "county", 2020, "改造\\u202E"));
        assertThat(kept.subject()).isSameAs(clean);
    }

    @Test
    void far_above_plan_means_more_than_ten_times_the_plan_for_any_scales() {
        java.util.Random random = new java.util.Random(10);
        for (int i = 0; i < 20_000; i++) {
            BigDecimal plan = BigDecimal.valueOf(1 + random.nextInt(1_000_000), random.nextInt(5) - 1);
            BigDecimal actual = random.nextBoolean()
                    ? plan.multiply(BigDecimal.TEN).add(BigDecimal.valueOf(random.nextInt(3) - 1, random.nextInt(4)))
                    : BigDecimal.valueOf(random.nextInt(100_000_000), random.nextInt(6) - 1);
            PlanActual pair = new PlanActual(plan, actual.max(BigDecimal.ZERO));

            assertThat(Evaluator.farAbovePlan(pair))
                    .as("actual %s, plan %s", pair.actual(), pair.plan())
                    .isEqualTo(pair.actual().compareTo(plan.multiply(BigDecimal.TEN)) > 0);
        }
    }

    @Test
    void an_actual_far_above_plan_is_a_warning() {
        Evaluation evaluation = rubric.evaluate(submission(
                """
                {"facts": {"issues": 0, "households": {"plan": 100, "actual": 1500}}}"""));

        assertThat(evaluation.warnings())
                .containsExactly("facts.households: the actual quantity 1500 is more than 10"
                        + " times the plan 100; check for a typo or a unit mismatch");
    }

    @Test
    void an_absurdly_large_number_is_refused() {
        assertThatThrownBy(
                        () -> rubric.evaluate(
                                submission(
                                        """
                {"facts": {"issues": 1e20, "households": {"plan": 100, "actual": 100}}}""")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("sub.json:1:22: facts.issues: the number 1e20 is out of range: jixiao reads"
                        + " numbers of up to 15 digits before the point and 12 after it");
        // within the reader's range, beyond the trillion a fact may hold
        assertThatThrownBy(
                        () -> rubric.evaluate(
                                submission(
                                        """
                {"facts": {"issues": 1e13, "households": {"plan": 100, "actual": 100}}}""")))
                .hasMessageContaining("facts.issues: got 10000000000000; numbers larger than 1000000000000 are refused"
                        + " as implausible: check the unit and the digits");
    }

    private static final String NOT_APPLICABLE_RUBRIC =
            """
            id: na-test
            version: "1"
            total: 100
            grades: [{ grade: 优, min: 90 }, { grade: 差, min: 0 }]
            groups:
              - id: a
                name: 甲组
                weight: 30
                indicators:
                  - { id: a.issues, name: 问题, weight: 30, type: issues }
              - id: b
                name: 乙组
                weight: 70
                indicators:
                  - { id: b.care, name: 养老, weight: 70, type: plan, facts: { quantity: care }, notApplicableWhen: plan-zero }
            """;

    @Test
    void a_plan_of_zero_makes_a_row_not_applicable_and_the_total_is_rescaled() {
        CompiledRubric rubric = engine.loadRubric("na.yaml", NOT_APPLICABLE_RUBRIC);

        Evaluation evaluation = rubric.evaluate(
                submission("""
                {"facts": {"issues": 10, "care": {"plan": 0, "actual": 0}}}"""));

        // 20 of the 30 applicable points, scaled to 100: 66.666… rounded half up to 0.01
        assertThat(evaluation.notApplicable()).containsExactly("b.care");
        assertThat(evaluation.indicator("b.care").orElseThrow().score()).isNull();
        assertThat(evaluation.indicator("b.care").orElseThrow().reason()).isEqualTo("不适用：年度计划为0。");
        assertThat(evaluation.groups().get(1).score()).isEqualByComparingTo("0");
        assertThat(evaluation.total()).isEqualTo(new BigDecimal("66.67"));
        assertThat(evaluation.failed()).isFalse();
        assertThat(EvaluationJson.write(evaluation))
                .contains("\"applicable\": false,")
                .contains("\"notApplicable\": [\n    \"b.care\"\n  ],");

        Evaluation applicable = rubric.evaluate(
                submission("""
                {"facts": {"issues": 10, "care": {"plan": 10, "actual": 10}}}"""));
        assertThat(applicable.total()).isEqualByComparingTo("90");
        assertThat(applicable.notApplicable()).isEmpty();
    }

    @Test
    void a_plan_of_zero_is_still_an_error_for_rows_that_do_not_allow_it() {
        assertThatThrownBy(() -> rubric.evaluate(submission(
                        """
                {"facts": {"issues": 0, "households": {"plan": 0, "actual": 0}}}""")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("facts.households.plan: expected a plan greater than 0, got 0");
    }

    @Test
    void not_applicable_needs_a_plan_and_actual_fact() {
        assertThatThrownBy(() -> engine.loadRubric(
                        "bad-na.yaml",
                        NOT_APPLICABLE_RUBRIC.replace(
                                "{ id: a.issues, name: 问题, weight: 30, type: issues }",
                                "{ id: a.issues, name: 问题, weight: 30, type: issues, notApplicableWhen: plan-zero }")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("indicator a.issues: type issues reads no plan-and-actual fact, so a plan of zero"
                        + " cannot make it not applicable");
    }

    @Test
    void submissions_built_in_code_get_the_same_checks() {
        Submission doubles = Submission.builder("code")
                .fact("issues", 0)
                .fact("households", java.util.Map.of("plan", 1.5, "actual", 1))
                .build();

        assertThatThrownBy(() -> rubric.evaluate(doubles))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("code: facts.households.plan: got a floating-point 1.5; give a BigDecimal");

        Evaluation ok = rubric.evaluate(Submission.builder("code")
                .fact("issues", 0L)
                .fact("households", new PlanActual(BigDecimal.ONE, BigDecimal.ONE))
                .build());
        assertThat(ok.total()).isEqualByComparingTo("20");
    }

    @Test
    void the_same_submission_gives_byte_identical_json_from_many_threads() throws Exception {
        Submission submission = submission(
                """
                {"subject": {"region": "某县", "year": 2020},
                 "facts": {"issues": 3, "households": {"plan": 7, "actual": 6.93}}, "claimed": {"total": 20}}""");
        String expected = EvaluationJson.write(rubric.evaluate(submission));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> EvaluationJson.write(rubric.evaluate(submission))));
            }
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).contains("\"total\": 12,").contains("\"region\": \"某县\"");
    }

    @Test
    void the_facts_digest_ignores_key_order_and_number_spelling() {
        Evaluation first = rubric.evaluate(
                submission("""
                {"facts": {"issues": 1, "households": {"plan": 10, "actual": 9}}}"""));
        Evaluation second = rubric.evaluate(submission(
                """
                {"facts": {"households": {"actual": 9.0, "plan": 1E1}, "issues": 1}}"""));
        Evaluation third = rubric.evaluate(
                submission("""
                {"facts": {"households": {"actual": 9.5, "plan": 10}, "issues": 1}}"""));

        assertThat(second.factsSha256()).isEqualTo(first.factsSha256());
        assertThat(third.factsSha256()).isNotEqualTo(first.factsSha256());
    }

    @Test
    void a_type_id_offered_twice_names_both_sources() {
        assertThatThrownBy(
                        () -> Engine.builder().addType(ISSUES).addType(ISSUES).build())
                .isInstanceOf(InputException.class)
                .hasMessageContaining("indicator type \"issues\" is offered twice: by org.jixiao.engine.StubType"
                        + " (registered in code (org.jixiao.engine.StubType)) and by org.jixiao.engine.StubType");
    }

    @Test
    void a_malformed_type_id_is_refused() {
        StubType bad = new StubType("Plan_Completion", List.of(), (config, facts) -> null);

        assertThatThrownBy(() -> Engine.builder().addType(bad).build())
                .isInstanceOf(InputException.class)
                .hasMessageContaining("has the id \"Plan_Completion\"; ids are lower-case words joined by hyphens");
    }
}
