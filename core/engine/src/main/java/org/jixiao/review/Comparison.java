package org.jixiao.review;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.engine.rubric.RequiredFact;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.spi.Api;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.PlanActual;

/**
 * The counties side by side (横向比较): for each indicator every county's score and the figure behind it
 * (a completion rate, a ratio), each county's total, grade, rank and discrepancies, and per indicator the
 * lowest and the highest county: the imbalance a city's report speaks of (工作进展不够平衡).
 *
 * @param indicators the columns, in table order; never {@code null}
 * @param rows one per scored county, in input order; never {@code null}
 * @param spreads one per indicator, in table order; never {@code null}
 * @since 0.2
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.2")
public record Comparison(List<Column> indicators, List<Row> rows, List<Spread> spreads) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Copies the lists. */
    public Comparison {
        indicators = List.copyOf(requireNonNull(indicators, "indicators is null"));
        rows = List.copyOf(requireNonNull(rows, "rows is null"));
        spreads = List.copyOf(requireNonNull(spreads, "spreads is null"));
    }

    /**
     * An indicator column.
     *
     * @param id the indicator id
     * @param name its Chinese name
     * @param weight its weight
     * @param figure what the figure is, such as {@code 完成率} or {@code 社会筹资占改造项目资金比例}; empty if none
     */
    public record Column(String id, String name, BigDecimal weight, String figure) {}

    /**
     * One county.
     *
     * @param name its region (or file name)
     * @param cells its cells by indicator id
     * @param total its total, or {@code null} if its evaluation failed
     * @param grade its grade, or {@code null}
     * @param rank 1 for the highest total; equal totals share a rank; 0 without a total
     * @param discrepancies how many claimed scores differ from the computed ones
     */
    public record Row(
            String name, Map<String, Cell> cells, BigDecimal total, String grade, int rank, int discrepancies) {}

    /**
     * One county's score for one indicator.
     *
     * @param score the score, or {@code null} if not scored or not applicable
     * @param figure the figure behind it in percent (completion rate, ratio), rounded to 0.01 for reading
     *     (scores never use it), or {@code null}
     */
    public record Cell(BigDecimal score, BigDecimal figure) {}

    /**
     * An indicator's lowest and highest county.
     *
     * @param id the indicator id
     * @param lowest the county with the lowest score (the first in input order on a tie), or {@code null}
     * @param lowestScore its score
     * @param highest the county with the highest score, or {@code null}
     * @param highestScore its score
     * @param lowestCount how many counties share the lowest score (1 when none ties with it); since 0.3
     * @param highestCount how many counties share the highest score; since 0.3
     */
    public record Spread(
            String id,
            String lowest,
            BigDecimal lowestScore,
            String highest,
            BigDecimal highestScore,
            int lowestCount,
            int highestCount) {

        /**
         * A spread with no ties counted, as 0.2 made them.
         *
         * @param id the indicator id
         * @param lowest the county with the lowest score
         * @param lowestScore its score
         * @param highest the county with the highest score
         * @param highestScore its score
         */
        public Spread(String id, String lowest, BigDecimal lowestScore, String highest, BigDecimal highestScore) {
            this(id, lowest, lowestScore, highest, highestScore, lowest == null ? 0 : 1, highest == null ? 0 : 1);
        }

        /**
         * The lowest as a person says it, ties as ties: {@code 正阳县0分}, {@code 驿城区等7个县（区）15分}.
         *
         * @return the text, or empty when nothing was scored
         */
        public String lowestText() {
            return said(lowest, lowestScore, lowestCount);
        }

        /**
         * The highest as a person says it: {@code 驿城区等7个县（区）15分}.
         *
         * @return the text, or empty when nothing was scored
         */
        public String highestText() {
            return said(highest, highestScore, highestCount);
        }

        private static String said(String name, BigDecimal score, int count) {
            if (name == null) {
                return "";
            }
            return name + (count > 1 ? "等" + count + "个县（区）" : "") + org.jixiao.spi.scoring.Numbers.plain(score) + "分";
        }
    }

    /** The comparison of the scored results, against the rubric of the first. */
    static Comparison of(List<SubmissionResult> results) {
        List<SubmissionResult> scored =
                results.stream().filter(r -> r.evaluation() != null).toList();
        if (scored.isEmpty()) {
            return new Comparison(List.of(), List.of(), List.of());
        }
        CompiledRubric rubric = scored.get(0).rubric();
        Map<String, RequiredFact> factsByName = new LinkedHashMap<>();
        rubric.facts().forEach(f -> factsByName.put(f.name(), f));
        List<Column> columns = new ArrayList<>();
        Map<String, String> figureFact = new LinkedHashMap<>();
        for (CompiledRubric.Entry entry : rubric.entries()) {
            String figure = "";
            for (String fact : entry.facts().values()) {
                RequiredFact required = factsByName.get(fact);
                if (required != null && required.kind() == FactKind.PLAN_ACTUAL) {
                    figure = "完成率";
                    figureFact.put(entry.row().id(), fact);
                    break;
                }
                if (required != null && required.kind() == FactKind.PERCENT && figure.isEmpty()) {
                    figure = required.label();
                    figureFact.put(entry.row().id(), fact);
                }
            }
            columns.add(
                    new Column(entry.row().id(), entry.row().name(), entry.row().weight(), figure));
        }
        List<Row> rows = new ArrayList<>();
        for (SubmissionResult result : scored) {
            Map<String, Cell> cells = new LinkedHashMap<>();
            for (Column column : columns) {
                Evaluation.IndicatorResult indicator =
                        result.evaluation().indicator(column.id()).orElse(null);
                String fact = figureFact.get(column.id());
                cells.put(
                        column.id(),
                        new Cell(
                                indicator == null ? null : indicator.score(),
                                fact == null
                                        ? null
                                        : figure(result.submission().facts().get(fact))));
            }
            rows.add(new Row(
                    result.name(),
                    cells,
                    result.evaluation().total(),
                    result.evaluation().grade() == null
                            ? null
                            : result.evaluation().grade().grade(),
                    rank(result.evaluation().total(), scored),
                    result.evaluation().discrepancies().size()));
        }
        List<Spread> spreads = new ArrayList<>();
        for (Column column : columns) {
            Row low = null;
            Row high = null;
            for (Row row : rows) {
                BigDecimal score = row.cells().get(column.id()).score();
                if (score == null) {
                    continue;
                }
                if (low == null || score.compareTo(low.cells().get(column.id()).score()) < 0) {
                    low = row;
                }
                if (high == null
                        || score.compareTo(high.cells().get(column.id()).score()) > 0) {
                    high = row;
                }
            }
            BigDecimal lowScore =
                    low == null ? null : low.cells().get(column.id()).score();
            BigDecimal highScore =
                    high == null ? null : high.cells().get(column.id()).score();
            int lowCount = 0;
            int highCount = 0;
            for (Row row : rows) {
                BigDecimal score = row.cells().get(column.id()).score();
                lowCount += score != null && score.compareTo(lowScore) == 0 ? 1 : 0;
                highCount += score != null && score.compareTo(highScore) == 0 ? 1 : 0;
            }
            spreads.add(new Spread(
                    column.id(),
                    low == null ? null : low.name(),
                    lowScore,
                    high == null ? null : high.name(),
                    highScore,
                    lowCount,
                    highCount));
        }
        return new Comparison(columns, rows, spreads);
    }

    private static int rank(BigDecimal total, List<SubmissionResult> scored) {
        if (total == null) {
            return 0;
        }
        int higher = 0;
        for (SubmissionResult other : scored) {
            BigDecimal theirs = other.evaluation().total();
            if (theirs != null && theirs.compareTo(total) > 0) {
                higher++;
            }
        }
        return higher + 1;
    }

    /** A plan-and-actual pair's completion rate, or a percent as given; null for anything else. */
    private static BigDecimal figure(Object value) {
        BigDecimal plan = null;
        BigDecimal actual = null;
        if (value instanceof PlanActual pair) {
            plan = pair.plan();
            actual = pair.actual();
        } else if (value instanceof Map<?, ?> map
                && map.get("plan") instanceof BigDecimal p
                && map.get("actual") instanceof BigDecimal a) {
            plan = p;
            actual = a;
        } else if (value instanceof BigDecimal percent) {
            return strip(percent);
        }
        if (plan == null || plan.signum() <= 0) {
            return null;
        }
        return strip(actual.multiply(HUNDRED).divide(plan, 2, RoundingMode.HALF_UP));
    }

    private static BigDecimal strip(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
