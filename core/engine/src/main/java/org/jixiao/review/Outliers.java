package org.jixiao.review;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jixiao.engine.rubric.RequiredFact;
import org.jixiao.engine.rubric.Rubric;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.spi.Api;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.PlanActual;
import org.jixiao.spi.scoring.Numbers;

/**
 * The counties far from the others on a ratio: a completion rate (实际 ÷ 计划), or a ratio the rubric declares
 * between two facts (改造面积 a household). A figure typed in the wrong unit may be plausible on its own and still
 * stand out beside nine others; the reviewer is told, at the county, with the median it is measured against. Needs
 * four counties or more; a county more than {@value #FACTOR} times above or below the others' median is named.
 *
 * @since 0.3
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.3")
public final class Outliers {

    /** How far from the median a county's ratio must be to be named. */
    public static final int FACTOR = 5;

    private static final MathContext DIGITS = new MathContext(12, RoundingMode.HALF_UP);
    private static final MathContext SHOWN = new MathContext(3, RoundingMode.HALF_UP);

    /**
     * One county's ratio far from the others'.
     *
     * @param region the county, as {@link SubmissionResult#name()}
     * @param file its file
     * @param what the ratio, such as {@code 改造面积每户}
     * @param message the reminder, in Chinese, as the 复核 sheet shows it
     */
    public record Outlier(String region, Path file, String what, String message) {}

    private Outliers() {}

    /**
     * The outliers among scored results, in table order of the ratios, then of the results.
     *
     * @param results the review's results; never {@code null}
     * @return the outliers; empty with fewer than four scored counties; never {@code null}
     */
    public static List<Outlier> of(List<SubmissionResult> results) {
        List<SubmissionResult> scored = results.stream()
                .filter(r -> r.evaluation() != null && r.rubric() != null && r.submission() != null)
                .toList();
        if (scored.size() < 4) {
            return List.of();
        }
        CompiledRubric rubric = scored.get(0).rubric();
        List<Outlier> outliers = new ArrayList<>();
        Map<String, RequiredFact> facts = new LinkedHashMap<>();
        rubric.facts().forEach(f -> facts.put(f.name(), f));
        for (RequiredFact fact : rubric.facts()) {
            if (fact.kind() == FactKind.PLAN_ACTUAL) {
                String what = subject(fact) + "完成率（实际数÷计划数）";
                check(scored, what, r -> ratio(actual(r, fact.name()), plan(r, fact.name())), outliers);
            }
        }
        rubric.rubric().facts().forEach((name, declared) -> {
            Rubric.Ratio ratio = declared.ratio();
            if (ratio == null || !facts.containsKey(name)) {
                return;
            }
            RequiredFact per = facts.get(ratio.per());
            String what = subject(facts.get(name)) + "与" + (per == null ? ratio.per() : subject(per)) + "之比";
            check(scored, what, r -> ratio(actual(r, name), actual(r, ratio.per())), outliers);
        });
        return outliers;
    }

    private static void check(
            List<SubmissionResult> scored,
            String what,
            Function<SubmissionResult, BigDecimal> measure,
            List<Outlier> outliers) {
        Map<SubmissionResult, BigDecimal> values = new LinkedHashMap<>();
        for (SubmissionResult result : scored) {
            BigDecimal value = measure.apply(result);
            if (value != null && value.signum() > 0) {
                values.put(result, value);
            }
        }
        if (values.size() < 4) {
            return;
        }
        List<BigDecimal> sorted = values.values().stream().sorted().toList();
        int n = sorted.size();
        BigDecimal median = n % 2 == 1
                ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), DIGITS);
        BigDecimal factor = BigDecimal.valueOf(FACTOR);
        values.forEach((result, value) -> {
            boolean high = value.compareTo(median.multiply(factor)) > 0;
            boolean low = value.multiply(factor).compareTo(median) < 0;
            if (high || low) {
                BigDecimal times = high ? value.divide(median, DIGITS) : median.divide(value, DIGITS);
                outliers.add(new Outlier(
                        result.name(),
                        result.file(),
                        what,
                        what + "为" + Numbers.plain(value.round(SHOWN)) + "，各县（区）中位数为"
                                + Numbers.plain(median.round(SHOWN)) + "，" + (high ? "高出" : "低于") + "约"
                                + Numbers.plain(times.round(new MathContext(2, RoundingMode.HALF_UP))) + "倍，"
                                + "请核对其数字和单位"));
            }
        });
    }

    /** 改造面积 for 改造面积计划完成率; the label otherwise. */
    private static String subject(RequiredFact fact) {
        String name = fact.indicatorName().replaceFirst("(计划)?完成率$", "");
        return fact.kind() == FactKind.PLAN_ACTUAL && !name.equals(fact.indicatorName()) ? name : fact.label();
    }

    private static BigDecimal ratio(BigDecimal value, BigDecimal base) {
        return value == null || base == null || base.signum() <= 0 ? null : value.divide(base, DIGITS);
    }

    private static BigDecimal actual(SubmissionResult result, String fact) {
        Object value = result.submission().facts().get(fact);
        if (value instanceof PlanActual pair) {
            return pair.actual();
        }
        if (value instanceof Map<?, ?> pair) {
            return number(pair.get("actual"));
        }
        return number(value);
    }

    private static BigDecimal plan(SubmissionResult result, String fact) {
        Object value = result.submission().facts().get(fact);
        if (value instanceof PlanActual pair) {
            return pair.plan();
        }
        return value instanceof Map<?, ?> pair ? number(pair.get("plan")) : null;
    }

    private static BigDecimal number(Object value) {
        if (value instanceof BigDecimal number) {
            return number;
        }
        if (value instanceof Integer || value instanceof Long) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        return null;
    }
}
