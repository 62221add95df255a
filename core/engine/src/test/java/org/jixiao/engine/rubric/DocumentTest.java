package org.jixiao.engine.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.engine.Engine;
import org.jixiao.engine.StubType;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.FactSlot;
import org.jixiao.spi.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rubric's document metadata: to whom each level's report goes. */
class DocumentTest {

    private static final StubType FIXED = new StubType(
            "fixed",
            List.of(FactSlot.bound("x", FactKind.COUNT, "x", "")),
            List.of(),
            config -> {},
            (config, facts) -> new Score(config.weight(), "。", List.of()));

    private final Engine engine = Engine.builder().addType(FIXED).build();

    @TempDir
    Path dir;

    private CompiledRubric rubric(String document) throws Exception {
        return engine.loadRubric(Files.writeString(
                dir.resolve("r.yaml"),
                """
                id: r
                version: "1"
                title: 表
                total: 10
                grades: [{ grade: 优, min: 0 }]
                groups:
                  - id: g
                    name: 组
                    weight: 10
                    indicators: [{ id: g.a, name: 甲, weight: 10, type: fixed, facts: { x: a } }]
                """
                        + document));
    }

    @Test
    void one_addressee_serves_every_level_and_keeps_the_rubrics_hash() throws Exception {
        CompiledRubric plain = rubric("document: { addressee: 省财政厅 }\n");

        assertThat(plain.rubric().document().addresseeFor("county")).isEqualTo("省财政厅");
        assertThat(plain.rubric().document().addresseeFor(null)).isEqualTo("省财政厅");
        assertThat(plain.rubric().document().addressees()).isEmpty();
    }

    @Test
    void addressees_by_level_send_a_county_to_its_city_and_change_the_hash() throws Exception {
        CompiledRubric byLevel = rubric("document: { addressee: { county: 市财政局, city: 省财政厅 } }\n");
        CompiledRubric plain = rubric("document: { addressee: 省财政厅 }\n");

        assertThat(byLevel.rubric().document().addresseeFor("county")).isEqualTo("市财政局");
        assertThat(byLevel.rubric().document().addresseeFor("city")).isEqualTo("省财政厅");
        assertThat(byLevel.rubric().document().addresseeFor("province")).isEmpty();
        assertThat(byLevel.ref().sha256()).isNotEqualTo(plain.ref().sha256());
    }

    @Test
    void an_unknown_level_is_refused_at_its_place() {
        assertThatThrownBy(() -> rubric("document: { addressee: { town: 镇政府 } }\n"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("r.yaml:11:")
                .hasMessageContaining("document.addressee.town: unknown key \"town\"")
                .hasMessageContaining("county, city, province");
    }
}
