package org.jixiao.engine.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.engine.Engine;
import org.jixiao.engine.StubType;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.problem.Problem;
import org.jixiao.engine.rubric.GradeBand;
import org.jixiao.engine.rubric.RequiredFact;
import org.jixiao.engine.rubric.Rubric;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.FactSlot;
import org.jixiao.spi.InvalidParameterException;
import org.jixiao.spi.ParameterSpec;
import org.jixiao.spi.Score;
import org.junit.jupiter.api.Test;

class RubricCompilerTest {

    static final StubType COUNTING = new StubType(
            "counting",
            List.of(FactSlot.named("issues", FactKind.COUNT, "问题", "项")),
            List.of(ParameterSpec.decimal("pointsEach", "points per issue", "1")),
            config -> {
                if (config.parameters().decimal("pointsEach").signum() < 0) {
                    throw new InvalidParameterException("pointsEach", "must be 0 or more");
                }
            },
            (config, facts) -> Score.deducting(config.weight(), List.of(), "ok"));
    static final StubType RATE = new StubType(
            "rate",
            List.of(FactSlot.bound("quantity", FactKind.PLAN_ACTUAL, "计划", "")),
            List.of(),
            config -> {},
            (config, facts) -> new Score(config.weight(), "ok", List.of()));

    private final Engine engine =
            Engine.builder().addType(COUNTING).addType(RATE).build();

    private CompiledRubric load(String yaml) {
        return engine.loadRubric("test.yaml", yaml);
    }

    private static final String HEADER =
            """
            id: test-rubric
            version: "1"
            total: 10
            grades:
              - { grade: 优, min: 9 }
              - { grade: 差, min: 0 }
            groups:
            """;

    @Test
    void a_valid_rubric_compiles_with_defaults_filled_in() {
        CompiledRubric compiled = load(
                HEADER
                        + """
                  - id: g
                    name: 组
                    weight: 10
                    indicators:
                      - { id: g.a, name: 甲, weight: 4, type: counting }
                      - { id: g.b, name: 乙, weight: 6, type: rate, facts: { quantity: households } }
                """);

        assertThat(compiled.entries()).extracting(e -> e.row().id()).containsExactly("g.a", "g.b");
        assertThat(compiled.entries().get(0).parameters().decimal("pointsEach")).isEqualByComparingTo("1");
        assertThat(compiled.facts()).extracting(RequiredFact::name).containsExactly("issues", "households");
        assertThat(compiled.ref().sha256()).hasSize(64);
    }

    @Test
    void indicator_weights_that_miss_the_group_weight_name_the_group_and_line() {
        assertThatThrownBy(
                        () -> load(
                                HEADER
                                        + """
                  - id: output
                    name: 产出
                    weight: 10
                    indicators:
                      - { id: output.a, name: 甲, weight: 4, type: counting }
                      - { id: output.b, name: 乙, weight: 4, type: counting, params: { pointsEach: 2 } }
                """))
                .isInstanceOf(InputException.class)
                .hasMessage("invalid rubric: test.yaml:8:5: groups[0]: group output: indicator weights add up to 8,"
                        + " the group's weight is 10");
    }

    @Test
    void every_problem_is_reported_at_once() {
        assertThatThrownBy(
                        () -> load(
                                """
                id: Test Rubric
                version: "1"
                total: 100
                grades:
                  - { grade: 优, min: 90 }
                groups:
                  - id: g
                    name: 组
                    weight: 10
                    indicators:
                      - { id: g.a, name: 甲, weight: 10, type: countin }
                      - { id: g.a, name: 乙, weight: 0, type: rate }
                      - { id: g.c, name: 丙, weight: 0, type: counting, params: { pointsEch: 1 } }
                """))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).problems())
                        .extracting(Problem::format)
                        .containsExactly(
                                "test.yaml:1:5: id: rubric id \"Test Rubric\" must be lower-case letters, digits, '.', '_' or"
                                        + " '-', such as henan-2020-old-community",
                                "test.yaml:5:3: grades: the lowest grade band, 优, starts at ≥90; a lower total would have no"
                                        + " grade: let the lowest band start at 0 (min: 0)",
                                "test.yaml:11:47: groups[0].indicators[0].type: unknown indicator type \"countin\"; did you mean"
                                        + " counting? (available types: counting, rate)",
                                "test.yaml:12:15: groups[0].indicators[1].id: id \"g.a\" is used twice; group and indicator ids"
                                        + " must be unique",
                                "test.yaml:12:37: groups[0].indicators[1].weight: indicator g.a: the weight must be greater"
                                        + " than 0, got 0",
                                "test.yaml:12:9: groups[0].indicators[1]: indicator g.a: type rate needs its fact slot"
                                        + " \"quantity\" (计划) bound to a submission fact, such as facts: {quantity: someFact}",
                                "test.yaml:13:37: groups[0].indicators[2].weight: indicator g.c: the weight must be greater"
                                        + " than 0, got 0",
                                "test.yaml:13:77: groups[0].indicators[2].params.pointsEch: parameter \"pointsEch\" is not used"
                                        + " by type counting; did you mean pointsEach?; known: pointsEach",
                                "test.yaml:7:3: groups: group weights add up to 10, the rubric's total is 100"));
    }

    @Test
    void grade_bands_may_exclude_their_boundary() {
        CompiledRubric rubric = load(
                """
                id: bands
                version: "1"
                total: 100
                grades:
                  - { grade: 优秀, above: 95 }
                  - { grade: 良好, above: 85 }
                  - { grade: 合格, min: 60 }
                  - { grade: 不合格, min: 0 }
                groups:
                  - id: g
                    name: 组
                    weight: 100
                    indicators:
                      - { id: g.a, name: 甲, weight: 100, type: counting }
                """);

        assertThat(rubric.grades()).extracting(GradeBand::boundary).containsExactly(">95", ">85", "≥60", "≥0");
        assertThat(gradeOf(rubric, "95")).isEqualTo("良好");
        assertThat(gradeOf(rubric, "95.5")).isEqualTo("优秀");
        assertThat(gradeOf(rubric, "85")).isEqualTo("合格");
        assertThat(gradeOf(rubric, "60")).isEqualTo("合格");
        assertThat(gradeOf(rubric, "59.9")).isEqualTo("不合格");
    }

    private static String gradeOf(CompiledRubric rubric, String total) {
        return rubric.grades().stream()
                .filter(b -> b.admits(new BigDecimal(total)))
                .findFirst()
                .orElseThrow()
                .grade();
    }

    @Test
    void a_band_above_a_boundary_ranks_over_one_from_it() {
        String swapped =
                HEADER.replace("  - { grade: 优, min: 9 }\n", "  - { grade: 良, min: 8 }\n  - { grade: 优, above: 8 }\n");
        assertThat(swapped).contains("above: 8");
        assertThatThrownBy(
                        () -> load(
                                swapped
                                        + """
                  - id: g
                    name: 组
                    weight: 10
                    indicators:
                      - { id: g.a, name: 甲, weight: 10, type: counting }
                """))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("grades: list grade bands from the highest to the lowest");
    }

    @Test
    void bonus_caps_and_veto_facts_are_checked() {
        assertThatThrownBy(
                        () -> load(
                                HEADER
                                        + """
                  - id: g
                    name: 组
                    weight: 10
                    indicators:
                      - { id: g.a, name: 甲, weight: 10, type: counting }
                bonus:
                  cap: 0
                  indicators:
                    - { id: bonus.a, name: 加分, weight: 2, type: counting, facts: {} }
                vetoes:
                  - { id: veto.issues, name: 问题否决, fact: issues }
                """))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("bonus.cap: bonus items: the cap must be greater than 0, got 0")
                .hasMessageContaining("vetoes[0].fact: veto veto.issues needs fact \"issues\" to be true or false,"
                        + " but indicator g.a reads it as a whole number, 0 or more");
    }

    @Test
    void a_parameter_the_type_rejects_is_reported_against_that_parameter() {
        assertThatThrownBy(
                        () -> load(
                                HEADER
                                        + """
                  - id: g
                    name: 组
                    weight: 10
                    indicators:
                      - { id: g.a, name: 甲, weight: 10, type: counting, params: { pointsEach: -1 } }
                """))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("groups[0].indicators[0].params.pointsEach: parameter pointsEach of indicator"
                        + " g.a: must be 0 or more");
    }

    @Test
    void a_parameter_of_the_wrong_kind_says_what_was_expected() {
        assertThatThrownBy(
                        () -> load(
                                HEADER
                                        + """
                  - id: g
                    name: 组
                    weight: 10
                    indicators:
                      - { id: g.a, name: 甲, weight: 10, type: counting, params: { pointsEach: "one" } }
                """))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("parameter pointsEach must be a number, got the text \"one\"");
    }

    @Test
    void one_fact_read_as_two_kinds_is_rejected() {
        assertThatThrownBy(
                        () -> load(
                                HEADER
                                        + """
                  - id: g
                    name: 组
                    weight: 10
                    indicators:
                      - { id: g.a, name: 甲, weight: 5, type: counting }
                      - { id: g.b, name: 乙, weight: 5, type: rate, facts: { quantity: issues } }
                """))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("fact \"issues\" is read as an object {\"plan\": number > 0, \"actual\": number"
                        + " >= 0} here but as a whole number, 0 or more by indicator g.a");
    }

    @Test
    void an_unknown_key_suggests_the_known_one() {
        assertThatThrownBy(() -> load(HEADER.replace("total: 10", "totl: 10")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("unknown key \"totl\"; did you mean total?");
    }

    @Test
    void the_sha256_changes_with_any_parameter_but_not_with_layout() {
        String body =
                """
                  - id: g
                    name: 组
                    weight: 10
                    indicators:
                      - { id: g.a, name: 甲, weight: 10, type: counting%s }
                """;
        String plain = load(HEADER + body.formatted("")).ref().sha256();
        String explicitDefault = load(HEADER + body.formatted(", params: { pointsEach: 1.0 }"))
                .ref()
                .sha256();
        String changed = load(HEADER + body.formatted(", params: { pointsEach: 2 }"))
                .ref()
                .sha256();

        assertThat(explicitDefault).isEqualTo(plain);
        assertThat(changed).isNotEqualTo(plain);
    }

    @Test
    void a_rubric_built_in_code_compiles_without_positions() {
        Rubric rubric = new Rubric(
                "code",
                "1",
                "",
                BigDecimal.TEN,
                List.of(new GradeBand("A", "A", BigDecimal.ZERO)),
                List.of(new Rubric.Group(
                        "g",
                        "组",
                        BigDecimal.ONE,
                        List.of(new Rubric.Row(
                                "g.a", "甲", BigDecimal.ONE, "counting", "", java.util.Map.of(), java.util.Map.of())))));

        assertThatThrownBy(() -> engine.compile(rubric))
                .isInstanceOf(InputException.class)
                .hasMessage("invalid rubric: rubric code: groups: group weights add up to 1, the rubric's total is 10");
    }
}
