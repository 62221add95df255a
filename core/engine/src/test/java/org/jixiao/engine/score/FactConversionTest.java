package org.jixiao.engine.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The largest-number check settled from digit counts is the comparison it stands for. */
class FactConversionTest {

    private static boolean byDefinition(BigDecimal number) {
        return number.abs().compareTo(FactConversion.LARGEST) <= 0;
    }

    @Test
    void within_largest_is_the_magnitude_comparison_at_the_edges() {
        for (String text : new String[] {
            "1000000000000",
            "1000000000000.00",
            "1000000000000.01",
            "999999999999.99",
            "1E+12",
            "1.0E+12",
            "1.000000000001E+12",
            "1E+13",
            "-1000000000000",
            "-1000000000000.5",
            "0",
            "0.000",
            "0E+20",
            "0E-20",
            "1E-30",
            "123456789012345678901234567890.5",
            "0.0000000000000000000000000001"
        }) {
            BigDecimal number = new BigDecimal(text);
            assertThat(FactConversion.withinLargest(number)).as(text).isEqualTo(byDefinition(number));
        }
    }

    @Test
    void within_largest_is_the_magnitude_comparison_for_numbers_of_every_size_and_scale() {
        Random random = new Random(12);
        for (int i = 0; i < 50_000; i++) {
            BigInteger unscaled = new BigInteger(1 + random.nextInt(70), random);
            if (random.nextBoolean()) {
                unscaled = unscaled.negate();
            }
            BigDecimal number = new BigDecimal(unscaled, random.nextInt(30) - 8);
            assertThat(FactConversion.withinLargest(number))
                    .as(number.toString())
                    .isEqualTo(byDefinition(number));
        }
    }
}
