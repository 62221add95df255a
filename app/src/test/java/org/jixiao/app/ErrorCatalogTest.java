package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case of {@code error-catalog.yaml}: one clear message naming the file, the place and what was
 * expected, the documented exit code, no stack trace, and no output file written or overwritten. Also
 * keeps {@code docs/errors.md} in step with the catalogue.
 */
class ErrorCatalogTest {

    private static final Path CATALOG = Path.of("src/test/resources/error-catalog.yaml");
    private static final Path DOC = Path.of("..", "docs", "errors.md");
    private static final Path BUILT_IN_RUBRIC =
            Path.of("../rubrics/src/main/resources/META-INF/jixiao/rubrics/henan-2020-old-community.yaml");
    private static final String PREVIOUS_OUTPUT = "a previous good result";

    record Case(
            int number,
            String input,
            String file,
            JsonNode spec,
            List<String> args,
            int exit,
            String message,
            String chinese) {
        @Override
        public String toString() {
            return number + ". " + input;
        }
    }

    static List<Case> cases() throws IOException {
        JsonNode catalog = new ObjectMapper(new YAMLFactory()).readTree(CATALOG.toFile());
        List<Case> cases = new ArrayList<>();
        for (JsonNode node : catalog) {
            List<String> args = new ArrayList<>();
            node.get("args").forEach(a -> args.add(a.asText()));
            cases.add(new Case(
                    cases.size() + 1,
                    node.get("input").asText(),
                    node.has("file") ? node.get("file").asText() : null,
                    node,
                    args,
                    node.get("exit").asInt(),
                    node.get("message").asText(),
                    node.has("zh") ? node.get("zh").asText() : ""));
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void every_bad_input_gets_one_precise_answer(Case c, @TempDir Path dir) throws IOException {
        Path file = c.file() == null ? null : write(c, dir);
        List<String> args = new ArrayList<>(c.args().stream()
                .map(a -> file == null ? a : a.replace("{file}", file.toString()))
                .toList());
        Path output = dir.resolve("result.out");
        boolean guardsOutput = args.get(0).equals("evaluate") && !args.contains("-o");
        if (guardsOutput) {
            Files.writeString(output, PREVIOUS_OUTPUT);
            args.addAll(List.of("-o", output.toString()));
        }

        CliRun run = CliRun.of(args.toArray(String[]::new));

        String err = run.err().replace(dir + "/", "");
        assertThat(run.exitCode()).as(err).isEqualTo(c.exit());
        assertThat(err.lines().findFirst().orElse("")).isEqualTo(c.message());

        // the same run in Chinese: the same answer, every line of it translated and nothing of it lost
        List<String> chineseArgs = new ArrayList<>(List.of("--lang", "zh"));
        chineseArgs.addAll(args);
        if (guardsOutput) {
            Files.writeString(output, PREVIOUS_OUTPUT);
        }
        CliRun chinese = CliRun.of(chineseArgs.toArray(String[]::new));
        String zh = chinese.err().replace(dir + "/", "");
        Chinese.record(c.number(), zh);
        assertThat(chinese.exitCode()).as(zh).isEqualTo(c.exit());
        assertThat(zh.lines().findFirst().orElse("")).isEqualTo(c.chinese());
        Chinese.assertTranslated(err, zh);
        assertThat(err).doesNotContain("Exception:").doesNotContain("\tat ");
        if (guardsOutput && c.exit() == 0) {
            assertThat(Files.readString(output)).contains("\"status\": \"ok\"");
        } else if (guardsOutput) {
            assertThat(Files.readString(output)).isEqualTo(PREVIOUS_OUTPUT);
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left)
                    .allSatisfy(p -> assertThat(p.getFileName().toString()).doesNotEndWith(".tmp"));
        }
    }

    @Test
    void the_catalogue_covers_at_least_25_distinct_bad_inputs() throws IOException {
        assertThat(cases().stream()
                        .filter(c -> c.exit() != 0)
                        .map(Case::message)
                        .distinct()
                        .count())
                .isGreaterThanOrEqualTo(25);
    }

    /** Regenerate with: mvn -pl app test -Dtest=ErrorCatalogTest -Djixiao.updateDocs=true */
    @Test
    void docs_errors_md_is_the_catalogue() throws IOException {
        String rendered = render(cases());
        if (Boolean.getBoolean("jixiao.updateDocs")) {
            Files.writeString(DOC, rendered);
        }
        if (!Files.exists(DOC) || !Files.readString(DOC).equals(rendered)) {
            fail("docs/errors.md is not the rendering of " + CATALOG + "; regenerate it with: mvn -pl app test"
                    + " -Dtest=ErrorCatalogTest -Djixiao.updateDocs=true");
        }
    }

    @Test
    void verbose_adds_the_stack_trace(@TempDir Path dir) throws IOException {
        Path submission = Files.writeString(dir.resolve("list.json"), "[1]");

        CliRun run = CliRun.of("--verbose", "evaluate", submission.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("org.jixiao.engine.problem.InputException")
                .contains("\tat org.jixiao.");
    }

    private static Path write(Case c, Path dir) throws IOException {
        Path file = dir.resolve(c.file());
        JsonNode spec = c.spec();
        String example = Files.readString(
                spec.has("base") ? Path.of("..", "examples", spec.get("base").asText()) : CliRun.ZHUMADIAN);
        if (spec.has("workbook")) {
            return WorkbookCases.write(file, spec.get("workbook"));
        }
        if (spec.has("counties")) {
            // the example's counties folder, with files replaced as the case says
            Files.createDirectories(file);
            try (Stream<Path> files = Files.list(Path.of("..", "examples", "zhumadian-2020-counties"))) {
                for (Path county : files.toList()) {
                    Files.copy(county, file.resolve(county.getFileName()));
                }
            }
            var replaced = spec.get("counties").fields();
            while (replaced.hasNext()) {
                var entry = replaced.next();
                Files.writeString(file.resolve(entry.getKey()), entry.getValue().asText());
            }
            return file;
        }
        if (spec.has("round")) {
            return WorkbookCases.round(file, spec.get("round"));
        }
        if (spec.has("content")) {
            return Files.writeString(file, spec.get("content").asText());
        }
        if (spec.has("replace")) {
            String from = spec.get("replace").get(0).asText();
            if (!example.contains(from)) {
                throw new IllegalStateException("case " + c + ": the example does not contain " + from);
            }
            return Files.writeString(
                    file, example.replace(from, spec.get("replace").get(1).asText()));
        }
        if (spec.has("truncate-after")) {
            String at = spec.get("truncate-after").asText();
            return Files.writeString(file, example.substring(0, example.indexOf(at) + at.length()));
        }
        switch (spec.get("make").asText()) {
            case "example" -> Files.writeString(file, example);
            case "folder" -> Files.createDirectory(file);
            case "bom" -> Files.write(
                    file,
                    concat(
                            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                            example.getBytes(StandardCharsets.UTF_8)));
            case "gbk" -> Files.write(file, example.getBytes(Charset.forName("GBK")));
            case "deep" -> Files.writeString(file, "[".repeat(65) + "]".repeat(65));
            case "huge" -> Files.write(
                    file,
                    concat(
                            " ".repeat(17 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII),
                            "{}".getBytes(StandardCharsets.US_ASCII)));
            case "truncated-utf8" -> {
                byte[] bytes = example.getBytes(StandardCharsets.UTF_8);
                int cut = example.substring(0, example.indexOf("驻")).getBytes(StandardCharsets.UTF_8).length + 1;
                Files.write(file, java.util.Arrays.copyOf(bytes, cut));
            }
            case "bad-rubric" -> Files.writeString(
                    file,
                    Files.readString(BUILT_IN_RUBRIC)
                            .replace(
                                    "weight: 15\n        type: plan-completion",
                                    "weight: 13\n        type: plan-completion"));
            default -> throw new IllegalStateException("case " + c + ": unknown make " + spec.get("make"));
        }
        return file;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    private static String render(List<Case> cases) {
        StringBuilder doc = new StringBuilder(
                """
                # Bad inputs and what jixiao answers

                Generated from `app/src/test/resources/error-catalog.yaml` by `ErrorCatalogTest`, which runs every
                case through the CLI: do not edit by hand. Exit codes: `0` success (warnings go to stderr), `1` an
                internal error or a failed indicator type, `2` bad input. For bad input jixiao prints one message
                naming the file, the line:column and path, and what was expected; no stack trace unless
                `--verbose`; and it writes no output file, nor overwrites one (`-o` writes whole files or nothing).

                Every message is also written in Chinese: with `--lang zh`, or by default where the system's language is
                Chinese (a Chinese Windows); the last column is that line.

                | # | input | command | exit | message (first line of stderr) | 中文 (`--lang zh`) |
                |---:|---|---|---:|---|---|
                """);
        for (Case c : cases) {
            doc.append("| ")
                    .append(c.number())
                    .append(" | ")
                    .append(cell(c.input()))
                    .append(" | `jixiao ")
                    .append(cell(String.join(" ", c.args()).replace("{file}", c.file() == null ? "" : c.file())))
                    .append("` | ")
                    .append(c.exit())
                    .append(" | ")
                    .append(c.message().isEmpty() ? "(nothing: scored)" : "`" + cell(c.message()) + "`")
                    .append(" | ")
                    .append(c.chinese().isEmpty() ? "（无：已评分）" : "`" + cell(c.chinese()) + "`")
                    .append(" |\n");
        }
        return doc.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
