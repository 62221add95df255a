package org.jixiao.engine.rubric;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jixiao.engine.Engine;
import org.jixiao.spi.Api;

/**
 * An indicator table as written: groups (一级指标) of indicators (二级指标) with weights, types and
 * parameters, the total and the grade bands. Not yet checked against the indicator types; compile
 * it with {@link Engine#compile(Rubric)}.
 *
 * @param id the stable id, such as {@code henan-2020-old-community}; never {@code null}
 * @param version the rubric's own version, such as {@code 2020.1}; never {@code null}
 * @param title the table's title; never {@code null}, may be empty
 * @param total the points of the whole table, usually 100; never {@code null}
 * @param grades the grade bands, highest first; never {@code null}
 * @param groups the first-level groups in table order; never {@code null}
 * @param bonus the bonus items (加分项), or {@code null} for none
 * @param penalty the penalty items (扣分项), or {@code null} for none
 * @param vetoes the vetoes (一票否决); never {@code null}
 * @param rollup how submissions of the level below roll up into the level above, or {@code null} if the
 *     rubric says nothing (then only the indicator types' default rules apply); since 0.2
 * @param document what the documents written from the table carry (stamp lines, basis, addressee), or
 *     {@code null} for none; since 0.2
 * @param facts what the rubric itself says of facts, by name: a label and unit (for a roll-up weight that no
 *     indicator reads), and what the figure plausibly is; never {@code null}; since 0.3
 * @param rounding how the table rounds its totals (保留两位小数), or {@code null} to keep them exact (since 0.4)
 * @param caps the most the total may be where the facts say so (执行率低于80%的，总分最高89分), each with its reason;
 *     never {@code null}, empty for none (since 0.4)
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Rubric(
        String id,
        String version,
        String title,
        BigDecimal total,
        List<GradeBand> grades,
        List<Group> groups,
        Extra bonus,
        Extra penalty,
        List<Veto> vetoes,
        Rollup rollup,
        Document document,
        java.util.Map<String, FactDeclaration> facts,
        Rounding rounding,
        List<Cap> caps) {

    // Why this file is long: the rubric as written is one API type whose parts (groups, rows, extras, vetoes, roll-up,
    // document, fact declarations) are records nested in it, each with its checks and the constructors earlier versions
    // made public; apart, they would be a dozen top-level types to import for one data model.

    /**
     * A rubric that keeps its totals exact, as 0.3 made them.
     *
     * @param id the id
     * @param version the version
     * @param title the title
     * @param total the points of the whole table
     * @param grades the grade bands, highest first
     * @param groups the groups
     * @param bonus the bonus items, or {@code null}
     * @param penalty the penalty items, or {@code null}
     * @param vetoes the vetoes
     * @param rollup the roll-up, or {@code null}
     * @param document the documents' metadata, or {@code null}
     * @param facts what the rubric says of facts
     */
    public Rubric(
            String id,
            String version,
            String title,
            BigDecimal total,
            List<GradeBand> grades,
            List<Group> groups,
            Extra bonus,
            Extra penalty,
            List<Veto> vetoes,
            Rollup rollup,
            Document document,
            java.util.Map<String, FactDeclaration> facts) {
        this(id, version, title, total, grades, groups, bonus, penalty, vetoes, rollup, document, facts, null);
    }

    /**
     * How a table rounds its totals, as it says so ("保留两位小数"): every total and every roll-up mean of totals is
     * rounded to {@code decimals} places by {@code mode}, even one that terminates (85.8125 is 85.81), and graded and
     * checked against the claims as rounded; the exact value is kept beside it.
     *
     * @param decimals the places kept, 0 to 6
     * @param mode {@link java.math.RoundingMode#HALF_UP} (四舍五入), {@code HALF_EVEN}, {@code DOWN} (舍去) or
     *     {@code UP} (进一)
     * @since 0.4
     */
    public record Rounding(int decimals, java.math.RoundingMode mode) {
        /** Checks the components. */
        public Rounding {
            if (decimals < 0 || decimals > 6) {
                throw new IllegalArgumentException("decimals must be 0 to 6, got " + decimals);
            }
            requireNonNull(mode, "mode is null");
        }

        /**
         * A figure as the table states it.
         *
         * @param exact the exact figure
         * @return it rounded
         */
        public BigDecimal apply(BigDecimal exact) {
            return exact.setScale(decimals, mode);
        }
    }

    /**
     * A rubric that declares nothing of its facts, as 0.2 made them.
     *
     * @param id the id
     * @param version the version
     * @param title the title
     * @param total the points of the whole table
     * @param grades the grade bands, highest first
     * @param groups the groups
     * @param bonus the bonus items, or {@code null}
     * @param penalty the penalty items, or {@code null}
     * @param vetoes the vetoes
     * @param rollup the roll-up, or {@code null}
     * @param document the documents' metadata, or {@code null}
     */
    public Rubric(
            String id,
            String version,
            String title,
            BigDecimal total,
            List<GradeBand> grades,
            List<Group> groups,
            Extra bonus,
            Extra penalty,
            List<Veto> vetoes,
            Rollup rollup,
            Document document) {
        this(id, version, title, total, grades, groups, bonus, penalty, vetoes, rollup, document, java.util.Map.of());
    }

    /**
     * What a rubric says of one fact beyond its indicators: how a form names it and what its figure plausibly is.
     *
     * @param label the Chinese label, such as {@code 改造项目资金}, or {@code null} to keep the indicator's
     * @param unit the unit, such as {@code 万元}, or {@code null} to keep the indicator's
     * @param plausible the plausible range or actual-to-plan ratio, replacing the indicator type's; or {@code null}
     * @param ratio the plausible ratio to another fact (area per household), or {@code null}
     * @since 0.3
     */
    public record FactDeclaration(String label, String unit, org.jixiao.spi.Plausible plausible, Ratio ratio) {}

    /**
     * A plausible ratio of a fact to another: {@code area} (万平方米) per {@code households} from 0.002 to 0.05. For a
     * plan and actual pair, plan is divided by plan and actual by actual.
     *
     * @param per the fact divided by; never {@code null}
     * @param min the smallest plausible ratio, or {@code null}
     * @param max the largest plausible ratio, or {@code null}
     * @since 0.3
     */
    public record Ratio(String per, BigDecimal min, BigDecimal max) {
        /** Checks the components. */
        public Ratio {
            requireNonNull(per, "per is null");
            if (min == null && max == null) {
                throw new IllegalArgumentException("a ratio needs min, max or both");
            }
        }
    }

    /**
     * A rubric that says nothing of its documents.
     *
     * @param id the id
     * @param version the version
     * @param title the title
     * @param total the points of the whole table
     * @param grades the grade bands, highest first
     * @param groups the groups
     * @param bonus the bonus items, or {@code null}
     * @param penalty the penalty items, or {@code null}
     * @param vetoes the vetoes
     * @param rollup the roll-up, or {@code null}
     */
    public Rubric(
            String id,
            String version,
            String title,
            BigDecimal total,
            List<GradeBand> grades,
            List<Group> groups,
            Extra bonus,
            Extra penalty,
            List<Veto> vetoes,
            Rollup rollup) {
        this(id, version, title, total, grades, groups, bonus, penalty, vetoes, rollup, null);
    }

    /**
     * What documents written from the table carry: the indicator table's stamp lines (盖章), the documents the
     * targets rest on (制定依据) and to whom a report is addressed.
     *
     * @param stamps the stamp lines under the table, such as {@code 财政部门盖章}; never {@code null}
     * @param basis the documents the table rests on, such as {@code 《…绩效评价办法》}; never {@code null}
     * @param addressee to whom a report goes whatever its level, such as {@code 省财政厅}; never {@code null}, may be
     *     empty
     * @param addressees to whom a report goes by the level of the unit that writes it ({@code county}, {@code city},
     *     {@code province}), where the rubric says so: a county reports to its city, the city to the province; never
     *     {@code null} (since 0.4)
     * @since 0.2
     */
    public record Document(List<String> stamps, List<String> basis, String addressee, Map<String, String> addressees) {

        /** The levels a report's addressee may be given for, lowest first. */
        public static final List<String> LEVELS = List.of("county", "city", "province");

        /** Copies the lists. */
        public Document {
            stamps = List.copyOf(requireNonNull(stamps, "stamps is null"));
            basis = List.copyOf(requireNonNull(basis, "basis is null"));
            requireNonNull(addressee, "addressee is null");
            addressees = Map.copyOf(requireNonNull(addressees, "addressees is null"));
        }

        /**
         * Metadata with one addressee for every level.
         *
         * @param stamps the stamp lines
         * @param basis the documents the table rests on
         * @param addressee to whom a report goes
         */
        public Document(List<String> stamps, List<String> basis, String addressee) {
            this(stamps, basis, addressee, Map.of());
        }

        /**
         * To whom the report of a unit at this level goes: the addressee the rubric gives for the level, else the one
         * it gives for every level.
         *
         * @param level {@code county}, {@code city} or {@code province}; {@code null} when unknown
         * @return the addressee, possibly empty
         * @since 0.4
         */
        public String addresseeFor(String level) {
            return level != null && addressees.containsKey(level) ? addressees.get(level) : addressee;
        }
    }

    /**
     * A rubric that declares no roll-up.
     *
     * @param id the id
     * @param version the version
     * @param title the title
     * @param total the points of the whole table
     * @param grades the grade bands, highest first
     * @param groups the groups
     * @param bonus the bonus items, or {@code null}
     * @param penalty the penalty items, or {@code null}
     * @param vetoes the vetoes
     */
    public Rubric(
            String id,
            String version,
            String title,
            BigDecimal total,
            List<GradeBand> grades,
            List<Group> groups,
            Extra bonus,
            Extra penalty,
            List<Veto> vetoes) {
        this(id, version, title, total, grades, groups, bonus, penalty, vetoes, null, null);
    }

    /** Checks the components and copies the lists. */
    public Rubric {
        requireNonNull(id, "id is null");
        requireNonNull(version, "version is null");
        requireNonNull(title, "title is null");
        requireNonNull(total, "total is null");
        grades = List.copyOf(requireNonNull(grades, "grades is null"));
        groups = List.copyOf(requireNonNull(groups, "groups is null"));
        vetoes = List.copyOf(requireNonNull(vetoes, "vetoes is null"));
        facts = java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(requireNonNull(facts, "facts is null")));
        caps = List.copyOf(requireNonNull(caps, "caps is null"));
    }

    /**
     * A rubric without caps on its total, as 0.4 first made them.
     *
     * @param id the id
     * @param version the version
     * @param title the title
     * @param total the points of the whole table
     * @param grades the grade bands, highest first
     * @param groups the groups
     * @param bonus the bonus items, or {@code null}
     * @param penalty the penalty items, or {@code null}
     * @param vetoes the vetoes
     * @param rollup the roll-up, or {@code null}
     * @param document the documents' metadata, or {@code null}
     * @param facts what the rubric says of facts
     * @param rounding how totals are rounded, or {@code null}
     * @since 0.4
     */
    public Rubric(
            String id,
            String version,
            String title,
            BigDecimal total,
            List<GradeBand> grades,
            List<Group> groups,
            Extra bonus,
            Extra penalty,
            List<Veto> vetoes,
            Rollup rollup,
            Document document,
            java.util.Map<String, FactDeclaration> facts,
            Rounding rounding) {
        this(
                id, version, title, total, grades, groups, bonus, penalty, vetoes, rollup, document, facts, rounding,
                List.of());
    }

    /**
     * The most a total may be where the facts say so (执行率低于80%的，总分最高89分): where every condition holds, a total
     * above {@code atMost} is cut to it, and the points cut are stated with the reason. Where several hold, the lowest
     * is applied.
     *
     * @param atMost the highest total allowed, 0 or more
     * @param when the conditions, all of them; never empty
     * @param reason why, as the result states it (预算执行率低于80%); never blank
     * @since 0.4
     */
    public record Cap(BigDecimal atMost, List<Condition> when, String reason) {
        /** Checks the components and copies the list. */
        public Cap {
            requireNonNull(atMost, "atMost is null");
            when = List.copyOf(requireNonNull(when, "when is null"));
            requireNonNull(reason, "reason is null");
            if (when.isEmpty()) {
                throw new IllegalArgumentException("a cap needs at least one condition");
            }
        }
    }

    /**
     * How many levels the table has, from 一级指标 down to the scored rows: 2 unless a group has sub-groups.
     *
     * @return 2 or more
     * @since 0.2
     */
    public int levels() {
        return groups.stream().mapToInt(Group::depth).max().orElse(2);
    }

    /**
     * A rubric of groups only: no bonus or penalty items, no vetoes.
     *
     * @param id the id
     * @param version the version
     * @param title the title
     * @param total the points of the whole table
     * @param grades the grade bands, highest first
     * @param groups the groups
     */
    public Rubric(
            String id, String version, String title, BigDecimal total, List<GradeBand> grades, List<Group> groups) {
        this(id, version, title, total, grades, groups, null, null, List.of(), null, null);
    }

    /**
     * How a city's result is made from its counties' submissions (汇总).
     *
     * @param method combine the facts and score them, or take the mean of the counties' totals; never
     *     {@code null}
     * @param decimals the decimal places a mean is rounded to (half up) when it does not terminate
     * @param facts rules by fact name; they override the indicator types' defaults; never {@code null}
     * @since 0.2
     */
    public record Rollup(RollupMethod method, int decimals, java.util.Map<String, org.jixiao.spi.RollupRule> facts) {

        /** Checks the components and copies the map, keeping its order. */
        public Rollup {
            requireNonNull(method, "method is null");
            if (decimals < 0 || decimals > 10) {
                throw new IllegalArgumentException("decimals must be from 0 to 10, got " + decimals);
            }
            facts = java.util.Collections.unmodifiableMap(
                    new java.util.LinkedHashMap<>(requireNonNull(facts, "facts is null")));
        }
    }

    /**
     * Bonus items (加分项), whose points add to the groups' sum, or penalty items (扣分项), whose points
     * are taken from it; at most {@code cap} in all. The total never leaves [0, total].
     *
     * @param name the Chinese name, such as {@code 加分项}
     * @param cap the most the items count for together, greater than zero
     * @param indicators the items; each one's weight is the most it can give or take
     */
    public record Extra(String name, BigDecimal cap, List<Row> indicators) {

        /** Checks the components and copies the list. */
        public Extra {
            requireNonNull(name, "name is null");
            requireNonNull(cap, "cap is null");
            indicators = List.copyOf(requireNonNull(indicators, "indicators is null"));
        }
    }

    /**
     * A veto (一票否决): when the flag fact holds, the grade is the lowest band whatever the total.
     *
     * @param id the veto's id, such as {@code veto.severeViolation}
     * @param name the Chinese name
     * @param fact the flag fact that triggers it
     * @param reason what the result says when it is triggered
     */
    public record Veto(String id, String name, String fact, String reason) {

        /** Checks the components. */
        public Veto {
            requireNonNull(id, "id is null");
            requireNonNull(name, "name is null");
            requireNonNull(fact, "fact is null");
            requireNonNull(reason, "reason is null");
        }
    }

    /**
     * A first-level indicator (一级指标).
     *
     * @param id the group id, such as {@code funding}; never {@code null}
     * @param name the Chinese name, such as {@code 资金管理}; never {@code null}
     * @param weight the group's 分值; never {@code null}
     * @param indicators the indicators that are scored (the table's last level), in table order, also those
     *     inside its sub-groups; never {@code null}
     * @param subgroups the next level of indicators (二级指标 over 三级指标, and so on) when the table has more than
     *     two levels, each holding its own scored indicators; empty for a two-level table; never {@code null};
     *     since 0.2
     * @param judgements what an evaluator may take off the group as a whole (视情况扣分 on a 二级指标 over its 三级指标),
     *     booked on its rows in table order; never {@code null}, empty for none; since 0.4
     */
    public record Group(
            String id,
            String name,
            BigDecimal weight,
            List<Row> indicators,
            List<Group> subgroups,
            List<Judgement> judgements) {

        /** Checks the components and copies the lists. */
        public Group {
            requireNonNull(id, "id is null");
            requireNonNull(name, "name is null");
            requireNonNull(weight, "weight is null");
            indicators = List.copyOf(requireNonNull(indicators, "indicators is null"));
            subgroups = List.copyOf(requireNonNull(subgroups, "subgroups is null"));
            judgements = List.copyOf(requireNonNull(judgements, "judgements is null"));
        }

        /**
         * A group that allows no evaluator's judgement of its own.
         *
         * @param id the group id
         * @param name the Chinese name
         * @param weight the group's 分值
         * @param indicators the scored indicators in table order, also those inside its sub-groups
         * @param subgroups the next level's groups; empty for a two-level table
         * @since 0.2
         */
        public Group(String id, String name, BigDecimal weight, List<Row> indicators, List<Group> subgroups) {
            this(id, name, weight, indicators, subgroups, List.of());
        }

        /**
         * A group of a two-level table: its indicators are its rows.
         *
         * @param id the group id
         * @param name the Chinese name
         * @param weight the group's 分值
         * @param indicators the indicators in table order
         */
        public Group(String id, String name, BigDecimal weight, List<Row> indicators) {
            this(id, name, weight, indicators, List.of());
        }

        /**
         * The sub-groups that hold an indicator, from the outermost in: the middle levels of its row in the table.
         *
         * @param indicatorId the indicator id
         * @return the sub-groups; empty if the indicator sits directly in this group or is not in it
         * @since 0.2
         */
        public List<Group> pathTo(String indicatorId) {
            for (Group subgroup : subgroups) {
                if (subgroup.indicators().stream().anyMatch(row -> row.id().equals(indicatorId))) {
                    List<Group> path = new java.util.ArrayList<>();
                    path.add(subgroup);
                    path.addAll(subgroup.pathTo(indicatorId));
                    return List.copyOf(path);
                }
            }
            return List.of();
        }

        /** The number of levels from this group down to its scored indicators: 2 for a two-level table. */
        public int depth() {
            return 1 + subgroups.stream().mapToInt(Group::depth).max().orElse(1);
        }
    }

    /**
     * A second-level indicator (二级指标): one row of the table.
     *
     * @param id the indicator id, such as {@code output.households}; never {@code null}
     * @param name the Chinese name; never {@code null}
     * @param weight the row's 分值; never {@code null}
     * @param type the indicator type id, such as {@code plan-completion}; never {@code null}
     * @param criteria the 评分标准 text; never {@code null}, may be empty
     * @param params the parameters as written: {@link BigDecimal}, {@link String} or {@link Boolean}
     *     values; never {@code null}
     * @param facts slot to submission fact bindings that override the type's defaults; never
     *     {@code null}
     * @param notApplicableWhenPlanIsZero whether a plan of zero in the row's plan-and-actual facts makes
     *     the row not applicable (its weight then leaves the total, which is re-weighted: 折算) instead of
     *     being an error
     * @param judgements what an evaluator may take off the rule's result, each with a written reason (视情况扣分):
     *     one, or several each with its name; never {@code null}, empty if the row allows no judgement; since 0.4
     *     (0.2 to 0.3: one allowance, see {@link #judgement()})
     */
    public record Row(
            String id,
            String name,
            BigDecimal weight,
            String type,
            String criteria,
            java.util.Map<String, Object> params,
            java.util.Map<String, String> facts,
            boolean notApplicableWhenPlanIsZero,
            List<Judgement> judgements) {

        /**
         * A row with at most one judgement, allowed whatever the facts.
         *
         * @param id the indicator id
         * @param name the Chinese name
         * @param weight the 分值
         * @param type the type id
         * @param criteria the 评分标准
         * @param params the parameters as written
         * @param facts the fact bindings
         * @param notApplicableWhenPlanIsZero whether a zero plan makes it not applicable
         * @param judgement the most points an evaluator may take off, or {@code null} for no judgement
         * @since 0.2
         */
        public Row(
                String id,
                String name,
                BigDecimal weight,
                String type,
                String criteria,
                java.util.Map<String, Object> params,
                java.util.Map<String, String> facts,
                boolean notApplicableWhenPlanIsZero,
                BigDecimal judgement) {
            this(
                    id,
                    name,
                    weight,
                    type,
                    criteria,
                    params,
                    facts,
                    notApplicableWhenPlanIsZero,
                    judgement == null ? List.of() : List.of(new Judgement("", judgement, List.of())));
        }

        /**
         * The most points an evaluator may take off this row in all: its judgements' allowances added.
         *
         * @return the sum, or {@code null} if the row allows no judgement
         * @since 0.2
         */
        public BigDecimal judgement() {
            BigDecimal sum = null;
            for (Judgement judgement : judgements) {
                sum = sum == null ? judgement.atMost() : sum.add(judgement.atMost());
            }
            return sum;
        }

        /**
         * A row with no judgement.
         *
         * @param id the indicator id
         * @param name the Chinese name
         * @param weight the 分值
         * @param type the type id
         * @param criteria the 评分标准
         * @param params the parameters as written
         * @param facts the fact bindings
         * @param notApplicableWhenPlanIsZero whether a zero plan makes it not applicable
         */
        public Row(
                String id,
                String name,
                BigDecimal weight,
                String type,
                String criteria,
                java.util.Map<String, Object> params,
                java.util.Map<String, String> facts,
                boolean notApplicableWhenPlanIsZero) {
            this(id, name, weight, type, criteria, params, facts, notApplicableWhenPlanIsZero, List.of());
        }

        /**
         * A row that always applies.
         *
         * @param id the indicator id
         * @param name the Chinese name
         * @param weight the 分值
         * @param type the type id
         * @param criteria the 评分标准
         * @param params the parameters as written
         * @param facts the fact bindings
         */
        public Row(
                String id,
                String name,
                BigDecimal weight,
                String type,
                String criteria,
                java.util.Map<String, Object> params,
                java.util.Map<String, String> facts) {
            this(id, name, weight, type, criteria, params, facts, false);
        }

        /** Checks the components and copies the maps, keeping their order. */
        public Row {
            requireNonNull(id, "id is null");
            requireNonNull(name, "name is null");
            requireNonNull(weight, "weight is null");
            requireNonNull(type, "type is null");
            requireNonNull(criteria, "criteria is null");
            params = java.util.Collections.unmodifiableMap(
                    new java.util.LinkedHashMap<>(requireNonNull(params, "params is null")));
            facts = java.util.Collections.unmodifiableMap(
                    new java.util.LinkedHashMap<>(requireNonNull(facts, "facts is null")));
            judgements = List.copyOf(requireNonNull(judgements, "judgements is null"));
        }
    }

    /**
     * What an evaluator may take off a row's or a group's result (视情况扣分): at most so many points, each time with a
     * reason in writing, and only where the facts leave the work undone — 提前完成前期审批(2分)；落实融资(2分)；未完成的视情况扣分
     * is two judgements, each with its condition.
     *
     * @param name what the judgement is about, such as {@code 前期审批}, shown with its deduction; empty for a row's or
     *     group's only judgement; never {@code null}
     * @param atMost the most points it may take off, more than 0; never {@code null}
     * @param when the conditions on facts under which it is allowed, all of them; empty to allow it whatever the
     *     facts; never {@code null}
     * @since 0.4
     */
    public record Judgement(String name, BigDecimal atMost, List<Condition> when) {

        /** Checks the components and copies the list. */
        public Judgement {
            requireNonNull(name, "name is null");
            requireNonNull(atMost, "atMost is null");
            when = List.copyOf(requireNonNull(when, "when is null"));
        }
    }

    /**
     * A condition on one fact under which a judgement is allowed: a flag that is {@code true} or {@code false}, or a
     * number compared with a figure (a plan-and-actual fact by its completion in percent, 实际 ÷ 计划 × 100).
     *
     * @param fact the fact's name; never {@code null}
     * @param comparison how the fact is compared; never {@code null}
     * @param value a {@link Boolean} for {@link Comparison#IS}, else a {@link BigDecimal}; never {@code null}
     * @since 0.4
     */
    public record Condition(String fact, Comparison comparison, Object value) {

        /** How a fact is compared with the condition's value. */
        public enum Comparison {
            /** A flag is the value (true or false). */
            IS("is"),
            /** A number is below the value. */
            BELOW("below"),
            /** A number is at most the value. */
            AT_MOST("atMost"),
            /** A number is at least the value. */
            AT_LEAST("atLeast"),
            /** A number is above the value. */
            ABOVE("above");

            private final String word;

            Comparison(String word) {
                this.word = word;
            }

            /**
             * The rubric's word for it.
             *
             * @return {@code below}, {@code atMost}, …
             */
            public String word() {
                return word;
            }
        }

        /** Checks the components. */
        public Condition {
            requireNonNull(fact, "fact is null");
            requireNonNull(comparison, "comparison is null");
            requireNonNull(value, "value is null");
            if (comparison == Comparison.IS ? !(value instanceof Boolean) : !(value instanceof BigDecimal)) {
                throw new IllegalArgumentException("a condition " + comparison.word() + " needs a "
                        + (comparison == Comparison.IS ? "Boolean" : "BigDecimal") + ", got " + value);
            }
        }
    }
}
