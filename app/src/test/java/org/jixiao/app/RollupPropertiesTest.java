package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.jixiao.engine.Engine;
import org.jixiao.engine.json.SubmissionJson;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.engine.submission.Submission;
import org.jixiao.spi.PlanActual;
import org.jixiao.spi.RollupRule;
import org.jixiao.spi.Subject;

/** Properties of rolling counties up into their city with the built-in rubric's declared rules. */
class RollupPropertiesTest {

    private static final CompiledRubric RUBRIC = Engine.builder()
            .discover(RollupPropertiesTest.class.getClassLoader())
            .build()
            .loadRubric(Path.of("../rubrics/src/main/resources/META-INF/jixiao/rubrics/henan-2020-old-community.yaml"));

    private static final List<String> PAIRS =
            List.of("households", "area", "buildings", "communities", "elderlyCareArea");
    private static final List<String> COUNTS = List.of("violations", "qualityIssues", "unhandledPetitions");
    private static final Map<String, Object> CITY_OWN = Map.of(
            "fundRulesSound",
            true,
            "allocatedOnTime",
            true,
            "allocationTargeted",
            false,
            "monitoringInPlace",
            true,
            "targetsSetAndEvaluated",
            true,
            "undisclosedItems",
            1L,
            "reportDaysLate",
            0L,
            "reportComplete",
            true);

    @Provide
    Arbitrary<Map<String, Object>> county() {
        Arbitrary<PlanActual> pair = Combinators.combine(
                        Arbitraries.bigDecimals()
                                .between(new BigDecimal("1"), new BigDecimal("50000"))
                                .ofScale(2),
                        Arbitraries.bigDecimals()
                                .between(BigDecimal.ZERO, new BigDecimal("1.3"))
                                .ofScale(2))
                .as((plan, factor) -> new PlanActual(plan, plan.multiply(factor).setScale(2, RoundingMode.DOWN)));
        Arbitrary<BigDecimal> percent = Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("100"))
                .ofScale(1);
        Arbitrary<BigDecimal> weight = Arbitraries.bigDecimals()
                .between(new BigDecimal("1"), new BigDecimal("9000"))
                .ofScale(0);
        return Combinators.combine(
                        pair.list().ofSize(PAIRS.size()),
                        Arbitraries.longs().between(0, 5).list().ofSize(COUNTS.size()),
                        percent.list().ofSize(2),
                        weight.list().ofSize(2),
                        Arbitraries.of(true, false))
                .as((pairs, counts, percents, weights, subsidy) -> {
                    Map<String, Object> facts = new LinkedHashMap<>();
                    for (int i = 0; i < PAIRS.size(); i++) {
                        facts.put(PAIRS.get(i), pairs.get(i));
                    }
                    for (int i = 0; i < COUNTS.size(); i++) {
                        facts.put(COUNTS.get(i), counts.get(i));
                    }
                    facts.put("severeViolation", false);
                    facts.put("localSubsidyArranged", subsidy);
                    facts.put("socialFundingRatio", percents.get(0));
                    facts.put("satisfactionRate", percents.get(1));
                    facts.put("projectFunding", weights.get(0));
                    facts.put("satisfactionSurveyed", weights.get(1));
                    facts.putAll(CITY_OWN);
                    return facts;
                });
    }

    private static Submission submission(String region, Map<String, Object> facts) {
        Submission.Builder builder =
                Submission.builder(region + ".json").subject(new Subject(region, "county", 2020, null));
        facts.forEach(builder::fact);
        return builder.build();
    }

    private static Submission city() {
        Submission.Builder builder = Submission.builder("city.json").subject(new Subject("某市", "city", 2020, null));
        CITY_OWN.forEach(builder::fact);
        return builder.build();
    }

    private static List<Submission> counties(List<Map<String, Object>> facts) {
        List<Submission> counties = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            counties.add(submission("县" + i, facts.get(i)));
        }
        return counties;
    }

    @Property(tries = 100)
    void a_rollup_of_one_county_is_that_county(@ForAll("county") Map<String, Object> county) {
        Submission alone = submission("某县", county);
        Evaluation own = RUBRIC.evaluate(alone);
        Evaluation rolled = RUBRIC.evaluate(RUBRIC.combine(List.of(alone), city()));
        assertThat(rolled.total()).isEqualByComparingTo(own.total());
        assertThat(rolled.groups()).isEqualTo(own.groups());
        Map<String, Object> expected = new LinkedHashMap<>(county);
        expected.remove("projectFunding");
        expected.remove("satisfactionSurveyed");
        assertThat(RUBRIC.evaluate(submission("某县", expected)).factsSha256()).isEqualTo(rolled.factsSha256());
    }

    @Property(tries = 60)
    void the_order_of_the_counties_changes_nothing(
            @ForAll @Size(min = 2, max = 6) List<@net.jqwik.api.From("county") Map<String, Object>> facts,
            @ForAll long seed) {
        List<Submission> counties = counties(facts);
        String combined = SubmissionJson.write(RUBRIC.combine(counties, city()));
        List<Submission> shuffled = new ArrayList<>(counties);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(SubmissionJson.write(RUBRIC.combine(shuffled, city()))).isEqualTo(combined);
    }

    @Property(tries = 100)
    void splitting_a_county_in_two_does_not_change_the_city(
            @ForAll("county") Map<String, Object> county,
            @ForAll("county") Map<String, Object> other,
            @ForAll @IntRange(min = 1, max = 99) int percent) {
        BigDecimal share = BigDecimal.valueOf(percent, 2);
        Map<String, Object> first = new LinkedHashMap<>(county);
        Map<String, Object> second = new LinkedHashMap<>(county);
        for (String name : PAIRS) {
            PlanActual pair = (PlanActual) county.get(name);
            BigDecimal plan1 =
                    pair.plan().multiply(share).setScale(4, RoundingMode.DOWN).max(new BigDecimal("0.0001"));
            BigDecimal actual1 = pair.actual().multiply(share).setScale(4, RoundingMode.DOWN);
            first.put(name, new PlanActual(plan1, actual1));
            second.put(
                    name,
                    new PlanActual(pair.plan().subtract(plan1), pair.actual().subtract(actual1)));
        }
        for (String name : COUNTS) {
            long count = (Long) county.get(name);
            first.put(name, count / 2);
            second.put(name, count - count / 2);
        }
        for (String weight : List.of("projectFunding", "satisfactionSurveyed")) {
            BigDecimal whole = (BigDecimal) county.get(weight);
            BigDecimal part = whole.multiply(share).setScale(4, RoundingMode.DOWN);
            first.put(weight, part);
            second.put(weight, whole.subtract(part));
        }
        String whole = SubmissionJson.write(RUBRIC.combine(counties(List.of(county, other)), city()));
        String split = SubmissionJson.write(RUBRIC.combine(counties(List.of(first, other, second)), city()));
        assertThat(split).isEqualTo(whole);
    }

    @Property(tries = 100)
    void a_weighted_mean_of_equal_values_is_that_value(
            @ForAll @Size(min = 1, max = 8) List<@net.jqwik.api.From("county") Map<String, Object>> facts,
            @ForAll("ratio") BigDecimal ratio) {
        List<Map<String, Object>> same = new ArrayList<>();
        for (Map<String, Object> county : facts) {
            Map<String, Object> copy = new LinkedHashMap<>(county);
            copy.put("socialFundingRatio", ratio);
            same.add(copy);
        }
        Object combined = RUBRIC.combine(counties(same), city()).facts().get("socialFundingRatio");
        assertThat((BigDecimal) combined).isEqualByComparingTo(ratio);
        assertThat(RUBRIC.rollupRules().get("socialFundingRatio"))
                .isEqualTo(RollupRule.meanWeightedBy("projectFunding"));
    }

    @Provide
    Arbitrary<BigDecimal> ratio() {
        return Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("100"))
                .ofScale(3);
    }
}
