package org.jixiao.engine.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.jixiao.engine.read.NumberPolicy;
import org.junit.jupiter.api.Test;

/** The batch reader's shortcut for plain decimals reads what the number policy reads, or leaves it to the policy. */
class LeanSubmissionReaderTest {

    private static BigDecimal shortcut(String text) {
        // inside a larger buffer, as the parser hands its characters over
        char[] buffer = ("[" + text + ",").toCharArray();
        return LeanSubmissionReader.plainDecimal(buffer, 1, text.length());
    }

    @Test
    void a_plain_decimal_is_read_as_the_policy_reads_it_scale_and_zero_included() {
        for (String text : new String[] {
            "341.4058", "1.50", "-1.5", "0.0", "-0.00", "0.000000000001", "999999999999999.999", "100.0", "16.4"
        }) {
            assertThat(shortcut(text)).as(text).isNotNull().isEqualTo(NumberPolicy.read(text));
        }
    }

    @Test
    void other_spellings_are_left_to_the_policy() {
        for (String text : new String[] {
            "12",
            "1e5",
            "1.5E3",
            "1.",
            ".5",
            "-",
            "01.5",
            "1.0000000000001",
            "1234567890123456.5",
            "12345678901234.56789",
            "1.5x",
            "--1.5"
        }) {
            assertThat(shortcut(text)).as(text).isNull();
        }
    }

    @Test
    void every_decimal_up_to_the_policys_digits_is_read_alike() {
        Random random = new Random(41);
        int taken = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "" : "-");
            int integerDigits = 1 + random.nextInt(16);
            text.append(integerDigits == 1 ? random.nextInt(10) : 1 + random.nextInt(9));
            for (int d = 1; d < integerDigits; d++) {
                text.append(random.nextInt(10));
            }
            text.append('.');
            int fractionDigits = 1 + random.nextInt(14);
            for (int d = 0; d < fractionDigits; d++) {
                text.append(random.nextInt(4) == 0 ? 0 : random.nextInt(10));
            }
            BigDecimal quick = shortcut(text.toString());
            if (quick != null) {
                taken++;
                assertThat(quick).as(text.toString()).isEqualTo(NumberPolicy.read(text.toString()));
            }
        }
        assertThat(taken).isGreaterThan(25_000); // the shortcut is the common path, not a rare one
    }
}
