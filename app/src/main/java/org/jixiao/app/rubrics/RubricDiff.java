package org.jixiao.app.rubrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jixiao.engine.rubric.GradeBand;
import org.jixiao.engine.rubric.Rubric;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.spi.scoring.Numbers;

/**
 * What changed between two compiled rubrics: header, rounding, grade bands, groups and indicators added or
 * removed, weights, names, types, 评分标准, judgements, effective parameters and fact bindings. Parameters are
 * compared with their defaults filled in, so writing a default out does not count as a change.
 *
 * @since 0.1
 */
public final class RubricDiff {

    private RubricDiff() {}

    /**
     * One change, as a line of {@code jixiao rubric diff}.
     *
     * @param subject what changed: {@code rubric}, {@code grades}, {@code group ID} or {@code indicator ID}
     * @param description how, such as {@code weight 10 → 5}
     */
    public record Change(String subject, String description) {

        @Override
        public String toString() {
            return subject + ": " + description;
        }
    }

    /**
     * The changes from {@code before} to {@code after}, in table order.
     *
     * @param before the old rubric
     * @param after the new rubric
     * @return the changes; empty when the two score alike
     */
    public static List<Change> between(CompiledRubric before, CompiledRubric after) {
        List<Change> changes = new ArrayList<>();
        Rubric a = before.rubric();
        Rubric b = after.rubric();
        field(changes, "rubric", "id", a.id(), b.id());
        field(changes, "rubric", "version", a.version(), b.version());
        field(changes, "rubric", "title", a.title(), b.title());
        number(changes, "rubric", "total", a.total(), b.total());
        field(changes, "rubric", "rounding", rounding(a.rounding()), rounding(b.rounding()));
        String bandsBefore = bands(before.grades());
        String bandsAfter = bands(after.grades());
        if (!bandsBefore.equals(bandsAfter)) {
            changes.add(new Change("grades", bandsBefore + " → " + bandsAfter));
        }
        Map<String, Rubric.Group> groupsBefore = groups(a);
        Map<String, Rubric.Group> groupsAfter = groups(b);
        groupsBefore.forEach((id, group) -> {
            Rubric.Group other = groupsAfter.get(id);
            if (other == null) {
                changes.add(new Change(
                        "group " + id, "removed (" + group.name() + ", weight " + Numbers.plain(group.weight()) + ")"));
            } else {
                field(changes, "group " + id, "name", group.name(), other.name());
                number(changes, "group " + id, "weight", group.weight(), other.weight());
                field(
                        changes,
                        "group " + id,
                        "parent",
                        parents(a).get(id),
                        parents(b).get(id));
                field(
                        changes,
                        "group " + id,
                        "judgement",
                        judgements(group.judgements()),
                        judgements(other.judgements()));
            }
        });
        groupsAfter.forEach((id, group) -> {
            if (!groupsBefore.containsKey(id)) {
                changes.add(new Change(
                        "group " + id, "added (" + group.name() + ", weight " + Numbers.plain(group.weight()) + ")"));
            }
        });
        // what the rubric says of its facts: labels, units, plausible ranges and ratios
        a.facts().forEach((name, declared) -> {
            Rubric.FactDeclaration other = b.facts().get(name);
            if (other == null) {
                changes.add(new Change("fact " + name, "declaration removed (" + describe(declared) + ")"));
            } else if (!describe(declared).equals(describe(other))) {
                changes.add(new Change("fact " + name, describe(declared) + " → " + describe(other)));
            }
        });
        b.facts().forEach((name, declared) -> {
            if (!a.facts().containsKey(name)) {
                changes.add(new Change("fact " + name, "declaration added (" + describe(declared) + ")"));
            }
        });
        for (String key : List.of("bonus", "penalty")) {
            Rubric.Extra was = key.equals("bonus") ? a.bonus() : a.penalty();
            Rubric.Extra now = key.equals("bonus") ? b.bonus() : b.penalty();
            if (was == null && now != null) {
                changes.add(new Change(key, "added (" + now.name() + ", at most " + Numbers.plain(now.cap()) + ")"));
            } else if (was != null && now == null) {
                changes.add(new Change(key, "removed (" + was.name() + ")"));
            } else if (was != null) {
                field(changes, key, "name", was.name(), now.name());
                number(changes, key, "cap", was.cap(), now.cap());
            }
        }
        Map<String, Rubric.Veto> vetoesBefore = new LinkedHashMap<>();
        a.vetoes().forEach(veto -> vetoesBefore.put(veto.id(), veto));
        Map<String, Rubric.Veto> vetoesAfter = new LinkedHashMap<>();
        b.vetoes().forEach(veto -> vetoesAfter.put(veto.id(), veto));
        vetoesBefore.forEach((id, veto) -> {
            Rubric.Veto other = vetoesAfter.get(id);
            if (other == null) {
                changes.add(new Change("veto " + id, "removed (" + veto.name() + ", fact " + veto.fact() + ")"));
            } else {
                field(changes, "veto " + id, "fact", veto.fact(), other.fact());
                field(changes, "veto " + id, "name", veto.name(), other.name());
            }
        });
        vetoesAfter.forEach((id, veto) -> {
            if (!vetoesBefore.containsKey(id)) {
                changes.add(
                        new Change("veto " + id, "added (" + veto.name() + ", when fact " + veto.fact() + " holds)"));
            }
        });
        Map<String, CompiledRubric.Entry> rowsBefore = entries(before);
        Map<String, CompiledRubric.Entry> rowsAfter = entries(after);
        rowsBefore.forEach((id, entry) -> {
            CompiledRubric.Entry other = rowsAfter.get(id);
            String subject = "indicator " + id;
            if (other == null) {
                changes.add(new Change(
                        subject,
                        "removed (" + entry.row().name() + ", weight "
                                + Numbers.plain(entry.row().weight()) + ")"));
                return;
            }
            field(changes, subject, "group", entry.groupId(), other.groupId());
            field(changes, subject, "name", entry.row().name(), other.row().name());
            number(changes, subject, "weight", entry.row().weight(), other.row().weight());
            field(changes, subject, "type", entry.row().type(), other.row().type());
            field(
                    changes,
                    subject,
                    "judgement",
                    judgements(entry.row().judgements()),
                    judgements(other.row().judgements()));
            if (entry.row().notApplicableWhenPlanIsZero() != other.row().notApplicableWhenPlanIsZero()) {
                changes.add(new Change(
                        subject,
                        other.row().notApplicableWhenPlanIsZero()
                                ? "a plan of zero now makes it not applicable"
                                : "a plan of zero is an error again"));
            }
            if (!entry.row().criteria().equals(other.row().criteria())) {
                changes.add(new Change(
                        subject,
                        "criteria \"" + entry.row().criteria() + "\" → \""
                                + other.row().criteria() + "\""));
            }
            for (String key : new TreeSet<>(union(
                    entry.parameters().asMap().keySet(),
                    other.parameters().asMap().keySet()))) {
                Object was = entry.parameters().asMap().get(key);
                Object now = other.parameters().asMap().get(key);
                if (!same(was, now)) {
                    changes.add(new Change(subject, "parameter " + key + " " + shown(was) + " → " + shown(now)));
                }
            }
            for (String slot :
                    new TreeSet<>(union(entry.facts().keySet(), other.facts().keySet()))) {
                field(
                        changes,
                        subject,
                        "fact " + slot,
                        entry.facts().get(slot),
                        other.facts().get(slot));
            }
        });
        rowsAfter.forEach((id, entry) -> {
            if (!rowsBefore.containsKey(id)) {
                changes.add(new Change(
                        "indicator " + id,
                        "added to group " + entry.groupId() + " ("
                                + entry.row().name() + ", weight "
                                + Numbers.plain(entry.row().weight()) + ", type "
                                + entry.row().type() + ")"));
            }
        });
        return changes;
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static String shown(Object value) {
        return value == null
                ? "(none)"
                : value instanceof BigDecimal number ? Numbers.plain(number) : String.valueOf(value);
    }

    private static void field(List<Change> changes, String subject, String name, String was, String now) {
        if (!Objects.equals(was, now)) {
            changes.add(new Change(
                    subject, name + " " + (was == null ? "(none)" : was) + " → " + (now == null ? "(none)" : now)));
        }
    }

    private static void number(List<Change> changes, String subject, String name, BigDecimal was, BigDecimal now) {
        if (was.compareTo(now) != 0) {
            changes.add(new Change(subject, name + " " + Numbers.plain(was) + " → " + Numbers.plain(now)));
        }
    }

    /** How a rubric rounds its totals: {@code 2 decimals half-up}, or {@code exact}. */
    private static String rounding(Rubric.Rounding rounding) {
        return rounding == null
                ? "exact"
                : rounding.decimals() + " decimals "
                        + rounding.mode()
                                .name()
                                .toLowerCase(java.util.Locale.ROOT)
                                .replace('_', '-');
    }

    /** A row's or group's judgements as one line: {@code 前期审批 at most 2 when approvedEarly is false; …}, or none. */
    private static String judgements(List<Rubric.Judgement> judgements) {
        if (judgements.isEmpty()) {
            return "none";
        }
        List<String> each = new ArrayList<>();
        for (Rubric.Judgement judgement : judgements) {
            StringBuilder line = new StringBuilder();
            if (!judgement.name().isEmpty()) {
                line.append(judgement.name()).append(' ');
            }
            line.append("at most ").append(Numbers.plain(judgement.atMost()));
            List<String> conditions = new ArrayList<>();
            for (Rubric.Condition condition : judgement.when()) {
                conditions.add(condition.fact() + " "
                        + (condition.comparison() == Rubric.Condition.Comparison.IS
                                ? "is " + condition.value()
                                : condition.comparison().word() + " " + Numbers.plain((BigDecimal) condition.value())));
            }
            if (!conditions.isEmpty()) {
                line.append(" when ").append(String.join(" and ", conditions));
            }
            each.add(line.toString());
        }
        return String.join("; ", each);
    }

    private static String bands(List<GradeBand> bands) {
        return bands.stream().map(band -> band.grade() + band.boundary()).collect(Collectors.joining(" "));
    }

    /** Every group at every level, by id: a sub-group renamed or reweighted is a change too. */
    private static Map<String, Rubric.Group> groups(Rubric rubric) {
        Map<String, Rubric.Group> groups = new LinkedHashMap<>();
        rubric.groups().forEach(group -> collect(group, groups));
        return groups;
    }

    private static void collect(Rubric.Group group, Map<String, Rubric.Group> groups) {
        groups.put(group.id(), group);
        group.subgroups().forEach(sub -> collect(sub, groups));
    }

    /** Each sub-group's parent group id; a group of the first level has none. */
    private static Map<String, String> parents(Rubric rubric) {
        Map<String, String> parents = new LinkedHashMap<>();
        rubric.groups().forEach(group -> parents(group, parents));
        return parents;
    }

    private static void parents(Rubric.Group group, Map<String, String> parents) {
        group.subgroups().forEach(sub -> {
            parents.put(sub.id(), group.id());
            parents(sub, parents);
        });
    }

    private static String describe(Rubric.FactDeclaration declared) {
        List<String> parts = new java.util.ArrayList<>();
        if (declared.label() != null) {
            parts.add("label " + declared.label());
        }
        if (declared.unit() != null) {
            parts.add("unit " + declared.unit());
        }
        if (declared.plausible() != null) {
            var p = declared.plausible();
            String range = (p.min() == null ? "" : "min " + Numbers.plain(p.min()) + " ")
                    + (p.max() == null ? "" : "max " + Numbers.plain(p.max()) + " ")
                    + (p.maxActualToPlan() == null ? "" : "actualToPlan " + Numbers.plain(p.maxActualToPlan()));
            parts.add("plausible " + range.strip());
        }
        if (declared.ratio() != null) {
            var r = declared.ratio();
            parts.add("ratio per " + r.per() + (r.min() == null ? "" : " min " + Numbers.plain(r.min()))
                    + (r.max() == null ? "" : " max " + Numbers.plain(r.max())));
        }
        return String.join(", ", parts);
    }

    private static Map<String, CompiledRubric.Entry> entries(CompiledRubric rubric) {
        Map<String, CompiledRubric.Entry> entries = new LinkedHashMap<>();
        rubric.entries().forEach(entry -> entries.put(entry.row().id(), entry));
        return entries;
    }
}
