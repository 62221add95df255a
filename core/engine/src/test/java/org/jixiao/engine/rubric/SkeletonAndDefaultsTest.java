package org.jixiao.engine.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jixiao.engine.Engine;
import org.jixiao.engine.StubType;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.FactSlot;
import org.jixiao.spi.ParameterSpec;
import org.jixiao.spi.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A skeleton whose groups an extending rubric fills, and parameters given once per type ({@code defaults:}). */
class SkeletonAndDefaultsTest {

    private static final StubType SCALED = new StubType(
            "scaled",
            List.of(FactSlot.bound("x", FactKind.COUNT, "x", "")),
            List.of(
                    ParameterSpec.decimal("factor", "a factor", "1"),
                    ParameterSpec.decimal("offset", "an offset", "0")),
            config -> {},
            (config, facts) -> new Score(config.weight(), "。", List.of()));

    private static final String SKELETON =
            """
            id: skeleton
            version: "1"
            title: 骨架
            total: 100
            skeleton: true
            grades:
              - { grade: 优, min: 90 }
              - { grade: 差, min: 0 }
            defaults:
              scaled: { factor: 2, offset: 1 }
            groups:
              - id: funds
                name: 资金
                weight: 10
                indicators:
                  - { id: funds.a, name: 甲, weight: 10, type: scaled, facts: { x: a } }
              - { id: output, name: 产出, weight: 90, indicators: [] }
            """;

    private final Engine engine = Engine.builder().addType(SCALED).build();

    @TempDir
    Path dir;

    private final RubricLibrary library = new RubricLibrary() {
        @Override
        public Optional<Text> find(String id) {
            return id.equals("skeleton")
                    ? Optional.of(new Text("skeleton.yaml (built-in)", SKELETON))
                    : Optional.empty();
        }

        @Override
        public List<String> ids() {
            return List.of("skeleton");
        }
    };

    private CompiledRubric load(String text) throws Exception {
        return engine.loadRubric(Files.writeString(dir.resolve("project.yaml"), text), library);
    }

    @Test
    void a_project_fills_the_skeletons_group_with_sub_groups_and_rows_that_take_the_types_defaults() throws Exception {
        CompiledRubric rubric = load(
                """
                id: project
                version: "1"
                extends: skeleton
                groups:
                  - id: output
                    indicators:
                      - id: output.quantity
                        name: 数量指标
                        weight: 90
                        indicators:
                          - { id: output.quantity.b, name: 乙, weight: 50, type: scaled, facts: { x: b } }
                          - { id: output.quantity.c, name: 丙, weight: 40, type: scaled, facts: { x: c }, params: { factor: 5 } }
                """);

        assertThat(rubric.entries())
                .extracting(e -> e.row().id())
                .containsExactly("funds.a", "output.quantity.b", "output.quantity.c");
        assertThat(rubric.entries())
                .extracting(e -> e.parameters().decimal("factor").toPlainString() + "+"
                        + e.parameters().decimal("offset").toPlainString())
                .containsExactly("2+1", "2+1", "5+1");
        assertThat(rubric.rubric().groups().get(1).subgroups())
                .extracting(Rubric.Group::name)
                .containsExactly("数量指标");
    }

    @Test
    void an_extending_rubrics_defaults_replace_the_bases_parameter_by_parameter() throws Exception {
        CompiledRubric rubric = load(
                """
                id: province
                version: "1"
                extends: skeleton
                defaults:
                  scaled: { offset: 7 }
                groups:
                  - id: output
                    indicators:
                      - { id: output.b, name: 乙, weight: 90, type: scaled, facts: { x: b } }
                """);

        assertThat(rubric.entries())
                .extracting(e -> e.parameters().decimal("factor").toPlainString() + "+"
                        + e.parameters().decimal("offset").toPlainString())
                .containsExactly("2+7", "2+7");
    }

    @Test
    void a_skeleton_is_not_a_rubric_to_score_with_and_says_so_at_its_line() {
        assertThatThrownBy(() -> engine.loadRubric(library, "skeleton"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("skeleton.yaml (built-in):5:")
                .hasMessageContaining("a rubric that extends it fills its groups");
    }

    @Test
    void a_skeleton_is_known_as_one_before_it_is_compiled_and_its_extension_is_not_one() throws Exception {
        assertThat(engine.isSkeleton(library, "skeleton")).isTrue();
        assertThat(engine.isSkeleton(library, "no-such-rubric")).isFalse();
        Path own = Files.writeString(
                dir.resolve("province.yaml"), "id: province\nversion: \"1\"\nextends: skeleton\nskeleton: true\n");
        Path project =
                Files.writeString(dir.resolve("project.yaml"), "id: project\nversion: \"1\"\nextends: skeleton\n");
        assertThat(engine.isSkeleton(own)).isTrue();
        // skeleton: true is not inherited
        assertThat(engine.isSkeleton(project)).isFalse();
    }

    @Test
    void a_rubric_that_extends_a_skeleton_and_says_skeleton_true_is_a_skeleton_too() {
        assertThatThrownBy(
                        () -> load(
                                """
                        id: province-skeleton
                        version: "1"
                        extends: skeleton
                        skeleton: true
                        """))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("project.yaml:4:")
                .hasMessageContaining("skeleton: true");
    }

    @Test
    void a_default_for_an_unknown_parameter_is_refused_where_the_default_was_written() {
        assertThatThrownBy(
                        () -> load(
                                """
                        id: project
                        version: "1"
                        extends: skeleton
                        defaults:
                          scaled: { factr: 3 }
                        groups:
                          - id: output
                            indicators:
                              - { id: output.b, name: 乙, weight: 90, type: scaled, facts: { x: b } }
                        """))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("project.yaml:5:")
                .hasMessageContaining("factr");
    }

    @Test
    void defaults_that_are_not_parameters_by_type_are_refused() {
        assertThatThrownBy(
                        () -> load(
                                """
                        id: project
                        version: "1"
                        extends: skeleton
                        defaults: [ 1, 2 ]
                        groups:
                          - id: output
                            indicators:
                              - { id: output.b, name: 乙, weight: 90, type: scaled, facts: { x: b } }
                        """))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("expected defaults as parameters by indicator type");
    }
}
