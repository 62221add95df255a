package org.jixiao.engine.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.jixiao.engine.programme.ProgrammeEvaluation;
import org.jixiao.engine.rubric.GradeBand;
import org.jixiao.spi.Api;

/**
 * A {@link ProgrammeEvaluation} as JSON: {@code status}, {@code set} ({@code id}, {@code version}, {@code title},
 * {@code sha256}), {@code subject}, {@code factsSha256}, {@code combine} ({@code method}, {@code by}, {@code label}), {@code total},
 * {@code maxTotal}, {@code grade}, {@code gradeLabel}, {@code vetoedBy}, {@code programmes[]} ({@code id},
 * {@code name}, {@code weight}, {@code total}, {@code grade}, and the programme's whole {@code evaluation} as
 * {@link EvaluationJson} writes it), {@code discrepancies[]} and {@code warnings[]}. The same evaluation gives the
 * same bytes.
 *
 * @since 0.3
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.3")
public final class ProgrammeEvaluationJson {

    private static final JsonFactory JSON = new JsonFactory();

    private ProgrammeEvaluationJson() {}

    /**
     * The evaluation as pretty-printed JSON with a final newline.
     *
     * @param evaluation the evaluation; never {@code null}
     * @return the JSON text
     */
    public static String write(ProgrammeEvaluation evaluation) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JsonText.pretty(JSON.createGenerator(out))) {
            write(json, evaluation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    /**
     * The evaluation as one JSON object into {@code json}, as {@link #write(ProgrammeEvaluation)} writes it.
     *
     * @param json where it goes
     * @param evaluation the evaluation; never {@code null}
     * @throws IOException if writing fails
     * @since 0.4
     */
    public static void write(JsonGenerator json, ProgrammeEvaluation evaluation) throws IOException {
        json.writeStartObject();
        json.writeStringField("status", evaluation.failed() ? "failed" : "ok");
        json.writeObjectFieldStart("set");
        json.writeStringField("id", evaluation.set().id());
        json.writeStringField("version", evaluation.set().version());
        json.writeStringField("title", evaluation.set().title());
        json.writeStringField("sha256", evaluation.set().sha256());
        json.writeEndObject();
        EvaluationJson.subject(json, evaluation.subject());
        json.writeStringField("factsSha256", evaluation.factsSha256());
        json.writeObjectFieldStart("combine");
        json.writeStringField("method", evaluation.method().word());
        if (evaluation.weightFact() != null) {
            json.writeStringField("by", evaluation.weightFact());
            json.writeStringField("label", evaluation.weightLabel());
        }
        json.writeEndObject();
        JsonText.number(json, "total", evaluation.total());
        JsonText.number(json, "maxTotal", evaluation.maxTotal());
        grade(json, evaluation.grade());
        json.writeArrayFieldStart("vetoedBy");
        for (String id : evaluation.vetoedBy()) {
            json.writeString(id);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("programmes");
        for (ProgrammeEvaluation.ProgrammeResult programme : evaluation.programmes()) {
            json.writeStartObject();
            json.writeStringField("id", programme.id());
            json.writeStringField("name", programme.name());
            if (programme.weight() != null) {
                JsonText.number(json, "weight", programme.weight());
            }
            JsonText.number(json, "total", programme.evaluation().total());
            grade(json, programme.evaluation().grade());
            json.writeFieldName("evaluation");
            EvaluationJson.write(json, programme.evaluation());
            json.writeEndObject();
        }
        json.writeEndArray();
        EvaluationJson.discrepancies(json, evaluation.discrepancies());
        json.writeArrayFieldStart("warnings");
        for (String warning : evaluation.warnings()) {
            json.writeString(warning);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void grade(JsonGenerator json, GradeBand grade) throws IOException {
        if (grade == null) {
            json.writeNullField("grade");
            json.writeNullField("gradeLabel");
        } else {
            json.writeStringField("grade", grade.grade());
            json.writeStringField("gradeLabel", grade.label());
        }
    }
}
