package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A city reviewing counties that each report three programmes as one set (安居工程): each programme reviewed as a
 * round of its own, each county's programmes combined as the set says, and the city's combination made from its
 * programmes' roll-ups.
 */
class SetReviewTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLES = Path.of("..", "examples", "rubrics");

    @TempDir
    Path round;

    /** The set and its rubrics in the round's folder, the example county, a second county and their city. */
    @BeforeEach
    void round() throws Exception {
        for (String file :
                List.of("example-anju-2021.yaml", "example-shantytown-2021.yaml", "example-rental-2021.yaml")) {
            Files.copy(EXAMPLES.resolve(file), round.resolve(file));
        }
        ObjectNode first = (ObjectNode)
                JSON.readTree(EXAMPLES.resolve("example-anju-county.json").toFile());
        Files.writeString(round.resolve("a-county.json"), first.toString());
        ObjectNode second = first.deepCopy();
        ((ObjectNode) second.get("subject")).put("region", "示例二县");
        ((ObjectNode) second.get("programmes").get("shantytown").get("facts")).put("funds", 4000);
        Files.writeString(round.resolve("b-county.json"), second.toString());
        Files.writeString(
                round.resolve("city.json"),
                """
                {"subject": {"region": "示例市", "level": "city", "year": 2021, "program": "城镇保障性安居工程"},
                 "rubric": "example-anju-2021.yaml", "parts": ["示例县", "示例二县"],
                 "programmes": {"oldCommunity": {"facts": {}}, "shantytown": {"facts": {}}, "rental": {"facts": {}}},
                 "claimed": {"total": 95}}
                """);
    }

    @Test
    void each_county_s_programmes_are_combined_and_the_city_s_from_its_programmes_roll_ups() throws Exception {
        CliRun run = CliRun.of("review", round.toString(), "--rollup-method", "mean-of-totals", "-f", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out());
        JsonNode counties = report.get("counties");
        assertThat(counties).hasSize(2);
        // 示例县: (98.5 × 3200 + 88.5 × 6000 + 94 × 1500) ÷ 10700 = 92.2570…, rounded to the set's 2 decimals
        assertThat(counties.get(0).get("region").asText()).isEqualTo("示例县");
        assertThat(counties.get(0).get("total").asText()).isEqualTo("92.26");
        assertThat(counties.get(0).get("claimed").asText()).isEqualTo("92.5");
        // 示例二县 with 4000 for 棚户区改造: (315200 + 354000 + 141000) ÷ 8700 = 93.1264…
        assertThat(counties.get(1).get("total").asText()).isEqualTo("93.13");
        assertThat(counties.get(1).get("programmes").get("shantytown").asText()).isEqualTo("88.5");
        // the city: each programme's mean of totals, weighted by the counties' funds added up
        JsonNode upper = report.get("upper");
        assertThat(upper.get("region").asText()).isEqualTo("示例市");
        assertThat(upper.get("weights").toString())
                .isEqualTo("{\"oldCommunity\":6400,\"shantytown\":10000,\"rental\":3000}");
        // (98.5 × 6400 + 88.5 × 10000 + 94 × 3000) ÷ 19400 = 92.6494…
        assertThat(upper.get("total").asText()).isEqualTo("92.65");
        assertThat(upper.get("claimed").asText()).isEqualTo("95");
        // each programme's own round, as a one-programme review writes it
        JsonNode shantytown = report.get("programmes").get("shantytown");
        assertThat(shantytown.get("rollup").get("total").asText()).isEqualTo("88.5");
        assertThat(shantytown.get("submissions")).hasSize(2);
    }

    @Test
    void the_table_shows_the_combinations_the_over_claims_and_each_programme_s_round() {
        CliRun run = CliRun.of("review", round.toString(), "--rollup-method", "mean-of-totals");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .startsWith("项目组合复核汇总\n")
                .contains("综合得分为各项目总分按资金加权平均")
                .containsPattern("示例市（汇总） +— +已汇总 +92\\.65 +优 +95 +98\\.5 +88\\.5 +94\n")
                .contains("示例市：综合得分自评95分，按各项目汇总核定92.65分")
                .contains("汇总权重（资金）：城镇老旧小区改造 6400，棚户区改造 10000，租赁住房保障 3000")
                .contains("【城镇老旧小区改造】\n复核汇总\n")
                .contains("【租赁住房保障】\n复核汇总\n");
        assertThat(run.err()).contains("example-anju-2021.yaml: skipped: a rubric");
        // the same bytes whatever the thread count
        assertThat(CliRun.of("review", round.toString(), "--rollup-method", "mean-of-totals", "--threads", "1")
                        .out())
                .isEqualTo(run.out());
    }

    @Test
    void written_to_a_folder_the_summary_and_each_programme_s_round_in_its_own_folder() throws Exception {
        Path out = round.resolve("out");
        CliRun run = CliRun.of("review", round.toString(), "--rollup-method", "mean-of-totals", "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("summary.txt")))
                .startsWith("项目组合复核汇总\n")
                .contains("92.65");
        for (String programme : List.of("oldCommunity", "shantytown", "rental")) {
            assertThat(Files.readString(out.resolve(programme).resolve("summary.txt")))
                    .startsWith("复核汇总\n");
            assertThat(out.resolve(programme).resolve("submissions").resolve("a-county.txt"))
                    .exists();
        }
    }

    @Test
    void a_roll_up_by_facts_names_what_each_programme_lacks_and_exits_2() {
        CliRun run = CliRun.of("review", round.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("未能汇总综合得分：项目 oldCommunity 城镇老旧小区改造 未能汇总");
        assertThat(run.err())
                .contains("jixiao: oldCommunity: ")
                .contains("missing fact \"projectFunding\"")
                .contains("jixiao: rental: ")
                .contains("gives no roll-up rule for");
    }

    @Test
    void a_one_programme_file_in_a_set_s_round_is_refused_with_why() throws Exception {
        Files.copy(Path.of("..", "examples", "zhumadian-2020-counties", "01-yicheng.json"), round.resolve("c.json"));

        CliRun run = CliRun.of("review", round.toString(), "--rollup-method", "mean-of-totals");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("c.json: gives one programme's facts; this round reviews programme set example-anju-2021");
    }

    @Test
    void notices_are_not_yet_written_for_a_set_s_round() {
        CliRun run = CliRun.of(
                "review",
                round.toString(),
                "--notices",
                round.resolve("notices").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("not yet for a round of programme set example-anju-2021");
        assertThat(round.resolve("notices")).doesNotExist();
    }
}
