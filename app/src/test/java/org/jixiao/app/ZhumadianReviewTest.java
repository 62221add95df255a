package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The city's round on the acceptance data (docs/spec/henan-2020-rollup.md): ten counties scored and checked,
 * rolled up with the city's own file into exactly the seed's city facts, 98.1 / 优; 91.54 by the mean of totals.
 */
class ZhumadianReviewTest {

    static final Path COUNTIES = Path.of("..", "examples", "zhumadian-2020-counties");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode review(int exitCode, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("review"));
        all.addAll(List.of(args));
        all.addAll(List.of("--format", "json"));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        return JSON.readTree(run.out());
    }

    @Test
    void each_county_gets_the_total_its_readme_lists_and_the_overclaims_are_found() throws IOException {
        JsonNode report = review(0, COUNTIES.toString());
        Map<String, String> totals = new LinkedHashMap<>();
        for (JsonNode s : report.get("submissions")) {
            totals.put(
                    s.get("name").asText(),
                    s.get("total").asText() + " " + s.get("grade").asText());
        }
        assertThat(totals)
                .containsExactly(
                        Map.entry("驿城区", "100 优"),
                        Map.entry("西平县", "98.75 优"),
                        Map.entry("上蔡县", "98.5 优"),
                        Map.entry("平舆县", "99 优"),
                        Map.entry("正阳县", "70 中"),
                        Map.entry("确山县", "99.5 优"),
                        Map.entry("泌阳县", "98.875 优"),
                        Map.entry("汝南县", "94.25 优"),
                        Map.entry("遂平县", "99.25 优"),
                        Map.entry("新蔡县", "57.275 差"));
        assertThat(report.get("counts").get("scored").asInt()).isEqualTo(10);
        assertThat(report.get("review").get("overClaimed").asInt()).isEqualTo(2);
        assertThat(report.get("review").get("overClaimedPoints").decimalValue()).isEqualByComparingTo("19");
        Map<String, List<String>> findings = new LinkedHashMap<>();
        for (JsonNode s : report.get("submissions")) {
            List<String> found = new ArrayList<>();
            s.get("findings")
                    .forEach(f -> found.add(
                            f.get("id").asText() + " " + f.get("claimed").asText() + "→"
                                    + f.get("expected").asText()));
            if (!found.isEmpty()) {
                findings.put(s.get("name").asText(), found);
            }
        }
        assertThat(findings)
                .containsOnly(
                        Map.entry("正阳县", List.of("output.households 15→11", "output.elderlyCare 10→0", "total 84→70")),
                        Map.entry("新蔡县", List.of("output.households 5→0", "total 62.275→57.275")));
    }

    @Test
    void the_counties_and_the_city_file_combine_into_exactly_the_seed_city_facts_and_score_98_1() throws IOException {
        JsonNode rollup = review(0, COUNTIES.toString()).get("rollup");
        assertThat(rollup.get("status").asText()).isEqualTo("made");
        assertThat(rollup.get("method").asText()).isEqualTo("facts");
        assertThat(rollup.get("region").asText()).isEqualTo("驻马店市");

        JsonNode seed = JSON.readTree(CliRun.ZHUMADIAN.toFile()).get("facts");
        JsonNode combined = rollup.get("facts");
        List<String> seedNames = new ArrayList<>();
        seed.fieldNames().forEachRemaining(seedNames::add);
        List<String> combinedNames = new ArrayList<>();
        combined.fieldNames().forEachRemaining(combinedNames::add);
        assertThat(combinedNames).containsExactlyInAnyOrderElementsOf(seedNames);
        // a plan and an actual are written in that order, as a submission writes them, on every run
        List<String> pairOrder = new ArrayList<>();
        combined.get("households").fieldNames().forEachRemaining(pairOrder::add);
        assertThat(pairOrder).containsExactly("plan", "actual");
        for (String name : seedNames) {
            assertThat(equal(combined.get(name), seed.get(name)))
                    .as(name + ": " + combined.get(name) + " vs " + seed.get(name))
                    .isTrue();
        }

        JsonNode city = rollup.get("evaluation");
        JsonNode alone = JSON.readTree(CliRun.of("evaluate", CliRun.ZHUMADIAN.toString(), "--format", "json")
                .out());
        assertThat(city.get("factsSha256").asText())
                .isEqualTo(alone.get("factsSha256").asText());
        assertThat(city.get("total").toString()).isEqualTo("98.1");
        assertThat(city.get("grade").asText()).isEqualTo("优");
        assertThat(city.get("discrepancies")).isEmpty();
        assertThat(city.get("groups")).isEqualTo(alone.get("groups"));

        assertThat(rollup.get("parts")).hasSize(10);
        JsonNode first = rollup.get("parts").get(0);
        assertThat(first.get("region").asText()).isEqualTo("驿城区");
        assertThat(first.get("file").asText()).endsWith("01-yicheng.json");
        assertThat(first.get("factsSha256").asText()).hasSize(64);
    }

    @Test
    void the_mean_of_the_county_totals_is_91_54() throws IOException {
        JsonNode rollup = review(0, COUNTIES.toString(), "--rollup-method", "mean-of-totals")
                .get("rollup");
        assertThat(rollup.get("total").toString()).isEqualTo("91.54");
        assertThat(rollup.get("grade").asText()).isEqualTo("优");
        assertThat(rollup.get("evaluation")).isNull();
    }

    @Test
    void the_citys_claimed_total_is_checked_against_the_mean_of_totals_too() throws IOException {
        // city.json claims 98.1; the mean of its counties' totals is 91.54: a discrepancy, whatever the method
        CliRun run = CliRun.of("review", COUNTIES.toString(), "--rollup-method", "mean-of-totals", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode discrepancy =
                JSON.readTree(run.out()).get("rollup").get("discrepancies").get(0);
        assertThat(discrepancy.get("id").asText()).isEqualTo("total");
        assertThat(discrepancy.get("claimed").decimalValue()).isEqualByComparingTo("98.1");
        assertThat(discrepancy.get("computed").decimalValue()).isEqualByComparingTo("91.54");
        assertThat(CliRun.of("review", COUNTIES.toString(), "--rollup-method", "mean-of-totals")
                        .out())
                .contains("自评得分核对：total 合计：自评98.1分，核定91.54分（多报6.56分）");
    }

    @Test
    void a_bad_county_is_refused_by_name_the_others_are_scored_and_the_rollup_stops(@TempDir Path dir)
            throws IOException {
        Path copy = copy(dir);
        Files.writeString(
                copy.resolve("10-xincai.json"),
                Files.readString(copy.resolve("10-xincai.json")).replace("\"plan\": 1724", "\"plan\": \"1,724\""));
        CliRun run = CliRun.of("review", copy.toString(), "--format", "json");
        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("counts").get("scored").asInt()).isEqualTo(9);
        assertThat(report.get("counts").get("refused").asInt()).isEqualTo(1);
        assertThat(report.get("submissions").get(9).get("refusal").asText())
                .contains("10-xincai.json:", "facts.households.plan", "expected a number, got the text \"1,724\"");
        assertThat(report.get("rollup").get("status").asText()).isEqualTo("blocked");
        assertThat(report.get("rollup").get("blockers").get(0).asText())
                .startsWith("新蔡县 (" + copy.resolve("10-xincai.json") + ") was refused");
        assertThat(run.err()).contains("jixiao: refused: ").contains("the roll-up was not made");

        JsonNode excluded =
                review(2, copy.toString(), "--exclude", "10-xincai.json").get("rollup");
        assertThat(excluded.get("status").asText()).isEqualTo("made");
        assertThat(excluded.get("parts")).hasSize(9);
        assertThat(excluded.get("excluded").get(0).asText()).isEqualTo("新蔡县");
    }

    @Test
    void a_missing_county_stops_the_rollup_unless_left_out_explicitly(@TempDir Path dir) throws IOException {
        Path copy = copy(dir);
        Files.delete(copy.resolve("10-xincai.json"));
        JsonNode blocked = review(2, copy.toString()).get("rollup");
        assertThat(blocked.get("status").asText()).isEqualTo("blocked");
        assertThat(blocked.get("blockers").get(0).asText()).startsWith("新蔡县 is one of 驻马店市's parts");

        JsonNode made = review(0, copy.toString(), "--exclude", "新蔡县").get("rollup");
        assertThat(made.get("status").asText()).isEqualTo("made");
        assertThat(made.get("excluded").get(0).asText()).isEqualTo("新蔡县");
        assertThat(made.get("evaluation").get("total").decimalValue()).isNotNull();
    }

    @Test
    void a_typo_in_exclude_is_not_silently_ignored() throws IOException {
        JsonNode rollup = review(2, COUNTIES.toString(), "--exclude", "新菜县").get("rollup");
        assertThat(rollup.get("blockers").get(0).asText())
                .isEqualTo("--exclude 新菜县 matches no submission (by region, file name or path)");
    }

    @Test
    void reruns_give_identical_bytes_whatever_the_thread_count_or_file_order() throws IOException {
        List<String> files;
        try (Stream<Path> listing = Files.list(COUNTIES)) {
            files = new ArrayList<>(listing.filter(p -> p.toString().endsWith(".json"))
                    .map(Path::toString)
                    .toList());
        }
        Collections.sort(files);
        List<String> one = new ArrayList<>(List.of("review", "--threads", "1", "--format", "json"));
        one.addAll(files);
        Collections.reverse(files);
        List<String> four = new ArrayList<>(List.of("review", "--threads", "4", "--format", "json"));
        four.addAll(files);
        String a = CliRun.of(one.toArray(String[]::new)).out();
        String b = CliRun.of(four.toArray(String[]::new)).out();
        assertThat(a).contains("\"total\": 98.1,").isEqualTo(b);
        for (String format : List.of("table", "markdown")) {
            assertThat(CliRun.of("review", COUNTIES.toString(), "--threads", "1", "--format", format)
                            .out())
                    .isEqualTo(CliRun.of("review", COUNTIES.toString(), "--threads", "3", "--format", format)
                            .out());
        }
    }

    @Test
    void output_folder_holds_summary_each_county_and_the_city_whose_submission_scores_again(@TempDir Path dir)
            throws IOException {
        Path out = dir.resolve("review");
        CliRun run = CliRun.of("review", COUNTIES.toString(), "--format", "json", "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(out.resolve("summary.json")).exists();
        try (Stream<Path> files = Files.list(out.resolve("submissions"))) {
            assertThat(files.count()).isEqualTo(10);
        }
        assertThat(JSON.readTree(out.resolve("submissions/05-zhengyang.json").toFile())
                        .get("total")
                        .asText())
                .isEqualTo("70");
        assertThat(JSON.readTree(out.resolve("rollup/result.json").toFile())
                        .get("total")
                        .toString())
                .isEqualTo("98.1");
        CliRun again =
                CliRun.of("evaluate", out.resolve("rollup/submission.json").toString(), "--format", "json");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(JSON.readTree(again.out()).get("total").toString()).isEqualTo("98.1");

        // a rerun replaces its own folder; a folder of other files is refused and left alone
        assertThat(CliRun.of("review", COUNTIES.toString(), "-o", out.toString())
                        .exitCode())
                .isZero();
        assertThat(out.resolve("summary.txt")).exists();
        assertThat(out.resolve("summary.json")).doesNotExist();
        Path foreign = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(foreign.resolve("notes.txt"), "keep");
        CliRun refused = CliRun.of("review", COUNTIES.toString(), "-o", foreign.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("holds files jixiao did not write");
        try (Stream<Path> files = Files.list(foreign)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("notes.txt");
        }
    }

    @Test
    void the_table_shows_the_review_the_comparison_and_the_city() {
        CliRun run = CliRun.of("review", COUNTIES.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("共10份自评材料：评分10份，拒收0份")
                .contains("复核：2个县（区）自评得分有误，其中2个多报总分，共19分。")
                .contains("改造户数计划完成率：自评15分，核定11分（多报4分）")
                .contains("横向比较：各指标得分")
                // ties said as ties: seven counties share the highest households score, 正阳县 and 新蔡县 the lowest care
                .contains("驿城区等7个县（区）15分")
                .contains("正阳县等2个县（区）0分")
                .contains("驻马店市（各县（区）事实汇总后评分）：总分98.1分，等级：优")
                .contains("总分98.1分，等级：优（优秀）");
        CliRun markdown = CliRun.of("review", COUNTIES.toString(), "--format", "markdown");
        assertThat(markdown.out())
                .contains("## 复核", "## 横向比较", "## 汇总", "| 正阳县 | 05-zhengyang.json | 已评分 | 70 | 中 | 9 | 84 | 3 |");
    }

    @Test
    void a_city_file_that_gives_a_combined_fact_or_a_county_without_its_weight_blocks_the_rollup(@TempDir Path dir)
            throws IOException {
        Path copy = copy(dir);
        Files.writeString(
                copy.resolve("city.json"),
                Files.readString(copy.resolve("city.json"))
                        .replace("\"reportComplete\": true", "\"reportComplete\": true, \"qualityIssues\": 0"));
        Files.writeString(
                copy.resolve("03-shangcai.json"),
                Files.readString(copy.resolve("03-shangcai.json")).replaceFirst("\"projectFunding\": [0-9.]+,", ""));
        JsonNode rollup = review(2, copy.toString()).get("rollup");
        assertThat(rollup.get("status").asText()).isEqualTo("blocked");
        List<String> blockers = new ArrayList<>();
        rollup.get("blockers").forEach(b -> blockers.add(b.asText()));
        assertThat(blockers).anySatisfy(b -> assertThat(b)
                .startsWith(copy.resolve("03-shangcai.json") + ":")
                .contains(
                        "missing fact \"projectFunding\"",
                        "needed to roll 上蔡县 up into 驻马店市",
                        "it weights socialFundingRatio"));
        assertThat(blockers).anySatisfy(b -> assertThat(b)
                .startsWith(copy.resolve("city.json") + ":")
                .contains("facts.qualityIssues: this fact is combined from the counties (sum)"));
    }

    @Test
    void counties_whose_weights_add_up_to_zero_are_refused_naming_the_weight(@TempDir Path dir) throws IOException {
        Path copy = copy(dir);
        try (Stream<Path> files = Files.list(copy)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("\\d\\d-.*"))
                    .toList()) {
                Files.writeString(
                        file,
                        Files.readString(file)
                                .replaceFirst("\"satisfactionSurveyed\": [0-9.]+", "\"satisfactionSurveyed\": 0"));
            }
        }
        JsonNode rollup = review(2, copy.toString()).get("rollup");
        assertThat(rollup.get("blockers").get(0).asText())
                .contains(
                        "facts.satisfactionRate",
                        "the weights \"satisfactionSurveyed\" of the 10 counties add up to 0");
    }

    @Test
    void a_progress_bar_only_when_a_person_watches_a_long_run() {
        assertThat(org.jixiao.app.cli.ReviewProgress.shown(true, 20)).isTrue();
        assertThat(org.jixiao.app.cli.ReviewProgress.shown(true, 10)).isFalse();
        assertThat(org.jixiao.app.cli.ReviewProgress.shown(false, 5000)).isFalse();
    }

    /** Numbers compare by value, objects field by field. */
    private static boolean equal(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) a::fields) {
                if (!b.has(field.getKey()) || !equal(field.getValue(), b.get(field.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    @Test
    void a_county_whose_area_was_typed_in_square_metres_is_named_beside_the_others(@TempDir Path dir) throws Exception {
        Path counties = copy(dir);
        Path queshan = counties.resolve("06-queshan.json");
        // plan and actual both in 平方米: their ratio is plausible, the area a household is not, nor beside nine others
        Files.writeString(
                queshan,
                Files.readString(queshan)
                        .replace(
                                "\"plan\": 22.6,\n      \"actual\": 22.6",
                                "\"plan\": 226000,\n      \"actual\": 226000"));
        CliRun run = CliRun.of("review", counties.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> reminders = new ArrayList<>();
        JSON.readTree(run.out()).get("review").get("reminders").forEach(r -> reminders.add(r.asText()));
        assertThat(reminders)
                .contains("确山县（06-queshan.json）：改造面积与改造户数之比为103，各县（区）中位数为0.0103，高出约10000倍，请核对其数字和单位")
                .anySatisfy(r -> assertThat(r)
                        .startsWith("确山县（06-queshan.json）：facts.area.actual: 改造面积 实际数" + " 226000万平方米")
                        .endsWith("was it typed in 平方米?"));
        CliRun clean = CliRun.of("review", COUNTIES.toString(), "--format", "json");
        assertThat(JSON.readTree(clean.out()).get("review").has("reminders")).isFalse();

        Path workbook = dir.resolve("复核.xlsx");
        CliRun written = CliRun.of("review", counties.toString(), "-o", workbook.toString());
        assertThat(written.exitCode()).as(written.err()).isZero();
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(workbook.toFile())) {
            List<String> opinions = new ArrayList<>();
            book.getSheet("复核").forEach(row -> opinions.add(row.getCell(4).getStringCellValue()));
            assertThat(opinions).contains("请核对（未改变评分）：改造面积与改造户数之比为103，各县（区）中位数为0.0103，高出约10000倍，请核对其数字和单位");
        }
    }

    @Test
    void a_rounds_folder_may_hold_the_rubric_its_counties_name(@TempDir Path dir) throws Exception {
        Path counties = copy(dir);
        Files.copy(
                Path.of("../rubrics/src/main/resources/META-INF/jixiao/rubrics/henan-2020-old-community.yaml"),
                counties.resolve("rubric.yaml"));
        try (Stream<Path> files = Files.list(counties)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                Files.writeString(
                        file,
                        Files.readString(file)
                                .replace("\"rubric\": \"henan-2020-old-community\"", "\"rubric\": \"rubric.yaml\""));
            }
        }

        CliRun run = CliRun.of("review", counties.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("rubric.yaml: skipped: a rubric, not a county's submission");
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("counts").get("inputs").asInt()).isEqualTo(10);
        assertThat(report.get("rollup").get("total").toString()).isEqualTo("98.1");
    }

    @Test
    void a_fact_may_roll_up_as_the_plain_mean_of_the_counties(@TempDir Path dir) throws Exception {
        // every county counting the same: (20.5+15+14+16+12+18+15.5+13+17+13.1) / 10 = 15.41
        Path rubric = Files.writeString(
                dir.resolve("plain-mean.yaml"),
                """
                id: plain-mean
                version: "1"
                extends: henan-2020-old-community
                rollup:
                  method: facts
                  facts:
                    socialFundingRatio: mean
                    satisfactionRate: { mean: satisfactionSurveyed }
                    monitoringInPlace: own
                    targetsSetAndEvaluated: own
                """);

        CliRun run = CliRun.of("review", COUNTIES.toString(), "--rubric", rubric.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode rollup = JSON.readTree(run.out()).get("rollup");
        assertThat(rollup.get("facts").get("socialFundingRatio").decimalValue()).isEqualByComparingTo("15.41");
        assertThat(CliRun.of("rubric", "show", rubric.toString()).out()).contains("mean of the counties");
    }

    static Path copy(Path dir) throws IOException {
        Path copy = Files.createDirectories(dir.resolve("counties"));
        try (Stream<Path> files = Files.list(COUNTIES)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    static BigDecimal decimal(String text) {
        return new BigDecimal(text);
    }
}
