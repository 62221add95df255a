package org.jixiao.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jixiao.spi.Api;
import org.jixiao.spi.PlanActual;
import org.jixiao.spi.Subject;

/**
 * Writes a {@link Submission} as a submission file that {@code jixiao evaluate} reads back: subject,
 * rubric, parts, facts and claimed scores, exact numbers. Used for a roll-up's combined submission, so that
 * the city's figures can be checked and scored again on their own.
 *
 * @since 0.2
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.2")
public final class SubmissionJson {

    private static final JsonFactory JSON = new JsonFactory();

    private SubmissionJson() {}

    /**
     * The submission as pretty-printed JSON with a final newline.
     *
     * @param submission the submission; never {@code null}
     * @return the JSON text
     */
    public static String write(Submission submission) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                            .withArrayEmptySeparator("")
                            .withObjectEmptySeparator(""))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            json.writeStartObject();
            Subject subject = submission.subject();
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
            if (submission.rubric() != null) {
                json.writeStringField("rubric", submission.rubric());
            }
            if (!submission.parts().isEmpty()) {
                json.writeFieldName("parts");
                value(json, submission.parts());
            }
            json.writeFieldName("facts");
            value(json, submission.facts());
            json.writeFieldName("claimed");
            value(json, submission.claimed());
            if (!submission.judgements().isEmpty()) {
                json.writeObjectFieldStart("judgements");
                for (Map.Entry<String, Submission.Judgement> judgement :
                        submission.judgements().entrySet()) {
                    json.writeObjectFieldStart(judgement.getKey());
                    json.writeFieldName("points");
                    value(json, judgement.getValue().points());
                    json.writeStringField("reason", judgement.getValue().reason());
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName(String.valueOf(entry.getKey()));
                value(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object element : list) {
                value(json, element);
            }
            json.writeEndArray();
        } else if (value instanceof PlanActual pair) {
            json.writeStartObject();
            json.writeFieldName("plan");
            value(json, pair.plan());
            json.writeFieldName("actual");
            value(json, pair.actual());
            json.writeEndObject();
        } else if (value instanceof BigDecimal number) {
            json.writeNumber(CompiledRubric.normalized(number).toPlainString());
        } else if (value instanceof Number number) {
            json.writeNumber(number.toString());
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value.toString());
        }
    }
}
