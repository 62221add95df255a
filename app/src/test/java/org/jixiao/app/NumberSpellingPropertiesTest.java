package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random spellings of numbers — huge exponents, leading zeros, long digit strings, many decimals — in every
 * numeric field of the example (facts, plans, actuals, claimed scores, the year), in JSON and YAML: jixiao
 * answers 0 or 2, never a stack trace, never an internal error, and never runs away. Surefire runs this
 * class alone with -Xmx256m (see app/pom.xml), so memory is bounded too.
 */
class NumberSpellingPropertiesTest {

    private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[,] )-?\\d+(\\.\\d+)?(?=[,\\s}\\]])");
    private static String example;
    private static List<int[]> fields;
    private static Path dir;

    @BeforeContainer
    static void read() throws IOException {
        example = Files.readString(CliRun.ZHUMADIAN);
        fields = new java.util.ArrayList<>();
        Matcher m = NUMBER.matcher(example);
        while (m.find()) {
            fields.add(new int[] {m.start(), m.end()});
        }
        dir = Files.createTempDirectory("jixiao-spellings");
    }

    @AfterContainer
    static void clean() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    @Provide
    Arbitrary<String> spelling() {
        Arbitrary<String> digits =
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(120);
        Arbitrary<String> exponent = Arbitraries.oneOf(
                Arbitraries.integers().between(-999_999_999, 999_999_999).map(String::valueOf),
                Arbitraries.of("0", "-0", "+5", "400", "-400", "999999999999999999999"));
        return Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(30),
                digits.map(d -> "0" + d),
                net.jqwik.api.Combinators.combine(digits, digits).as((a, b) -> a + "." + b),
                net.jqwik.api.Combinators.combine(digits, Arbitraries.of("e", "E"), exponent)
                        .as((d, e, x) -> d + e + x),
                net.jqwik.api.Combinators.combine(digits, digits, exponent)
                        .as((a, b, x) -> "-" + a + "." + b + "E" + x),
                Arbitraries.of(
                        "1E-999999999",
                        "0E-999999999",
                        "1e999999999",
                        "-0",
                        "0.000000000000000000001",
                        "99999999999999999999999999999999999999"));
    }

    @Property(tries = 400)
    void any_spelling_in_any_numeric_field_is_scored_or_refused_cleanly(
            @ForAll("spelling") String number, @ForAll("field") int field, @ForAll boolean yaml) throws IOException {
        int[] at = fields.get(field);
        String json = example.substring(0, at[0]) + number + example.substring(at[1]);
        // a JSON document is also YAML (flow style), so the same text checks the YAML reader
        Path file = Files.writeString(dir.resolve("case." + (yaml ? "yaml" : "json")), json);
        CliRun run = assertTimeoutPreemptively(
                Duration.ofSeconds(30), () -> CliRun.of("evaluate", file.toString(), "--format", "json"));
        assertThat(run.exitCode())
                .as(number + " at field " + field + ": " + run.err())
                .isIn(0, 2);
        assertThat(run.err()).as(number).doesNotContain("\tat ").doesNotContain("internal error");
        assertThat(run.out().length()).as(number).isLessThan(100_000);
    }

    /** The batch reader's shortcuts read every spelling as the file reader does, or both refuse it. */
    @Property(tries = 400)
    void the_batch_reader_and_the_file_reader_read_every_spelling_alike(
            @ForAll("spelling") String number, @ForAll("field") int field) {
        int[] at = fields.get(field);
        String line = (example.substring(0, at[0]) + number + example.substring(at[1])).replace('\n', ' ');
        org.jixiao.engine.submission.Submission quick = read(line, false);
        org.jixiao.engine.submission.Submission precise = read(line, true);
        assertThat(quick == null).as(number + ": refused by one reader only").isEqualTo(precise == null);
        if (quick != null) {
            assertThat(quick.facts()).as(number).isEqualTo(precise.facts());
            assertThat(quick.claimed()).as(number).isEqualTo(precise.claimed());
            assertThat(quick.subject()).as(number).isEqualTo(precise.subject());
        }
    }

    private static final org.jixiao.engine.Engine ENGINE = org.jixiao.engine.Engine.builder()
            .discover(NumberSpellingPropertiesTest.class.getClassLoader())
            .build();

    private static org.jixiao.engine.submission.Submission read(String line, boolean precise) {
        try {
            return ENGINE.readSubmissionLine("line", line, precise);
        } catch (org.jixiao.engine.problem.InputException refused) {
            return null;
        }
    }

    @Provide
    Arbitrary<Integer> field() {
        return Arbitraries.integers().between(0, fields.size() - 1);
    }
}
