package org.jixiao.engine.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.engine.Engine;
import org.jixiao.engine.StubType;
import org.jixiao.engine.json.EvaluationJson;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.submission.Submission;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.FactSlot;
import org.jixiao.spi.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** #24 item 11: a table that says 保留两位小数 rounds its totals so, declared in the rubric with its mode. */
class RoundingTest {

    /** Scores the row with the figure it is given: the total is then whatever the test says. */
    private static final StubType AS_GIVEN =
            new StubType("as-given", List.of(FactSlot.bound("x", FactKind.DECIMAL, "得分", "")), (config, facts) -> {
                BigDecimal lost = config.weight().subtract(facts.decimal("x"));
                return new Score(
                        facts.decimal("x"),
                        "。",
                        lost.signum() == 0 ? List.of() : List.of(new org.jixiao.spi.Deduction(lost, "按给定得分")));
            });

    private final Engine engine = Engine.builder().addType(AS_GIVEN).build();

    @TempDir
    Path dir;

    private CompiledRubric rubric(String rounding) throws Exception {
        return engine.loadRubric(Files.writeString(
                dir.resolve("r.yaml"),
                """
                id: r
                version: "1"
                title: 表
                total: 100
                grades: [{ grade: 优, min: 90 }, { grade: 良, min: 80 }, { grade: 差, min: 0 }]
                groups:
                  - id: g
                    name: 组
                    weight: 100
                    indicators: [{ id: g.a, name: 甲, weight: 100, type: as-given, facts: { x: score } }]
                """
                        + rounding));
    }

    private static Submission scoring(String score, String claimed) {
        Submission.Builder builder = Submission.builder("test").fact("score", new BigDecimal(score));
        if (claimed != null) {
            builder.claim("total", new BigDecimal(claimed));
        }
        return builder.build();
    }

    @Test
    void a_total_that_terminates_is_rounded_as_declared_and_the_exact_one_kept() throws Exception {
        Evaluation evaluation =
                rubric("rounding: { decimals: 2, mode: half-up }\n").evaluate(scoring("85.8125", null));

        assertThat(evaluation.failures()).as("failures").isEmpty();
        assertThat(evaluation.total()).isEqualByComparingTo("85.81");
        assertThat(evaluation.exactTotal()).isEqualByComparingTo("85.8125");
        assertThat(EvaluationJson.write(evaluation))
                .contains("\"total\": 85.81,")
                .contains("\"exactTotal\": 85.8125,");
    }

    @Test
    void the_grade_and_the_claim_are_those_of_the_stated_total() throws Exception {
        // 89.995 is 良 exactly, but the table states 90.00, and grades that: 优; a claim of 90 is no discrepancy
        Evaluation halfUp = rubric("rounding: { decimals: 2, mode: half-up }\n").evaluate(scoring("89.995", "90"));
        Evaluation down = rubric("rounding: { decimals: 2, mode: down }\n").evaluate(scoring("89.995", "90"));

        assertThat(halfUp.total()).isEqualByComparingTo("90");
        assertThat(halfUp.grade().grade()).isEqualTo("优");
        assertThat(halfUp.discrepancies()).isEmpty();
        assertThat(down.total()).isEqualByComparingTo("89.99");
        assertThat(down.grade().grade()).isEqualTo("良");
        assertThat(down.discrepancies()).hasSize(1);
    }

    @Test
    void without_a_declaration_totals_stay_exact_and_the_hash_is_unchanged() throws Exception {
        CompiledRubric exact = rubric("");
        Evaluation evaluation = exact.evaluate(scoring("85.8125", null));

        assertThat(evaluation.total()).isEqualByComparingTo("85.8125");
        assertThat(evaluation.exactTotal()).isSameAs(evaluation.total());
        assertThat(EvaluationJson.write(evaluation)).doesNotContain("exactTotal");
        assertThat(rubric("rounding: { decimals: 2 }\n").ref().sha256())
                .isNotEqualTo(exact.ref().sha256());
    }

    @Test
    void a_mean_of_totals_is_rounded_so_too() throws Exception {
        CompiledRubric rounded = rubric("rounding: { decimals: 2 }\n");

        assertThat(rounded.meanOfTotals(List.of(new BigDecimal("85.8"), new BigDecimal("85.825"))))
                .isEqualByComparingTo("85.81");
        assertThat(rubric("").meanOfTotals(List.of(new BigDecimal("85.8"), new BigDecimal("85.825"))))
                .isEqualByComparingTo("85.8125");
    }

    @Test
    void an_unknown_mode_or_too_many_decimals_is_refused_at_its_place() {
        assertThatThrownBy(() -> rubric("rounding: { decimals: 2, mode: nearest }\n"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("rounding.mode: unknown rounding mode \"nearest\"; expected half-up (四舍五入)");
        assertThatThrownBy(() -> rubric("rounding: { decimals: 9 }\n"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("rounding.decimals: expected a whole number of decimals from 0 to 6, got 9");
    }
}
