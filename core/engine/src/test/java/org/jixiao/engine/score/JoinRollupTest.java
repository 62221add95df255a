package org.jixiao.engine.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.engine.Engine;
import org.jixiao.engine.StubType;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.submission.Submission;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.FactSlot;
import org.jixiao.spi.Score;
import org.jixiao.spi.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** #24 item 12: an evaluator's reasons rolled up from the counties, side by side (join), not only the city's own. */
class JoinRollupTest {

    /** Full points, the reason being the text it is given. */
    private static final StubType REASONED = new StubType(
            "reasoned",
            List.of(FactSlot.bound("why", FactKind.TEXT, "评分理由", ""), FactSlot.bound("n", FactKind.COUNT, "问题数", "")),
            (config, facts) -> new Score(config.weight(), facts.text("why"), List.of()));

    private final Engine engine = Engine.builder().addType(REASONED).build();

    @TempDir
    Path dir;

    private CompiledRubric rubric(String rule) throws Exception {
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
                    indicators: [{ id: g.a, name: 甲, weight: 10, type: reasoned, facts: { why: reason, n: issues } }]
                rollup:
                  method: facts
                  facts: { reason: %s, issues: sum }
                """
                        .formatted(rule)));
    }

    private static Submission county(String region, String reason) {
        return Submission.builder(region + ".json")
                .subject(new Subject(region, "county", 2020, null))
                .fact("reason", reason)
                .fact("issues", 1L)
                .build();
    }

    private static final Submission CITY = Submission.builder("city.json")
            .subject(new Subject("某市", "city", 2020, null))
            .build();

    @Test
    void the_counties_reasons_are_set_side_by_side_each_after_its_region() throws Exception {
        CompiledRubric rubric = rubric("join");

        Submission combined = rubric.combine(List.of(county("甲县", "资料齐全"), county("乙县", "缺少验收记录")), CITY);

        assertThat(combined.facts().get("reason")).isEqualTo("甲县：资料齐全；乙县：缺少验收记录");
        assertThat(rubric.evaluate(combined).total()).isEqualByComparingTo(BigDecimal.TEN);
    }

    @Test
    void join_combines_texts_only_and_its_result_stays_within_a_texts_length() throws Exception {
        assertThatThrownBy(
                        () -> engine.loadRubric(
                                Files.writeString(
                                        dir.resolve("n.yaml"),
                                        """
                        id: n
                        version: "1"
                        total: 10
                        grades: [{ grade: 优, min: 0 }]
                        groups:
                          - id: g
                            name: 组
                            weight: 10
                            indicators: [{ id: g.a, name: 甲, weight: 10, type: reasoned, facts: { why: reason, n: issues } }]
                        rollup: { method: facts, facts: { reason: join, issues: join } }
                        """)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(
                        "fact \"issues\" is a whole number, 0 or more; roll-up rule join cannot combine it");

        CompiledRubric rubric = rubric("join");
        String long1 = "甲".repeat(3000);
        assertThatThrownBy(() -> rubric.combine(List.of(county("甲县", long1), county("乙县", long1)), CITY))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("the texts of the 2 counties joined have 6007 characters, a text at most 5000");
    }
}
