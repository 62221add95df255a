package org.jixiao.engine.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.spi.Api;
import org.jixiao.spi.PlanActual;

/**
 * How jixiao writes JSON, shared by its evaluation, submission, review and batch writers: two-space indentation,
 * exact numbers without trailing zeros, and plain values (facts) written in one fixed order, so that the same
 * input gives the same bytes on every run.
 *
 * @since 0.2
 */
@Api(status = Api.Status.INTERNAL, since = "0.2")
public final class JsonText {

    private JsonText() {}

    /**
     * Indents {@code json} as every jixiao document is: {@code "key": value}, two spaces, {@code []} and
     * {@code {}} when empty.
     *
     * @param json the generator; never {@code null}
     * @return the same generator
     */
    public static JsonGenerator pretty(JsonGenerator json) {
        return json.setPrettyPrinter(new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    }

    /**
     * An exact number field ({@code 9.1}, {@code 15}), or {@code null}.
     *
     * @param json the generator; never {@code null}
     * @param field the field name; never {@code null}
     * @param value the number, or {@code null}
     * @throws IOException if writing fails
     */
    public static void number(JsonGenerator json, String field, BigDecimal value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeFieldName(field);
            if (value.scale() == 0 && value.precision() <= 18) {
                json.writeNumber(value.longValue()); // a whole number's digits, without a string on the way
            } else {
                json.writeNumber(CompiledRubric.normalized(value).toPlainString());
            }
        }
    }

    /**
     * A plain value as a submission holds it: maps in their own order, lists, plan and actual (in that order),
     * exact numbers, flags, texts and {@code null}.
     *
     * @param json the generator; never {@code null}
     * @param value the value, or {@code null}
     * @throws IOException if writing fails
     */
    public static void value(JsonGenerator json, Object value) throws IOException {
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
            number(json, "plan", pair.plan());
            number(json, "actual", pair.actual());
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
