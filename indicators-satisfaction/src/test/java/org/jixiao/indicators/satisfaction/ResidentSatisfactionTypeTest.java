package org.jixiao.indicators.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.testkit.IndicatorHarness.dec;

import java.math.BigDecimal;
import java.util.Map;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.score.Evaluation.IndicatorResult;
import org.jixiao.testkit.IndicatorHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResidentSatisfactionTypeTest {

    private final IndicatorHarness satisfaction =
            IndicatorHarness.ofType("resident-satisfaction").weight("5");

    private IndicatorResult score(String rate, long petitions) {
        return satisfaction.score(Map.of("satisfactionRate", dec(rate), "unhandledPetitions", petitions));
    }

    @ParameterizedTest(name = "{0}% and {1} petitions: {2}")
    @CsvSource({
        "85, 0, 5",
        "80, 0, 5",
        "79.5, 0, 5", // less than one whole point below
        "79, 0, 4",
        "77.9, 0, 3",
        "75, 0, 0",
        "40, 0, 0",
        "90, 2, 3",
        "78, 1, 2",
        "78, 4, 0",
    })
    void rate_steps_and_petitions_share_one_cap_of_five(String rate, long petitions, String expected) {
        IndicatorResult result = score(rate, petitions);

        assertThat(result.score()).isEqualByComparingTo(expected);
        assertThat(result.deductions().stream().map(d -> d.points()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(new BigDecimal("5").subtract(new BigDecimal(expected)));
    }

    @Test
    void the_reason_follows_the_seed() {
        assertThat(score("85", 0).reason()).isEqualTo("居民满意度85%，达到80%以上；未发现群众信访没有及时处置的情况。");
    }

    @Test
    void petitions_after_the_cap_say_nothing_more_was_deducted() {
        assertThat(score("70", 2).reason()).isEqualTo("居民满意度70%，比80%低10个百分点，扣5分；群众信访没有及时处置2次，每次扣1分，" + "已扣满分，不再扣分。");
    }

    @Test
    void a_target_above_100_is_rejected() {
        assertThatThrownBy(() -> satisfaction.param("target", "120").compile())
                .isInstanceOf(InputException.class)
                .hasMessageContaining("params.target")
                .hasMessageContaining("must be a percent from 0 to 100, got 120");
    }
}
