package org.jixiao.indicators.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.testkit.IndicatorHarness.dec;

import java.util.Map;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.score.Evaluation.IndicatorResult;
import org.jixiao.testkit.IndicatorHarness;
import org.junit.jupiter.api.Test;

class EvaluatorScoreTypeTest {

    private final IndicatorHarness judged = IndicatorHarness.ofType("evaluator-score")
            .weight("5")
            .bind("score", "rulesScore")
            .bind("reason", "rulesReason");

    @Test
    void the_evaluators_score_and_reason_are_shown_as_such() {
        IndicatorResult result = judged.score(Map.of("rulesScore", dec("3.5"), "rulesReason", "管理制度基本健全，个别环节记录不全"));

        assertThat(result.score()).isEqualByComparingTo("3.5");
        assertThat(result.reason()).isEqualTo("评价人评分：管理制度基本健全，个别环节记录不全。");
        assertThat(result.deductions()).singleElement().satisfies(d -> assertThat(d.points())
                .isEqualByComparingTo("1.5"));
    }

    @Test
    void a_reason_is_mandatory() {
        assertThatThrownBy(() -> judged.score(Map.of("rulesScore", dec("5"), "rulesReason", "  ")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("facts.rulesReason: expected a non-empty text, got the text \"  \"");
    }

    @Test
    void a_score_above_the_weight_is_refused() {
        assertThatThrownBy(() -> judged.score(Map.of("rulesScore", dec("6"), "rulesReason", "很好")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("facts.rulesScore: the evaluator's score 6 is above the indicator's weight 5");
    }
}
