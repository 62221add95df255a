package org.jixiao.review;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jixiao.engine.json.EvaluationJson;
import org.jixiao.engine.json.JsonText;
import org.jixiao.spi.Api;

/**
 * Writes a {@link ReviewReport} as JSON in the documented layout: {@code status}, {@code counts},
 * {@code submissions[]}, {@code review}, {@code comparison}, {@code rollup}. Exact numbers; the same report
 * always gives the same bytes.
 *
 * @since 0.2
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.2")
public final class ReviewJson {

    private static final JsonFactory JSON = new JsonFactory();

    private ReviewJson() {}

    /**
     * The report as pretty-printed JSON with a final newline.
     *
     * @param report the report; never {@code null}
     * @return the JSON text
     */
    public static String write(ReviewReport report) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            write(JsonText.pretty(json), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    private static void write(JsonGenerator json, ReviewReport report) throws IOException {
        json.writeStartObject();
        json.writeStringField("status", report.outcome().name().toLowerCase(java.util.Locale.ROOT));
        json.writeObjectFieldStart("counts");
        json.writeNumberField("inputs", report.results().size());
        for (SubmissionResult.Status status : SubmissionResult.Status.values()) {
            json.writeNumberField(status.name().toLowerCase(java.util.Locale.ROOT), report.count(status));
        }
        json.writeEndObject();
        json.writeArrayFieldStart("submissions");
        for (SubmissionResult result : report.results()) {
            json.writeStartObject();
            json.writeStringField("file", result.file().toString());
            json.writeStringField("status", result.status().name().toLowerCase(java.util.Locale.ROOT));
            json.writeStringField("name", result.name());
            if (result.evaluation() != null) {
                json.writeStringField("factsSha256", result.evaluation().factsSha256());
                number(json, "total", result.evaluation().total());
                json.writeStringField(
                        "grade",
                        result.evaluation().grade() == null
                                ? null
                                : result.evaluation().grade().grade());
            }
            number(json, "claimedTotal", result.claimedTotal().orElse(null));
            if (result.refusal() != null) {
                json.writeStringField("refusal", result.refusal());
            }
            json.writeArrayFieldStart("findings");
            for (ClaimFinding finding : result.findings()) {
                json.writeStartObject();
                json.writeStringField(
                        "kind",
                        finding.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                json.writeStringField("id", finding.id());
                json.writeStringField("name", finding.name());
                number(json, "claimed", finding.claimed());
                number(json, "expected", finding.expected());
                json.writeStringField("message", finding.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("review");
        json.writeNumberField("overClaimed", report.overClaimed().size());
        number(json, "overClaimedPoints", report.overClaimedPoints());
        List<ReviewReport.Reminder> reminders = report.reminders();
        if (!reminders.isEmpty()) {
            // only where there is something to look at, so that a clean round keeps its bytes
            json.writeArrayFieldStart("reminders");
            for (ReviewReport.Reminder reminder : reminders) {
                json.writeString(reminder.line());
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        comparison(json, report.comparison());
        rollup(json, report.rollup());
        json.writeEndObject();
    }

    private static void comparison(JsonGenerator json, Comparison comparison) throws IOException {
        json.writeObjectFieldStart("comparison");
        json.writeArrayFieldStart("indicators");
        for (Comparison.Column column : comparison.indicators()) {
            json.writeStartObject();
            json.writeStringField("id", column.id());
            json.writeStringField("name", column.name());
            number(json, "weight", column.weight());
            json.writeStringField("figure", column.figure());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("rows");
        for (Comparison.Row row : comparison.rows()) {
            json.writeStartObject();
            json.writeStringField("name", row.name());
            number(json, "total", row.total());
            json.writeStringField("grade", row.grade());
            json.writeNumberField("rank", row.rank());
            json.writeNumberField("discrepancies", row.discrepancies());
            json.writeObjectFieldStart("cells");
            for (Map.Entry<String, Comparison.Cell> cell : row.cells().entrySet()) {
                json.writeObjectFieldStart(cell.getKey());
                number(json, "score", cell.getValue().score());
                number(json, "figure", cell.getValue().figure());
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("spreads");
        for (Comparison.Spread spread : comparison.spreads()) {
            json.writeStartObject();
            json.writeStringField("id", spread.id());
            json.writeStringField("lowest", spread.lowest());
            number(json, "lowestScore", spread.lowestScore());
            json.writeStringField("highest", spread.highest());
            number(json, "highestScore", spread.highestScore());
            json.writeNumberField("lowestCount", spread.lowestCount());
            json.writeNumberField("highestCount", spread.highestCount());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void rollup(JsonGenerator json, RollupResult rollup) throws IOException {
        if (rollup == null) {
            json.writeNullField("rollup");
            return;
        }
        json.writeObjectFieldStart("rollup");
        json.writeStringField("method", rollup.method().word());
        json.writeStringField("status", rollup.made() ? "made" : "blocked");
        json.writeStringField(
                "upper", rollup.upper() == null ? null : rollup.upper().toString());
        json.writeStringField("region", rollup.region());
        number(json, "total", rollup.total());
        json.writeStringField(
                "grade", rollup.grade() == null ? null : rollup.grade().grade());
        json.writeArrayFieldStart("blockers");
        for (String blocker : rollup.blockers()) {
            json.writeString(blocker);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("parts");
        for (RollupResult.Part part : rollup.parts()) {
            json.writeStartObject();
            json.writeStringField("region", part.region());
            json.writeStringField("file", part.file().toString());
            json.writeStringField("factsSha256", part.factsSha256());
            number(json, "total", part.total());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("excluded");
        for (String name : rollup.excluded()) {
            json.writeString(name);
        }
        json.writeEndArray();
        if (rollup.evaluation() == null && rollup.made()) {
            // the mean of totals: the upper level's claimed total checked against it (the facts method's
            // discrepancies are in its evaluation)
            EvaluationJson.discrepancies(json, rollup.discrepancies());
        }
        if (rollup.combined() != null) {
            json.writeFieldName("facts");
            value(json, rollup.combined().facts());
        }
        if (rollup.evaluation() != null) {
            json.writeFieldName("evaluation");
            EvaluationJson.write(json, rollup.evaluation());
        }
        json.writeEndObject();
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        JsonText.value(json, value);
    }

    private static void number(JsonGenerator json, String field, BigDecimal value) throws IOException {
        JsonText.number(json, field, value);
    }
}
