package org.jixiao.engine.score;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jixiao.engine.rubric.GradeBand;
import org.jixiao.engine.rubric.Rubric;
import org.jixiao.engine.submission.Submission;
import org.jixiao.spi.PlanActual;

/**
 * Canonical JSON forms and their SHA-256, so that an evaluation names exactly the rubric and facts it
 * was computed from: compact, object keys of maps sorted, numbers without trailing zeros.
 *
 * <p>Internal to the engine: public for its other rooms only, not API.
 */
public final class Canonical {

    private static final JsonFactory JSON = new JsonFactory();

    private Canonical() {}

    /** The compiled rubric: its header, bands and every row with its effective parameters. */
    static String rubricSha256(CompiledRubric compiled) {
        return sha256(generator -> {
            Rubric rubric = compiled.rubric();
            generator.writeStartObject();
            generator.writeStringField("id", rubric.id());
            generator.writeStringField("version", rubric.version());
            generator.writeStringField("title", rubric.title());
            generator.writeFieldName("total");
            number(generator, rubric.total());
            generator.writeArrayFieldStart("grades");
            for (GradeBand band : compiled.grades()) {
                generator.writeStartObject();
                generator.writeStringField("grade", band.grade());
                generator.writeStringField("label", band.label());
                generator.writeFieldName(band.inclusive() ? "min" : "above");
                number(generator, band.min());
                generator.writeEndObject();
            }
            generator.writeEndArray();
            generator.writeArrayFieldStart("groups");
            for (CompiledRubric.Group group : compiled.groups()) {
                generator.writeStartObject();
                generator.writeStringField("id", group.group().id());
                generator.writeStringField("name", group.group().name());
                generator.writeFieldName("weight");
                number(generator, group.group().weight());
                rows(generator, group.rows());
                subgroups(generator, group.group().subgroups());
                judgements(generator, group.group().judgements());
                generator.writeEndObject();
            }
            generator.writeEndArray();
            for (CompiledRubric.Extra extra : new CompiledRubric.Extra[] {compiled.bonus(), compiled.penalty()}) {
                if (extra != null) {
                    generator.writeObjectFieldStart(extra == compiled.bonus() ? "bonus" : "penalty");
                    generator.writeStringField("name", extra.extra().name());
                    generator.writeFieldName("cap");
                    number(generator, extra.extra().cap());
                    rows(generator, extra.rows());
                    generator.writeEndObject();
                }
            }
            if (!rubric.vetoes().isEmpty()) {
                generator.writeArrayFieldStart("vetoes");
                for (Rubric.Veto veto : rubric.vetoes()) {
                    generator.writeStartObject();
                    generator.writeStringField("id", veto.id());
                    generator.writeStringField("name", veto.name());
                    generator.writeStringField("fact", veto.fact());
                    generator.writeStringField("reason", veto.reason());
                    generator.writeEndObject();
                }
                generator.writeEndArray();
            }
            if (rubric.document() != null) {
                generator.writeObjectFieldStart("document");
                generator.writeFieldName("stamps");
                value(generator, rubric.document().stamps());
                generator.writeFieldName("basis");
                value(generator, rubric.document().basis());
                generator.writeStringField("addressee", rubric.document().addressee());
                if (!rubric.document().addressees().isEmpty()) {
                    // only when given by level, so that a rubric with one addressee keeps its hash
                    generator.writeObjectFieldStart("addressees");
                    for (String level : Rubric.Document.LEVELS) {
                        String text = rubric.document().addressees().get(level);
                        if (text != null) {
                            generator.writeStringField(level, text);
                        }
                    }
                    generator.writeEndObject();
                }
                generator.writeEndObject();
            }
            if (rubric.rounding() != null) {
                // only when declared, so that a rubric that keeps its totals exact keeps its hash
                generator.writeObjectFieldStart("rounding");
                generator.writeNumberField("decimals", rubric.rounding().decimals());
                generator.writeStringField("mode", rubric.rounding().mode().name());
                generator.writeEndObject();
            }
            if (!rubric.caps().isEmpty()) {
                // only when declared, so that a rubric without caps keeps its hash
                generator.writeArrayFieldStart("caps");
                for (Rubric.Cap cap : rubric.caps()) {
                    generator.writeStartObject();
                    generator.writeFieldName("atMost");
                    number(generator, cap.atMost());
                    conditions(generator, cap.when());
                    generator.writeStringField("reason", cap.reason());
                    generator.writeEndObject();
                }
                generator.writeEndArray();
            }
            if (!rubric.facts().isEmpty()) {
                // only when declared, so that a rubric saying nothing of its facts keeps its hash
                generator.writeObjectFieldStart("facts");
                for (String name : new java.util.TreeSet<>(rubric.facts().keySet())) {
                    Rubric.FactDeclaration declared = rubric.facts().get(name);
                    generator.writeObjectFieldStart(name);
                    if (declared.label() != null) {
                        generator.writeStringField("label", declared.label());
                    }
                    if (declared.unit() != null) {
                        generator.writeStringField("unit", declared.unit());
                    }
                    if (declared.plausible() != null) {
                        generator.writeObjectFieldStart("plausible");
                        optionalNumber(generator, "min", declared.plausible().min());
                        optionalNumber(generator, "max", declared.plausible().max());
                        optionalNumber(
                                generator, "actualToPlan", declared.plausible().maxActualToPlan());
                        generator.writeEndObject();
                    }
                    if (declared.ratio() != null) {
                        generator.writeObjectFieldStart("ratio");
                        generator.writeStringField("per", declared.ratio().per());
                        optionalNumber(generator, "min", declared.ratio().min());
                        optionalNumber(generator, "max", declared.ratio().max());
                        generator.writeEndObject();
                    }
                    generator.writeEndObject();
                }
                generator.writeEndObject();
            }
            if (compiled.rollupDeclared()) {
                generator.writeObjectFieldStart("rollup");
                generator.writeStringField("method", compiled.rollupMethod().word());
                generator.writeNumberField("decimals", compiled.rollupDecimals());
                generator.writeObjectFieldStart("facts");
                for (java.util.Map.Entry<String, org.jixiao.spi.RollupRule> rule :
                        compiled.rollupRules().entrySet()) {
                    generator.writeStringField(rule.getKey(), rule.getValue().toString());
                }
                generator.writeEndObject();
                generator.writeEndObject();
            }
            generator.writeEndObject();
        });
    }

    private static void optionalNumber(JsonGenerator generator, String field, java.math.BigDecimal value)
            throws IOException {
        if (value != null) {
            generator.writeFieldName(field);
            number(generator, value);
        }
    }

    /** The levels between a group and its rows, by id; nothing for a two-level table, whose hash stays as it was. */
    private static void subgroups(JsonGenerator generator, java.util.List<Rubric.Group> subgroups) throws IOException {
        if (subgroups.isEmpty()) {
            return;
        }
        generator.writeArrayFieldStart("subgroups");
        for (Rubric.Group subgroup : subgroups) {
            generator.writeStartObject();
            generator.writeStringField("id", subgroup.id());
            generator.writeStringField("name", subgroup.name());
            generator.writeFieldName("weight");
            number(generator, subgroup.weight());
            generator.writeArrayFieldStart("indicators");
            for (Rubric.Row row : subgroup.indicators()) {
                generator.writeString(row.id());
            }
            generator.writeEndArray();
            subgroups(generator, subgroup.subgroups());
            judgements(generator, subgroup.judgements());
            generator.writeEndObject();
        }
        generator.writeEndArray();
    }

    /** Conditions on facts, in the order written: {@code when: [{fact, comparison, value}, …]}. */
    private static void conditions(JsonGenerator generator, java.util.List<Rubric.Condition> when) throws IOException {
        generator.writeArrayFieldStart("when");
        for (Rubric.Condition condition : when) {
            generator.writeStartObject();
            generator.writeStringField("fact", condition.fact());
            generator.writeStringField("comparison", condition.comparison().word());
            generator.writeFieldName("value");
            if (condition.value() instanceof Boolean flag) {
                generator.writeBoolean(flag);
            } else {
                number(generator, (java.math.BigDecimal) condition.value());
            }
            generator.writeEndObject();
        }
        generator.writeEndArray();
    }

    /**
     * A row's or group's judgements: none written where there are none, and a single unnamed one allowed whatever the
     * facts as {@code {atMost: N}}, as 0.2 wrote it, so that the rubrics of then keep their hash.
     */
    private static void judgements(JsonGenerator generator, java.util.List<Rubric.Judgement> judgements)
            throws IOException {
        if (judgements.isEmpty()) {
            return;
        }
        Rubric.Judgement only = judgements.get(0);
        if (judgements.size() == 1 && only.name().isEmpty() && only.when().isEmpty()) {
            generator.writeObjectFieldStart("judgement");
            generator.writeFieldName("atMost");
            number(generator, only.atMost());
            generator.writeEndObject();
            return;
        }
        generator.writeArrayFieldStart("judgement");
        for (Rubric.Judgement judgement : judgements) {
            generator.writeStartObject();
            generator.writeStringField("name", judgement.name());
            generator.writeFieldName("atMost");
            number(generator, judgement.atMost());
            if (!judgement.when().isEmpty()) {
                conditions(generator, judgement.when());
            }
            generator.writeEndObject();
        }
        generator.writeEndArray();
    }

    private static void rows(JsonGenerator generator, java.util.List<CompiledRubric.Row> rows) throws IOException {
        generator.writeArrayFieldStart("indicators");
        for (CompiledRubric.Row row : rows) {
            Rubric.Row r = row.row();
            generator.writeStartObject();
            generator.writeStringField("id", r.id());
            generator.writeStringField("name", r.name());
            generator.writeFieldName("weight");
            number(generator, r.weight());
            generator.writeStringField("type", r.type());
            generator.writeStringField("criteria", r.criteria());
            generator.writeFieldName("params");
            value(generator, row.parameters().asMap());
            generator.writeFieldName("facts");
            value(generator, row.bindings());
            if (r.notApplicableWhenPlanIsZero()) {
                generator.writeStringField("notApplicableWhen", "plan-zero");
            }
            judgements(generator, r.judgements());
            generator.writeEndObject();
        }
        generator.writeEndArray();
    }

    /** The submission's facts as given. */
    public static String factsSha256(Map<String, Object> facts) {
        return sha256(generator -> value(generator, facts));
    }

    /**
     * The facts and the evaluator's judgements, which change the score as facts do: with no judgements, the facts'
     * hash itself, so that files without any keep theirs.
     */
    static String inputSha256(Map<String, Object> facts, Map<String, Submission.Judgement> judgements) {
        if (judgements.isEmpty()) {
            return factsSha256(facts);
        }
        Map<String, Object> both = new java.util.TreeMap<>();
        both.put("facts", facts);
        Map<String, Object> judged = new java.util.TreeMap<>();
        judgements.forEach((id, j) -> judged.put(id, Map.of("points", j.points(), "reason", j.reason())));
        both.put("judgements", judged);
        return sha256(generator -> value(generator, both));
    }

    private interface Writer {
        void write(JsonGenerator generator) throws IOException;
    }

    private static String sha256(Writer writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator generator = JSON.createGenerator(bytes)) {
            writer.write(generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static void value(JsonGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<String, Object> entry : sorted(map).entrySet()) {
                generator.writeFieldName(entry.getKey());
                value(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof List<?> list) {
            generator.writeStartArray();
            for (Object element : list) {
                value(generator, element);
            }
            generator.writeEndArray();
        } else if (value instanceof PlanActual pair) {
            value(generator, Map.of("plan", pair.plan(), "actual", pair.actual()));
        } else if (value instanceof BigDecimal number) {
            number(generator, number);
        } else if (value instanceof Long
                || value instanceof Integer
                || value instanceof Short
                || value instanceof Byte
                || value instanceof BigInteger) {
            number(generator, new BigDecimal(value.toString()));
        } else if (value instanceof Boolean flag) {
            generator.writeBoolean(flag);
        } else {
            generator.writeString(value.toString());
        }
    }

    private static Map<String, Object> sorted(Map<?, ?> map) {
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((key, value) -> sorted.put(String.valueOf(key), value));
        return sorted;
    }

    private static void number(JsonGenerator generator, BigDecimal number) throws IOException {
        generator.writeNumber(CompiledRubric.normalized(number).toPlainString());
    }
}
