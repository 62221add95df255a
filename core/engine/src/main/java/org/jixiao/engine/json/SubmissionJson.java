package org.jixiao.engine.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.engine.submission.Narrative;
import org.jixiao.engine.submission.Submission;
import org.jixiao.spi.Api;
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
            JsonText.pretty(json);
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
                judgements(json, submission.judgements());
            }
            if (!submission.narrative().isEmpty()) {
                json.writeFieldName("narrative");
                narrative(json, submission.narrative());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    /**
     * A narrative alone, as the {@code narrative} of a submission file writes it (on one line): what a form carries
     * along unchanged.
     *
     * @param narrative the narrative; never {@code null}
     * @return the JSON object's text
     * @since 0.4
     */
    public static String narrative(Narrative narrative) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            narrative(json, narrative);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** By id, as read: one judgement {@code {points, reason}}, or a row's several each under its name. */
    private static void judgements(JsonGenerator json, Map<String, Submission.Judgement> judgements)
            throws IOException {
        Map<String, Map<String, Submission.Judgement>> byId = new LinkedHashMap<>();
        judgements.forEach((key, judgement) -> {
            int slash = key.indexOf('/');
            String id = slash < 0 ? key : key.substring(0, slash);
            byId.computeIfAbsent(id, k -> new LinkedHashMap<>())
                    .put(slash < 0 ? "" : key.substring(slash + 1), judgement);
        });
        json.writeObjectFieldStart("judgements");
        for (Map.Entry<String, Map<String, Submission.Judgement>> entry : byId.entrySet()) {
            json.writeObjectFieldStart(entry.getKey());
            for (Map.Entry<String, Submission.Judgement> named :
                    entry.getValue().entrySet()) {
                if (!named.getKey().isEmpty()) {
                    json.writeObjectFieldStart(named.getKey());
                }
                json.writeFieldName("points");
                value(json, named.getValue().points());
                json.writeStringField("reason", named.getValue().reason());
                if (!named.getKey().isEmpty()) {
                    json.writeEndObject();
                }
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void narrative(JsonGenerator json, Narrative narrative) throws IOException {
        json.writeStartObject();
        if (narrative.fundsIssued() != null) {
            json.writeFieldName("fundsIssued");
            value(json, narrative.fundsIssued());
        }
        if (narrative.fundsSpent() != null) {
            json.writeFieldName("fundsSpent");
            value(json, narrative.fundsSpent());
        }
        if (!narrative.documents().isEmpty()) {
            json.writeFieldName("documents");
            value(json, narrative.documents());
        }
        if (!narrative.measures().isEmpty()) {
            json.writeFieldName("measures");
            value(json, narrative.measures());
        }
        json.writeEndObject();
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        JsonText.value(json, value);
    }
}
