package org.jixiao.web.fill;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.engine.form.FactForm;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.spi.FactKind;
import org.jixiao.spi.scoring.Numbers;
import org.jixiao.web.view.Pages;

/**
 * The 填报 page's model, made from a rubric's form and the values typed so far: its sections of fields, its claim and
 * judgement rows, each field's element ids and what the page calls it. The templates format nothing.
 */
final class FillView {

    private FillView() {}

    /** What the page calls each field, for the sentence that lists the refused ones. */
    static Map<String, String> labels(FactForm form, Pages pages) {
        return labels(form, "", "", pages);
    }

    /** The same for one programme of a set: its fields' names under {@code prefix}, its name before each label. */
    static Map<String, String> labels(FactForm form, String prefix, String programme, Pages pages) {
        Map<String, String> labels = new HashMap<>(Map.of(
                FormReading.NARRATIVE,
                pages.text("fill.narrative.label"),
                FormReading.REGION,
                pages.text("fill.region"),
                FormReading.LEVEL,
                pages.text("fill.level"),
                FormReading.YEAR,
                pages.text("fill.year"),
                FormReading.PROGRAM,
                pages.text("fill.program")));
        String of = programme.isEmpty() ? "" : programme + "：";
        for (FactForm.Field field : form.fields()) {
            String key = prefix + FormReading.FACT + field.name();
            labels.put(key, of + field.label());
            labels.put(key + FormReading.PLAN, of + field.label() + " " + pages.text("fill.plan"));
            labels.put(key + FormReading.ACTUAL, of + field.label() + " " + pages.text("fill.actual"));
        }
        form.claims()
                .forEach(row -> labels.put(
                        prefix + FormReading.CLAIM + row.id(),
                        of + (row.name().isEmpty() ? pages.text("fill.total") : row.name()) + " "
                                + pages.text("fill.col.claimed")));
        return labels;
    }

    static List<Map<String, Object>> sections(
            FactForm form, Map<String, String> values, Map<String, String> errors, Map<String, String> targets) {
        return sections(form, values, errors, "", "", targets);
    }

    static List<Map<String, Object>> sections(
            FactForm form, Map<String, String> values, Map<String, String> errors, String prefix, String programme) {
        return sections(form, values, errors, prefix, programme, Map.of());
    }

    /**
     * The fields in sections, one per indicator that reads them; {@code targets} gives by indicator id what a row asks
     * for (a project's 年度指标值), shown under its title.
     */
    static List<Map<String, Object>> sections(
            FactForm form,
            Map<String, String> values,
            Map<String, String> errors,
            String prefix,
            String programme,
            Map<String, String> targets) {
        List<Map<String, Object>> sections = new ArrayList<>();
        String current = null;
        List<Map<String, Object>> fields = null;
        for (FactForm.Field field : form.fields()) {
            if (!field.indicatorName().equals(current)) {
                current = field.indicatorName();
                fields = new ArrayList<>();
                sections.add(Map.of(
                        "title",
                        programme.isEmpty() ? current : programme + " · " + current,
                        "target",
                        targets.getOrDefault(field.indicatorId(), ""),
                        "fields",
                        fields));
            }
            String key = prefix + FormReading.FACT + field.name();
            Map<String, Object> view = new HashMap<>();
            view.put("key", key);
            view.put("id", domId(key));
            view.put("label", field.label());
            view.put("aria", programme.isEmpty() ? field.label() : programme + " " + field.label());
            view.put("unit", field.unit() == null ? "" : field.unit());
            view.put("asked", field.asked());
            view.put("kind", kind(field.kind()));
            view.put("value", values.getOrDefault(key, ""));
            view.put("plan", values.getOrDefault(key + FormReading.PLAN, ""));
            view.put("actual", values.getOrDefault(key + FormReading.ACTUAL, ""));
            view.put("error", errors.getOrDefault(key, ""));
            view.put("planError", errors.getOrDefault(key + FormReading.PLAN, ""));
            view.put("actualError", errors.getOrDefault(key + FormReading.ACTUAL, ""));
            fields.add(view);
        }
        return sections;
    }

    static List<Map<String, Object>> claims(
            FactForm form, Map<String, String> values, Map<String, String> errors, Pages pages) {
        return claims(form, values, errors, "", "", pages);
    }

    static List<Map<String, Object>> claims(
            FactForm form,
            Map<String, String> values,
            Map<String, String> errors,
            String prefix,
            String programme,
            Pages pages) {
        List<Map<String, Object>> claims = new ArrayList<>();
        for (FactForm.ClaimRow row : form.claims()) {
            String key = prefix + FormReading.CLAIM + row.id();
            claims.add(Map.of(
                    "key", key,
                    "id", domId(key),
                    "group", programme.isEmpty() ? row.groupName() : programme + " · " + row.groupName(),
                    "name", row.id().equals(CompiledRubric.TOTAL_ID) ? pages.text("fill.total") : row.name(),
                    "weight", Numbers.plain(row.weight()),
                    "value", values.getOrDefault(key, ""),
                    "error", errors.getOrDefault(key, "")));
        }
        return claims;
    }

    static List<Map<String, Object>> judgements(FactForm form, Map<String, String> values, Map<String, String> errors) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FactForm.JudgementRow row : form.judgements()) {
            String key = FormReading.JUDGEMENT + row.id();
            rows.add(Map.of(
                    "key", key,
                    "id", domId(key),
                    "group", row.groupName(),
                    "name", row.name(),
                    "atMost", Numbers.plain(row.atMost()),
                    "points", values.getOrDefault(key + FormReading.POINTS, ""),
                    "reason", values.getOrDefault(key + FormReading.REASON, ""),
                    "pointsError", errors.getOrDefault(key + FormReading.POINTS, ""),
                    "reasonError", errors.getOrDefault(key + FormReading.REASON, "")));
        }
        return rows;
    }

    static Map<String, String> subject(Map<String, String> values) {
        return Map.of(
                "region", values.getOrDefault(FormReading.REGION, ""),
                "level", values.getOrDefault(FormReading.LEVEL, ""),
                "year", values.getOrDefault(FormReading.YEAR, ""),
                "program", values.getOrDefault(FormReading.PROGRAM, ""));
    }

    /** Every field name with the id of its message's element, so a live update clears a message fixed since. */
    static List<Map<String, String>> keys(FactForm form) {
        List<String> names =
                new ArrayList<>(List.of(FormReading.REGION, FormReading.LEVEL, FormReading.YEAR, FormReading.PROGRAM));
        for (FactForm.Field field : form.fields()) {
            String key = FormReading.FACT + field.name();
            if (field.kind() == FactKind.PLAN_ACTUAL) {
                names.add(key + FormReading.PLAN);
                names.add(key + FormReading.ACTUAL);
            } else {
                names.add(key);
            }
        }
        form.claims().forEach(row -> names.add(FormReading.CLAIM + row.id()));
        form.judgements().forEach(row -> {
            names.add(FormReading.JUDGEMENT + row.id() + FormReading.POINTS);
            names.add(FormReading.JUDGEMENT + row.id() + FormReading.REASON);
        });
        List<Map<String, String>> keys = new ArrayList<>();
        names.forEach(name -> keys.add(Map.of("key", name, "id", domId(name))));
        return keys;
    }

    /** An element id for a field name: letters, digits and dashes only. */
    static String domId(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "-");
    }

    static String kind(FactKind kind) {
        return switch (kind) {
            case FLAG -> "flag";
            case PLAN_ACTUAL -> "pair";
            case TEXT -> "text";
            default -> "number";
        };
    }
}
