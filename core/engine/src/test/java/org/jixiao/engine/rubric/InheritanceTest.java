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

class InheritanceTest {

    private static final StubType FIXED = new StubType(
            "fixed",
            List.of(FactSlot.bound("x", FactKind.COUNT, "x", "")),
            List.of(ParameterSpec.decimal("factor", "a factor", "1")),
            config -> {},
            (config, facts) -> new Score(config.weight(), "。", List.of()));

    private static final String BASE =
            """
            id: base-2020
            version: "2020.1"
            title: 基础表
            total: 100
            grades:
              - { grade: 优, min: 90 }
              - { grade: 差, min: 0 }
            groups:
              - id: output
                name: 产出
                weight: 60
                indicators:
                  - { id: output.a, name: 甲, weight: 20, type: fixed, facts: { x: a } }
                  - { id: output.b, name: 乙, weight: 20, type: fixed, facts: { x: b }, params: { factor: 2 } }
                  - id: output.locked
                    name: 国家必选
                    weight: 20
                    type: fixed
                    facts: { x: c }
                    locked: true
              - id: satisfaction
                name: 满意度
                weight: 40
                indicators:
                  - { id: satisfaction.a, name: 丙, weight: 40, type: fixed, facts: { x: d } }
            """;

    private final Engine engine = Engine.builder().addType(FIXED).build();

    @TempDir
    Path dir;

    private final RubricLibrary library = new RubricLibrary() {
        @Override
        public Optional<Text> find(String id) {
            return id.equals("base-2020") ? Optional.of(new Text("base-2020.yaml (built-in)", BASE)) : Optional.empty();
        }

        @Override
        public List<String> ids() {
            return List.of("base-2020");
        }
    };

    private CompiledRubric load(String name, String text) throws Exception {
        return engine.loadRubric(Files.writeString(dir.resolve(name), text), library);
    }

    @Test
    void an_extending_rubric_changes_removes_and_adds_rows_and_groups() throws Exception {
        CompiledRubric rubric = load(
                "child.yaml",
                """
                id: child-2021
                version: "2021.1"
                extends: base-2020
                grades:
                  - { grade: 优, min: 85 }
                  - { grade: 差, min: 0 }
                groups:
                  - id: output
                    weight: 50
                    indicators:
                      - { id: output.a, weight: 10, name: 甲（新）, criteria: 新标准 }
                      - { id: output.b, params: { factor: 3 } }
                  - id: satisfaction
                    remove: true
                  - id: extra
                    name: 新组
                    weight: 50
                    indicators:
                      - { id: extra.z, name: 丁, weight: 50, type: fixed, facts: { x: z } }
                """);

        assertThat(rubric.rubric().id()).isEqualTo("child-2021");
        assertThat(rubric.rubric().title()).isEqualTo("基础表");
        assertThat(rubric.grades().get(0).min()).isEqualByComparingTo("85");
        assertThat(rubric.entries())
                .extracting(
                        e -> e.row().id() + " " + e.row().name() + " " + e.row().weight())
                .containsExactly("output.a 甲（新） 10", "output.b 乙 20", "output.locked 国家必选 20", "extra.z 丁 50");
        assertThat(rubric.entries().get(1).parameters().decimal("factor")).isEqualByComparingTo("3");
        assertThat(rubric.entries().get(1).facts()).containsEntry("x", "b");
        assertThat(rubric.entries())
                .extracting(CompiledRubric.Entry::sources)
                .containsExactly(
                        List.of(
                                "base-2020.yaml (built-in)",
                                dir.resolve("child.yaml").toString()),
                        List.of(
                                "base-2020.yaml (built-in)",
                                dir.resolve("child.yaml").toString()),
                        List.of("base-2020.yaml (built-in)"),
                        List.of(dir.resolve("child.yaml").toString()));
    }

    @Test
    void weights_that_no_longer_add_up_are_reported_in_the_extending_file() throws Exception {
        assertThatThrownBy(
                        () -> load(
                                "hn-2021.yaml",
                                """
                id: hn-2021
                version: "2021.1"
                extends: base-2020
                groups:
                  - id: output
                    indicators:
                      - { id: output.a, weight: 18 }
                """))
                .isInstanceOf(InputException.class)
                .hasMessage("invalid rubric: " + dir.resolve("hn-2021.yaml") + ":5:5: groups[0]: group output:"
                        + " indicator weights add up to 58, the group's weight is 60");
    }

    @Test
    void a_locked_row_cannot_be_changed_or_removed() throws Exception {
        assertThatThrownBy(
                        () -> load(
                                "locked.yaml",
                                """
                id: locked-2021
                version: "1"
                extends: base-2020
                groups:
                  - id: output
                    indicators:
                      - { id: output.locked, weight: 10 }
                      - { id: output.a, weight: 30 }
                """))
                .isInstanceOf(InputException.class)
                .hasMessage("invalid rubric: " + dir.resolve("locked.yaml") + ":7:38: groups[0].indicators[0].weight:"
                        + " indicator output.locked is locked by base-2020.yaml (built-in) (line 20); an extending"
                        + " rubric may not change its weight");

        assertThatThrownBy(
                        () -> load(
                                "remove-locked.yaml",
                                """
                id: locked-2021
                version: "1"
                extends: base-2020
                groups:
                  - id: output
                    indicators:
                      - { id: output.locked, remove: true }
                """))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("indicator output.locked is locked by base-2020.yaml (built-in) (line 20); an"
                        + " extending rubric may not remove it");
    }

    @Test
    void a_cycle_of_extends_lists_the_cycle() throws Exception {
        Files.writeString(dir.resolve("b.yaml"), "id: b\nversion: \"1\"\nextends: a.yaml\n");
        Path a = Files.writeString(dir.resolve("a.yaml"), "id: a\nversion: \"1\"\nextends: b.yaml\n");

        assertThatThrownBy(() -> engine.loadRubric(a, library))
                .isInstanceOf(InputException.class)
                .hasMessage("invalid rubric: " + dir.resolve("b.yaml") + ":3:10: extends: extends cycle: " + a + " → "
                        + dir.resolve("b.yaml") + " → " + a);
    }

    @Test
    void a_chain_of_files_resolves_relative_to_each_file() throws Exception {
        Files.createDirectories(dir.resolve("province"));
        Files.writeString(
                dir.resolve("province/middle.yaml"),
                """
                id: middle
                version: "1"
                extends: base-2020
                title: 中间表
                """);
        CompiledRubric rubric = load(
                "leaf.yaml",
                """
                id: leaf
                version: "1"
                extends: province/middle.yaml
                total: 100
                """);

        assertThat(rubric.rubric().id()).isEqualTo("leaf");
        assertThat(rubric.rubric().title()).isEqualTo("中间表");
        assertThat(rubric.entries()).hasSize(4);
    }

    @Test
    void unknown_bases_and_missing_rows_are_named() throws Exception {
        assertThatThrownBy(() -> load("unknown.yaml", "id: u\nversion: \"1\"\nextends: base-2021\n"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(
                        "unknown.yaml:3:10: extends: extends an unknown rubric \"base-2021\"; did you mean"
                                + " base-2020?; known rubrics: base-2020; or give the path of a rubric file");

        assertThatThrownBy(
                        () -> load(
                                "missing.yaml",
                                """
                id: m
                version: "1"
                extends: base-2020
                groups:
                  - id: output
                    indicators:
                      - { id: output.zzz, remove: true }
                """))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("there is no indicator output.zzz to remove in the base rubric");
    }

    @Test
    void an_extending_rubric_needs_its_own_id_and_version() throws Exception {
        assertThatThrownBy(() -> load("anonymous.yaml", "extends: base-2020\n"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("a rubric that extends another needs its own \"id\"")
                .hasMessageContaining("a rubric that extends another needs its own \"version\"");
    }

    @Test
    void the_same_rubric_written_out_whole_has_the_same_sha256() throws Exception {
        CompiledRubric viaExtends = load(
                "same.yaml",
                """
                id: base-2020
                version: "2020.1"
                extends: base-2020
                """);
        CompiledRubric whole = engine.loadRubric("base.yaml", BASE);

        assertThat(viaExtends.ref().sha256()).isEqualTo(whole.ref().sha256());
    }
}
