package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Random damage to the example — deleted lines, values of the wrong type, cut-off text, stray bytes —
 * never produces a stack trace or an exit code other than 0 (still valid) or 2 (bad input).
 */
class MutatedExamplePropertiesTest {

    private static final List<String> VALUES = List.of(
            "null",
            "true",
            "\"text\"",
            "-1",
            "1e400",
            "0",
            "[]",
            "{}",
            "\"1,766\"",
            "12.5",
            "NaN",
            "{\"plan\": 0}",
            "99999999999999999999");

    private Path dir;

    @BeforeProperty
    void makeFolder() throws IOException {
        dir = Files.createTempDirectory("jixiao-mutations");
    }

    @AfterProperty
    void removeFolder() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    /** A function from the example's bytes to damaged bytes. */
    interface Mutation {
        byte[] apply(byte[] example);
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<Mutation> deleteLine = Arbitraries.integers().between(0, 60).map(n -> example -> {
            List<String> lines = new java.util.ArrayList<>(
                    new String(example, StandardCharsets.UTF_8).lines().toList());
            lines.remove(n % lines.size());
            return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        });
        Arbitrary<Mutation> replaceValue = Arbitraries.integers()
                .between(0, 200)
                .flatMap(n -> Arbitraries.of(VALUES).map(value -> example -> {
                    String text = new String(example, StandardCharsets.UTF_8);
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                                    ":\\s*(true|false|-?[0-9.]+|\"[^\"]*\")")
                            .matcher(text);
                    int count = 0;
                    while (m.find()) {
                        if (count++ == n % 40) {
                            return (text.substring(0, m.start(1)) + value + text.substring(m.end(1)))
                                    .getBytes(StandardCharsets.UTF_8);
                        }
                    }
                    return example;
                }));
        Arbitrary<Mutation> truncate = Arbitraries.integers()
                .between(0, 2000)
                .map(n -> example -> java.util.Arrays.copyOf(example, Math.min(example.length, n)));
        Arbitrary<Mutation> randomBytes = Arbitraries.integers()
                .between(0, 2000)
                .flatMap(at -> Arbitraries.bytes()
                        .array(byte[].class)
                        .ofMinSize(1)
                        .ofMaxSize(8)
                        .map(bytes -> example -> {
                            int position = Math.min(example.length, at);
                            byte[] out = new byte[example.length + bytes.length];
                            System.arraycopy(example, 0, out, 0, position);
                            System.arraycopy(bytes, 0, out, position, bytes.length);
                            System.arraycopy(
                                    example, position, out, position + bytes.length, example.length - position);
                            return out;
                        }));
        return Arbitraries.oneOf(deleteLine, replaceValue, truncate, randomBytes);
    }

    /** The same damage to a submission of several programmes, scored with its programme set. */
    @Property(tries = 200)
    void damage_to_a_programme_set_submission_never_crashes(@ForAll("mutations") Mutation mutation) throws IOException {
        Path examples = Path.of("..", "examples", "rubrics");
        Path file = dir.resolve("mutated-set.json");
        Files.write(file, mutation.apply(Files.readAllBytes(examples.resolve("example-anju-county.json"))));

        CliRun run = CliRun.of(
                "evaluate",
                file.toString(),
                "-f",
                "json",
                "--rubric",
                examples.resolve("example-anju-2021.yaml").toString());

        scoredOrRefusedCleanly(run);
    }

    @Property(tries = 250)
    void damage_never_crashes(@ForAll("mutations") Mutation mutation) throws IOException {
        Path file = dir.resolve("mutated.json");
        Files.write(file, mutation.apply(Files.readAllBytes(CliRun.ZHUMADIAN)));

        CliRun run = CliRun.of("evaluate", file.toString(), "-f", "json");

        scoredOrRefusedCleanly(run);
    }

    /** Exit 0 (still valid) or 2 (bad input with one message and no output), never a trace or internal error. */
    private static void scoredOrRefusedCleanly(CliRun run) {
        net.jqwik.api.statistics.Statistics.collect(run.exitCode() == 0 ? "still valid" : "refused as bad input");
        assertThat(run.exitCode()).as(run.err()).isIn(0, 2);
        assertThat(run.err())
                .doesNotContain("Exception:")
                .doesNotContain("\tat ")
                .doesNotContain("internal error");
        if (run.exitCode() == 2) {
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).startsWith("jixiao: ");
        }
    }
}
