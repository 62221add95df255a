package org.jixiao.engine.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.spi.Api;
import org.jixiao.spi.Deduction;
import org.jixiao.spi.Subject;

/**
 * Writes an {@link Evaluation} as JSON, in the documented layout that outside checks read:
 * {@code .total}, {@code .grade}, {@code .groups[].indicators[].score}, {@code .discrepancies[]}.
 * Scores are exact JSON numbers (9.1, never 9.0999…); the same evaluation always gives the same
 * bytes.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class EvaluationJson {

    private static final JsonFactory JSON = new JsonFactory();

    private EvaluationJson() {}

    /**
     * The evaluation as pretty-printed JSON with a final newline.
     *
     * @param evaluation the evaluation; never {@code null}
     * @return the JSON text
     */
    public static String write(Evaluation evaluation) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            write(JsonText.pretty(json), evaluation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    /**
     * Writes the evaluation as one JSON object into a larger document, such as a review's.
     *
     * @param json where to write; never {@code null}
     * @param evaluation the evaluation; never {@code null}
     * @throws IOException if the generator fails
     * @since 0.2
     */
    public static void write(JsonGenerator json, Evaluation evaluation) throws IOException {
        json.writeStartObject();
        json.writeStringField("status", evaluation.failed() ? "failed" : "ok");
        json.writeObjectFieldStart("rubric");
        json.writeStringField("id", evaluation.rubric().id());
        json.writeStringField("version", evaluation.rubric().version());
        json.writeStringField("title", evaluation.rubric().title());
        json.writeStringField("sha256", evaluation.rubric().sha256());
        json.writeEndObject();
        subject(json, evaluation.subject());
        json.writeStringField("factsSha256", evaluation.factsSha256());
        number(json, "total", evaluation.total());
        if (evaluation.total() != null && evaluation.exactTotal().compareTo(evaluation.total()) != 0) {
            // the table rounds its totals; the exact one is kept
            number(json, "exactTotal", evaluation.exactTotal());
        }
        if (evaluation.cap().isPresent()) {
            // a cap on the total the facts brought into force, and what it cut
            Evaluation.CapResult cap = evaluation.cap().get();
            json.writeObjectFieldStart("cap");
            number(json, "atMost", cap.atMost());
            json.writeStringField("reason", cap.reason());
            number(json, "before", cap.before());
            number(json, "cut", cap.cut());
            json.writeEndObject();
        }
        number(json, "maxTotal", evaluation.rubric().maxTotal());
        if (evaluation.grade() == null) {
            json.writeNullField("grade");
            json.writeNullField("gradeLabel");
        } else {
            json.writeStringField("grade", evaluation.grade().grade());
            json.writeStringField("gradeLabel", evaluation.grade().label());
        }
        json.writeArrayFieldStart("groups");
        for (Evaluation.GroupResult group : evaluation.groups()) {
            json.writeStartObject();
            json.writeStringField("id", group.id());
            json.writeStringField("name", group.name());
            number(json, "weight", group.weight());
            number(json, "score", group.score());
            json.writeArrayFieldStart("indicators");
            for (Evaluation.IndicatorResult indicator : group.indicators()) {
                indicator(json, indicator);
            }
            json.writeEndArray();
            subgroups(json, group.subgroups());
            json.writeEndObject();
        }
        json.writeEndArray();
        extra(json, "bonus", evaluation.bonus());
        extra(json, "penalty", evaluation.penalty());
        json.writeArrayFieldStart("notApplicable");
        for (String id : evaluation.notApplicable()) {
            json.writeString(id);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("vetoes");
        for (Evaluation.VetoResult veto : evaluation.vetoes()) {
            json.writeStartObject();
            json.writeStringField("id", veto.id());
            json.writeStringField("name", veto.name());
            json.writeStringField("reason", veto.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        discrepancies(json, evaluation.discrepancies());
        json.writeArrayFieldStart("warnings");
        for (String warning : evaluation.warnings()) {
            json.writeString(warning);
        }
        json.writeEndArray();
        if (!evaluation.notes().isEmpty()) {
            // only where a figure was not read plainly (a workbook's cell), so that other outputs keep their bytes
            json.writeArrayFieldStart("notes");
            for (String note : evaluation.notes()) {
                json.writeString(note);
            }
            json.writeEndArray();
        }
        json.writeArrayFieldStart("failures");
        for (Evaluation.Failure failure : evaluation.failures()) {
            json.writeStartObject();
            json.writeStringField("indicator", failure.indicatorId());
            json.writeStringField("type", failure.typeId());
            json.writeStringField("source", failure.typeSource());
            json.writeStringField("message", failure.message());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void extra(JsonGenerator json, String field, Evaluation.ExtraResult extra) throws IOException {
        if (extra == null) {
            return;
        }
        json.writeObjectFieldStart(field);
        json.writeStringField("name", extra.name());
        number(json, "cap", extra.cap());
        number(json, "score", extra.score());
        json.writeArrayFieldStart("indicators");
        for (Evaluation.IndicatorResult indicator : extra.indicators()) {
            indicator(json, indicator);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** The levels between a group and its indicators, each with its score and its indicators' ids. */
    private static void subgroups(JsonGenerator json, List<Evaluation.GroupResult> subgroups) throws IOException {
        if (subgroups.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("subgroups");
        for (Evaluation.GroupResult subgroup : subgroups) {
            json.writeStartObject();
            json.writeStringField("id", subgroup.id());
            json.writeStringField("name", subgroup.name());
            number(json, "weight", subgroup.weight());
            number(json, "score", subgroup.score());
            json.writeArrayFieldStart("indicators");
            for (Evaluation.IndicatorResult indicator : subgroup.indicators()) {
                json.writeString(indicator.id());
            }
            json.writeEndArray();
            subgroups(json, subgroup.subgroups());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void indicator(JsonGenerator json, Evaluation.IndicatorResult indicator) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", indicator.id());
        json.writeStringField("name", indicator.name());
        json.writeStringField("type", indicator.type());
        number(json, "weight", indicator.weight());
        number(json, "score", indicator.score());
        json.writeBooleanField("applicable", indicator.applicable());
        json.writeStringField("reason", indicator.reason());
        json.writeArrayFieldStart("deductions");
        for (Deduction deduction : indicator.deductions()) {
            json.writeStartObject();
            number(json, "points", deduction.points());
            json.writeStringField("reason", deduction.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("criteria", indicator.criteria());
        json.writeEndObject();
    }

    /**
     * Writes a {@code discrepancies} field as an evaluation's JSON has it: {@code id}, {@code name}, {@code claimed},
     * {@code computed}, {@code difference}; for other documents that check claims (a review's mean of totals).
     *
     * @param json the generator, inside an object; never {@code null}
     * @param discrepancies the discrepancies; never {@code null}
     * @throws IOException if the generator fails
     * @since 0.3
     */
    public static void discrepancies(JsonGenerator json, List<Evaluation.Discrepancy> discrepancies)
            throws IOException {
        json.writeArrayFieldStart("discrepancies");
        for (Evaluation.Discrepancy discrepancy : discrepancies) {
            json.writeStartObject();
            json.writeStringField("id", discrepancy.id());
            json.writeStringField("name", discrepancy.name());
            number(json, "claimed", discrepancy.claimed());
            number(json, "computed", discrepancy.computed());
            number(json, "difference", discrepancy.difference());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    static void subject(JsonGenerator json, Subject subject) throws IOException {
        json.writeObjectFieldStart("subject");
        if (subject.region() != null) {
            json.writeStringField("region", subject.region());
        }
        if (subject.level() != null) {
            json.writeStringField("level", subject.level());
        }
        if (subject.year() != null) {
            json.writeNumberField("year", subject.year());
        }
        if (subject.program() != null) {
            json.writeStringField("program", subject.program());
        }
        json.writeEndObject();
    }

    private static void number(JsonGenerator json, String field, BigDecimal value) throws IOException {
        JsonText.number(json, field, value);
    }
}
