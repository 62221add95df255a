package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jixiao batch: NDJSON in, one result per line out, in order, bad lines answered in place. */
class BatchCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The ten counties as ten NDJSON lines, with a blank line and two bad lines among them. */
    private static Path input(Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        try (var files = Files.list(ZhumadianReviewTest.COUNTIES)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("\\d\\d-.*\\.json"))
                    .sorted()
                    .toList()) {
                lines.add(JSON.readTree(file.toFile()).toString());
            }
        }
        lines.add(3, "");
        lines.add(
                5,
                "{\"facts\": {\"households\": {\"plan\": \"1,766\", \"actual\": 1}}, \"rubric\": \"henan-2020-old-community\"}");
        lines.add("{not json");
        return Files.write(dir.resolve("counties.ndjson"), lines);
    }

    @Test
    void every_line_gets_a_result_in_order_and_bad_lines_are_answered_in_place(@TempDir Path dir) throws Exception {
        Path in = input(dir);
        Path out = dir.resolve("results.ndjson");
        CliRun run = CliRun.of("batch", in.toString(), "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("12 lines: 10 scored, 2 refused, 0 failed");
        List<JsonNode> results = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            results.add(JSON.readTree(line));
        }
        assertThat(results).hasSize(12);
        assertThat(results)
                .extracting(r -> r.get("line").asInt())
                .containsExactly(1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        assertThat(results.get(0).get("region").asText()).isEqualTo("驿城区");
        assertThat(results.get(0).get("total").asText()).isEqualTo("100");
        assertThat(results.get(4).get("status").asText()).isEqualTo("refused");
        assertThat(results.get(4).get("error").asText())
                .startsWith(in + ":6:")
                .contains("facts.households.plan: expected a number, got the text \"1,766\"");
        assertThat(results.get(11).get("error").asText())
                .startsWith(in + ":13:")
                .contains("malformed JSON");
        JsonNode zhengyang = results.stream()
                .filter(r -> "正阳县".equals(r.path("region").asText()))
                .findFirst()
                .orElseThrow();
        assertThat(zhengyang.get("total").asText()).isEqualTo("70");
        assertThat(zhengyang.get("scores").get("output.households").asText()).isEqualTo("11");
        assertThat(zhengyang.get("discrepancies").toString())
                .contains("\"id\":\"output.households\",\"claimed\":15,\"computed\":11");
    }

    /**
     * Line breaks as readLine counts them (LF, CRLF, a lone CR), white-space lines skipped, and a line that is not
     * UTF-8 answered alone while the lines around it are scored.
     */
    @Test
    void lines_are_split_as_text_lines_are_and_a_line_that_is_not_utf8_is_refused_alone(@TempDir Path dir)
            throws Exception {
        List<String> counties = Files.readAllLines(input(dir));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.write((counties.get(0) + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bytes.write(" \t\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)); // blank: line 2
        bytes.write((counties.get(1) + "\r").getBytes(java.nio.charset.StandardCharsets.UTF_8)); // line 3, lone CR
        byte[] gbk = counties.get(2).getBytes(java.nio.charset.Charset.forName("GBK"));
        bytes.write(gbk); // line 4: GBK, not UTF-8
        bytes.write('\n');
        bytes.write(counties.get(4).getBytes(java.nio.charset.StandardCharsets.UTF_8)); // line 5, no final break
        Path in = Files.write(dir.resolve("mixed.ndjson"), bytes.toByteArray());

        CliRun run = CliRun.of("batch", in.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("4 lines: 3 scored, 1 refused, 0 failed");
        List<JsonNode> results = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            results.add(JSON.readTree(line));
        }
        assertThat(results.stream()
                        .map(r -> r.get("line").asInt() + " " + r.get("status").asText()))
                .containsExactly("1 ok", "3 ok", "4 refused", "5 ok");
        assertThat(results.get(2).get("error").asText()).contains("mixed.ndjson:4:1: file is not UTF-8 text");
    }

    /** A line longer than a submission may be is refused without being held, and the next line is scored. */
    @Test
    void an_endless_line_is_refused_alone(@TempDir Path dir) throws Exception {
        List<String> counties = Files.readAllLines(input(dir));
        Path in = dir.resolve("long.ndjson");
        try (var out = Files.newOutputStream(in)) {
            byte[] junk = new byte[1 << 20];
            java.util.Arrays.fill(junk, (byte) 'x');
            for (int i = 0; i < 17; i++) {
                out.write(junk);
            }
            out.write('\n');
            out.write(counties.get(0).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        CliRun run = CliRun.of("batch", in.toString());
        assertThat(run.err()).contains("2 lines: 1 scored, 1 refused, 0 failed");
        assertThat(run.out().lines().toList())
                .hasSize(2)
                .first()
                .asString()
                .contains("\"line\":1,\"status\":\"refused\"")
                .contains("long.ndjson:1:1: the line is longer than 16777216 bytes");
        assertThat(run.out().lines().toList().get(1)).contains("\"line\":2,\"status\":\"ok\"");
    }

    @Test
    void a_file_in_gbk_is_read_with_encoding(@TempDir Path dir) throws Exception {
        List<String> counties = Files.readAllLines(input(dir));
        Path in = Files.write(
                dir.resolve("gbk.ndjson"),
                (counties.get(0) + "\n" + counties.get(1) + "\n").getBytes(java.nio.charset.Charset.forName("GBK")));
        CliRun run = CliRun.of("batch", in.toString(), "--encoding", "GBK");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().map(l -> l.contains("\"status\":\"ok\"")).toList())
                .containsExactly(true, true);
        assertThat(run.out()).contains("驿城区");

        Path out = dir.resolve("gbk-results.ndjson");
        CliRun toFile = CliRun.of("batch", in.toString(), "--encoding", "GBK", "-o", out.toString());
        assertThat(toFile.exitCode()).as(toFile.err()).isZero();
        assertThat(Files.readString(out, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(run.out());
    }

    @Test
    void results_are_the_same_bytes_on_any_thread_count_and_detail_levels_add_what_they_say(@TempDir Path dir)
            throws Exception {
        Path in = input(dir);
        String one = CliRun.of("batch", in.toString(), "--threads", "1").out();
        String two = CliRun.of("batch", in.toString(), "--threads", "2").out();
        assertThat(one).isEqualTo(two).hasLineCount(12);
        String reasons =
                CliRun.of("batch", in.toString(), "--detail", "reasons").out();
        assertThat(JSON.readTree(reasons.lines().findFirst().orElseThrow())
                        .get("reasons")
                        .get("output.households")
                        .asText())
                .startsWith("2020年计划改造户数");
        JsonNode full = JSON.readTree(CliRun.of("batch", in.toString(), "--detail", "full")
                .out()
                .lines()
                .findFirst()
                .orElseThrow());
        String file = CliRun.of(
                        "evaluate",
                        ZhumadianReviewTest.COUNTIES.resolve("01-yicheng.json").toString(),
                        "-f",
                        "json")
                .out();
        assertThat(full.get("result")).isEqualTo(JSON.readTree(file));
    }

    /** A file gets the workers' UTF-8 bytes as they are; standard output the same text through its writer. */
    @Test
    void a_result_file_holds_the_same_bytes_as_standard_output_at_every_detail(@TempDir Path dir) throws Exception {
        Path in = input(dir);
        for (String detail : List.of("scores", "reasons", "full")) {
            Path out = dir.resolve(detail + ".ndjson");
            CliRun toFile = CliRun.of("batch", in.toString(), "--detail", detail, "-o", out.toString());
            CliRun toStdout = CliRun.of("batch", in.toString(), "--detail", detail);

            assertThat(toFile.exitCode()).isEqualTo(toStdout.exitCode()).isEqualTo(2);
            assertThat(Files.readString(out, java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(toStdout.out())
                    .contains("驿城区");
        }
    }

    /** Lines that give three programmes each (a county reporting its 安居工程 as a set) are scored with their set. */
    @Test
    void lines_of_several_programmes_are_scored_with_their_programme_set(@TempDir Path dir) throws Exception {
        Path examples = Path.of("..", "examples", "rubrics");
        for (String file :
                List.of("example-anju-2021.yaml", "example-shantytown-2021.yaml", "example-rental-2021.yaml")) {
            Files.copy(examples.resolve(file), dir.resolve(file));
        }
        JsonNode county =
                JSON.readTree(examples.resolve("example-anju-county.json").toFile());
        com.fasterxml.jackson.databind.node.ObjectNode second = county.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) second.get("subject")).put("region", "示例二县");
        ((com.fasterxml.jackson.databind.node.ObjectNode)
                        second.get("programmes").get("rental").get("facts"))
                .put("funds", -1);
        Path in = Files.write(
                dir.resolve("sets.ndjson"),
                List.of(
                        county.toString(),
                        second.toString(),
                        JSON.readTree(ZhumadianReviewTest.COUNTIES
                                        .resolve("01-yicheng.json")
                                        .toFile())
                                .toString()));

        CliRun run = CliRun.of("batch", in.toString(), "--threads", "1");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            lines.add(JSON.readTree(line));
        }

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(lines).hasSize(3);
        // the set's total weighted by each programme's funds, the same as evaluate gives for the file
        JsonNode set = lines.get(0);
        assertThat(set.get("status").asText()).isEqualTo("ok");
        assertThat(set.get("set").asText()).isEqualTo("example-anju-2021");
        assertThat(set.get("total").asText())
                .isEqualTo(JSON.readTree(CliRun.of(
                                        "evaluate",
                                        examples.resolve("example-anju-county.json")
                                                .toString(),
                                        "-f",
                                        "json")
                                .out())
                        .get("total")
                        .asText());
        assertThat(set.get("programmes").get("oldCommunity").get("total").asText())
                .isEqualTo("98.5");
        assertThat(set.get("programmes").get("shantytown").get("scores").size()).isPositive();
        // a bad programme's fact is refused in place, with its line and the path inside the programme
        assertThat(lines.get(1).get("status").asText()).isEqualTo("refused");
        assertThat(lines.get(1).get("error").asText())
                .startsWith(in + ":2:")
                .contains("programmes.rental.facts.funds: expected a number, 0 or more, got -1");
        // a one-programme line beside them is scored as ever
        assertThat(lines.get(2).get("total").asText()).isEqualTo("100");
        assertThat(CliRun.of("batch", in.toString(), "--threads", "3").out()).isEqualTo(run.out());
    }
}
