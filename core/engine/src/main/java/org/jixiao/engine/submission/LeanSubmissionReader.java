package org.jixiao.engine.submission;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.engine.read.Locator;
import org.jixiao.engine.read.NumberPolicy;
import org.jixiao.engine.read.TextPolicy;
import org.jixiao.engine.read.TreeReader;
import org.jixiao.spi.Subject;

/**
 * Reads a well-formed JSON submission straight into a {@link Submission}, keeping no positions: the batch path.
 * It applies the same number and text policies as {@link TreeReader} and {@link SubmissionReader}; whenever
 * anything is not as a clean submission has it, it gives up ({@code null}) and the caller reads the text again with
 * the position-keeping reader, whose message names the place. So a good line costs no positions, and a bad one gets
 * the same message as a file would.
 *
 * <p>Internal to the engine: public for its other rooms only, not API.
 */
public final class LeanSubmissionReader {

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(TreeReader.MAX_DEPTH)
                    .maxNumberLength(1000)
                    .maxStringLength(1_000_000)
                    .build())
            .build();
    private static final BigDecimal MAX_CLAIM = BigDecimal.valueOf(1000);

    private LeanSubmissionReader() {}

    /** The submission, or {@code null} when the text needs the full reader (for its message, or to be sure). */
    public static Submission read(String source, String text) {
        try (JsonParser parser = JSON.createParser(text)) {
            return read(source, parser);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The submission from UTF-8 bytes, parsed without decoding them to a string first; {@code null} as for text (a
     * byte that is not UTF-8 included).
     */
    public static Submission read(String source, byte[] utf8) {
        try (JsonParser parser = JSON.createParser(utf8)) {
            return read(source, parser);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Submission read(String source, JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        Subject subject = Subject.UNKNOWN;
        String rubric = null;
        Map<String, Object> facts = null;
        FrozenMap.Builder<String, BigDecimal> claimed = FrozenMap.builder(2);
        List<String> parts = List.of();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (key) {
                case "subject" -> {
                    subject = subject(parser, value);
                    if (subject == null) {
                        return null;
                    }
                }
                case "rubric" -> {
                    if (value != JsonToken.VALUE_STRING || parser.getText().isBlank()) {
                        return null;
                    }
                    rubric = parser.getText().strip();
                }
                case "facts" -> {
                    if (value != JsonToken.START_OBJECT || facts != null) {
                        return null;
                    }
                    Object read = object(parser, 32); // a submission's facts: a few dozen
                    if (read == null) {
                        return null;
                    }
                    @SuppressWarnings("unchecked")
                    Map<String, Object> map = (Map<String, Object>) read;
                    facts = map;
                }
                case "claimed" -> {
                    if (value != JsonToken.START_OBJECT) {
                        return null;
                    }
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String id = parser.currentName();
                        if (parser.nextToken() != JsonToken.VALUE_NUMBER_INT
                                        && parser.currentToken() != JsonToken.VALUE_NUMBER_FLOAT
                                || TextPolicy.problem(id, false) != null
                                || claimed.contains(id)) {
                            return null;
                        }
                        BigDecimal score = number(parser);
                        if (score == null || score.signum() < 0 || score.compareTo(MAX_CLAIM) > 0) {
                            return null;
                        }
                        claimed.put(id, score);
                    }
                }
                default -> {
                    // "parts" and anything unknown: the full reader says what it is
                    return null;
                }
            }
        }
        if (token != JsonToken.END_OBJECT || parser.nextToken() != null || facts == null) {
            return null;
        }
        return new Submission(source, subject, rubric, facts, claimed.build(), Locator.NONE, parts);
    }

    private static Subject subject(JsonParser parser, JsonToken token) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            return null;
        }
        String region = null;
        String level = null;
        Integer year = null;
        String program = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            if (key.equals("year")) {
                if (value != JsonToken.VALUE_NUMBER_INT) {
                    return null;
                }
                BigDecimal number = number(parser);
                if (number == null
                        || number.compareTo(BigDecimal.valueOf(1949)) < 0
                        || number.compareTo(BigDecimal.valueOf(2200)) > 0) {
                    return null;
                }
                year = number.intValueExact();
                continue;
            }
            if (value != JsonToken.VALUE_STRING
                    || parser.getText().isBlank()
                    || TextPolicy.problem(parser.getText(), false) != null) {
                return null;
            }
            String text = parser.getText().strip();
            switch (key) {
                case "region" -> region = text;
                case "level" -> level = text;
                case "program" -> program = text;
                default -> {
                    return null;
                }
            }
        }
        return new Subject(region, level, year, program);
    }

    /** An object's fields as plain values, in order; null on a duplicate key, a bad text or number. */
    private static Object object(JsonParser parser, int capacity) throws IOException {
        FrozenMap.Builder<String, Object> map = FrozenMap.builder(capacity);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            if (map.contains(key) || TextPolicy.problem(key, false) != null) {
                return null;
            }
            Object value = value(parser, parser.nextToken());
            if (value == Unreadable.VALUE) {
                return null;
            }
            map.put(key, value);
        }
        return map.build();
    }

    private enum Unreadable {
        VALUE
    }

    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                BigDecimal number = number(parser);
                return number == null ? Unreadable.VALUE : number;
            }
            case VALUE_STRING -> {
                String text = parser.getText();
                return TextPolicy.problem(text, true) == null ? text : Unreadable.VALUE;
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NULL -> {
                return null;
            }
            case START_OBJECT -> {
                Object map = object(parser, 2); // a plan-and-actual pair, a bound
                return map == null ? Unreadable.VALUE : map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    Object element = value(parser, next);
                    if (element == Unreadable.VALUE) {
                        return Unreadable.VALUE;
                    }
                    list.add(element);
                }
                return java.util.Collections.unmodifiableList(list);
            }
            default -> {
                return Unreadable.VALUE;
            }
        }
    }

    private static BigDecimal number(JsonParser parser) throws IOException {
        if (parser.isNaN()) {
            return null;
        }
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT && parser.getTextLength() <= 15) {
            // a whole number of up to 15 digits (JSON has no leading zeros): what the policy would give, without
            // a string
            return BigDecimal.valueOf(parser.getLongValue());
        }
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
            BigDecimal plain = plainDecimal(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
            if (plain != null) {
                return plain;
            }
        }
        try {
            return NumberPolicy.read(parser.getText());
        } catch (IllegalArgumentException refused) {
            return null;
        }
    }

    /**
     * A decimal such as {@code 341.4058} or {@code -0.5} read from the parser's characters, as {@link NumberPolicy}
     * reads it (zero as {@link BigDecimal#ZERO}), without a string; {@code null} for any other spelling (an exponent,
     * more digits than a {@code long} holds, more than the policy allows), which the policy then reads or refuses.
     */
    static BigDecimal plainDecimal(char[] text, int offset, int length) {
        int end = offset + length;
        int i = offset;
        boolean negative = i < end && text[i] == '-';
        if (negative) {
            i++;
        }
        int integerStart = i;
        long unscaled = 0;
        while (i < end && text[i] >= '0' && text[i] <= '9') {
            unscaled = unscaled * 10 + (text[i++] - '0');
        }
        int integerDigits = i - integerStart;
        if (integerDigits == 0
                || integerDigits > NumberPolicy.MAX_INTEGER_DIGITS
                || integerDigits > 1 && text[integerStart] == '0'
                || i == end
                || text[i] != '.') {
            return null;
        }
        int fractionStart = ++i;
        while (i < end && text[i] >= '0' && text[i] <= '9') {
            unscaled = unscaled * 10 + (text[i++] - '0');
        }
        int scale = i - fractionStart;
        // at most 15 + 3 digits fit a long; the policy's 12 decimals need the general path beyond that
        if (i != end || scale == 0 || scale > NumberPolicy.MAX_FRACTION_DIGITS || integerDigits + scale > 18) {
            return null;
        }
        return unscaled == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
    }
}
