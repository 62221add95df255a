package org.jixiao.engine.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.problem.Origin;
import org.jixiao.engine.problem.Position;
import org.jixiao.engine.problem.Problem;

/**
 * Reads JSON or YAML into a {@link Node} tree with positions. Strict: UTF-8 only, duplicate keys
 * rejected, bounded size and depth. Thread-safe.
 *
 * <p>Internal to the engine: public for its other rooms only, not API.
 */
public final class TreeReader {

    /** Largest input read, in bytes. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    /** Deepest nesting of objects and lists. */
    public static final int MAX_DEPTH = 64;

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxNumberLength(1000)
            .maxStringLength(1_000_000)
            .build();

    private final JsonFactory json = JsonFactory.builder()
            .streamReadConstraints(CONSTRAINTS)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    private final YAMLFactory yaml =
            YAMLFactory.builder().streamReadConstraints(CONSTRAINTS).build();

    /** A parsed document and where each of its paths stands. */
    public record Document(String source, Node root) implements Locator {
        @Override
        public Optional<Position> at(String path) {
            return Optional.ofNullable(root.find(path)).map(Node::position);
        }

        @Override
        public Optional<Origin> origin(String path) {
            return Optional.ofNullable(root.find(path)).map(n -> new Origin(n.source(), n.position(), n.path()));
        }
    }

    /**
     * Reads a file, choosing JSON or YAML by its extension ({@code .json}, {@code .yaml},
     * {@code .yml}), otherwise by its first character.
     */
    public Document read(Path file) {
        return read(file, null);
    }

    /**
     * Reads a file in the given encoding; {@code null} means UTF-8, strictly, with a hint when the
     * file looks like GBK.
     */
    public Document read(Path file, Charset encoding) {
        String source = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw InputException.of("input", source, "is a directory; expected a JSON or YAML file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw InputException.of(
                        "input",
                        source,
                        "file is " + size + " bytes; files larger than " + MAX_BYTES + " bytes are refused");
            }
            // a device or a pipe says nothing of its size (/dev/zero says 0): read at most the limit and one byte
            try (java.io.InputStream in = Files.newInputStream(file)) {
                bytes = bounded(in, source);
            }
        } catch (NoSuchFileException e) {
            throw InputException.of("input", source, "no such file");
        } catch (IOException e) {
            throw InputException.of("input", source, "cannot read: " + e.getMessage());
        }
        return read(source, bytes, encoding);
    }

    /**
     * At most {@link #MAX_BYTES} bytes of a stream, never more held in memory: a stream that goes on past the limit
     * (standard input, a device, an upload) is refused as soon as it has given the limit and one byte.
     *
     * @param in the stream; not closed here
     * @param source its name, for the message
     * @return the bytes
     * @throws InputException when the stream is longer than the limit
     * @throws IOException when it cannot be read
     */
    public static byte[] bounded(java.io.InputStream in, String source) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw InputException.of(
                    "input",
                    source,
                    "is larger than 16 MiB (" + MAX_BYTES + " bytes); inputs larger than that are refused, and"
                            + " reading stopped there");
        }
        return bytes;
    }

    /** Reads bytes named {@code source}; the format is chosen as for files. */
    public Document read(String source, byte[] bytes) {
        return read(source, bytes, null);
    }

    /** Reads bytes named {@code source} in the given encoding ({@code null}: strict UTF-8). */
    public Document read(String source, byte[] bytes, Charset encoding) {
        if (bytes.length > MAX_BYTES) {
            throw InputException.of(
                    "input",
                    source,
                    "input is " + bytes.length + " bytes; inputs larger than " + MAX_BYTES + " bytes are refused");
        }
        String text = decode(source, bytes, encoding);
        if (text.isBlank()) {
            throw InputException.of("input", source, "file is empty; expected a JSON or YAML object");
        }
        boolean isJson = isJson(source, text);
        String format = isJson ? "JSON" : "YAML";
        JsonParser parser = null;
        try {
            parser = isJson ? json.createParser(text) : yaml.createParser(text);
            Builder builder = new Builder(source, parser);
            Node root = builder.value("", parser.nextToken());
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw builder.problem(
                        parser.currentTokenLocation(), "", "unexpected content after the end of the document");
            }
            return new Document(source, root);
        } catch (StreamConstraintsException e) {
            throw new InputException(
                    "input",
                    new Problem(
                            source,
                            position(parser.currentLocation()),
                            null,
                            format + " nested or sized beyond jixiao's limits (" + MAX_DEPTH
                                    + " levels, numbers of 1000 characters,"
                                    + " texts of a million characters): "
                                    + firstLine(e.getOriginalMessage()).replaceAll(", from `[^`]*`", "")));
        } catch (JsonProcessingException e) {
            Position at = position(e.getLocation());
            if (at == null && parser != null) {
                at = position(parser.currentLocation());
            }
            throw new InputException(
                    "input",
                    new Problem(
                            source,
                            at,
                            null,
                            "malformed " + format + ": " + firstLine(readable(e.getOriginalMessage()))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException ignored) {
                    // reading from a String: nothing to release
                }
            }
        }
    }

    private static boolean isJson(String source, String text) {
        String lower = source.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return true;
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return false;
        }
        String start = text.stripLeading();
        return start.startsWith("{") || start.startsWith("[");
    }

    private static String decode(String source, byte[] bytes, Charset encoding) {
        if (encoding != null && !StandardCharsets.UTF_8.equals(encoding)) {
            String text = strictDecode(bytes, 0, encoding);
            if (text == null) {
                throw InputException.of(
                        "input", source, "file is not valid " + encoding.name() + " text; check the --encoding");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
        int offset =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        String text = strictDecode(bytes, offset, StandardCharsets.UTF_8);
        if (text != null) {
            return text;
        }
        if (truncatedUtf8(bytes, offset)) {
            throw InputException.of(
                    "input",
                    source,
                    "file ends in the middle of a UTF-8"
                            + " character: it was cut off (truncated) while being saved or copied; get the whole file again");
        }
        boolean looksGbk = strictDecode(bytes, 0, Charset.forName("GB18030")) != null;
        throw InputException.of(
                "input",
                source,
                "file is not UTF-8 text"
                        + (looksGbk
                                ? "; it looks like GBK, as Excel and WPS save files: run again with --encoding GBK,"
                                        + " or convert it with: iconv -f GBK -t UTF-8 IN > OUT"
                                : "; save it as UTF-8, or give its encoding with --encoding"));
    }

    /** Valid UTF-8 up to its last one to three bytes, which begin a character that never ends. */
    private static boolean truncatedUtf8(byte[] bytes, int offset) {
        for (int cut = 1; cut <= 3 && bytes.length - cut > offset; cut++) {
            int lead = bytes[bytes.length - cut] & 0xFF;
            if (lead >= 0xC0) {
                int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
                return length > cut
                        && strictDecode(
                                        java.util.Arrays.copyOf(bytes, bytes.length - cut),
                                        offset,
                                        StandardCharsets.UTF_8)
                                != null;
            }
            if (lead < 0x80) {
                return false;
            }
        }
        return false;
    }

    private static String strictDecode(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Position position(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return null;
        }
        return new Position(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    /** Jackson's message without advice meant for programmers ("enable `JsonReadFeature…`", "(code 44)"). */
    private static String readable(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("'nan'")
                || lower.contains("infinity'")
                || lower.contains("'.inf'")
                || lower.contains("'.nan'")
                || lower.contains("'-.inf'")) {
            return "NaN and infinity are not numbers; expected a finite number";
        }
        return message.replaceAll(": enable `[^`]*` to allow", "")
                .replaceAll(" \\(code \\d+\\)", "")
                // the parser quotes the input it was given there; a county's text is not echoed
                .replaceAll(
                        // (the quoted input may span lines)
                        "(?s)\\(start marker at \\[Source: .*; line: (\\d+), column: (\\d+)\\]\\)",
                        "(opened at line $1, column $2)");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static final class Builder {
        private final String source;
        private final JsonParser parser;

        Builder(String source, JsonParser parser) {
            this.source = source;
            this.parser = parser;
        }

        Node value(String path, JsonToken token) throws IOException {
            if (token == null) {
                throw problem(parser.currentLocation(), path, "file is empty; expected a JSON or YAML object");
            }
            Position at = position(parser.currentTokenLocation());
            if (parser instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser yamlParser) {
                if (yamlParser.isCurrentAlias()) {
                    throw problem(
                            parser.currentTokenLocation(),
                            path,
                            "YAML aliases (*" + parser.getText() + ") are not read; write the value out in full");
                }
                Object anchor = yamlParser.getObjectId();
                if (anchor != null) {
                    throw problem(
                            parser.currentTokenLocation(),
                            path,
                            "YAML anchors (&" + anchor + ") are not read; write each value out in full");
                }
            }
            return switch (token) {
                case START_OBJECT -> object(path, at);
                case START_ARRAY -> array(path, at);
                case VALUE_STRING -> new Node.Value(source, path, at, text(path, parser.getText()));
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(path, at);
                case VALUE_TRUE -> new Node.Value(source, path, at, Boolean.TRUE);
                case VALUE_FALSE -> new Node.Value(source, path, at, Boolean.FALSE);
                case VALUE_NULL -> new Node.Value(source, path, at, null);
                default -> throw problem(parser.currentTokenLocation(), path, "unexpected " + token);
            };
        }

        private Node number(String path, Position at) throws IOException {
            if (parser.isNaN()) {
                throw problem(
                        parser.currentTokenLocation(),
                        path,
                        "not a number (NaN or infinity); expected a finite number");
            }
            try {
                return new Node.Value(source, path, at, NumberPolicy.read(parser.getText()));
            } catch (IllegalArgumentException refused) {
                throw problem(parser.currentTokenLocation(), path, refused.getMessage());
            }
        }

        private Node object(String path, Position at) throws IOException {
            Node.Obj object = new Node.Obj(source, path, at);
            Map<String, Position> keys = new HashMap<>();
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                Position keyAt = position(parser.currentTokenLocation());
                String keyProblem = TextPolicy.problem(key, false);
                if (keyProblem != null) {
                    throw problem(parser.currentTokenLocation(), path, "a key: " + keyProblem);
                }
                String childPath = Node.child(path, key);
                if (keys.containsKey(key)) {
                    Position first = keys.get(key);
                    throw problem(
                            parser.currentTokenLocation(),
                            childPath,
                            "duplicate key \"" + key + "\"" + (first == null ? "" : " (first at " + first + ")")
                                    + "; each key may appear once");
                }
                keys.put(key, keyAt);
                object.put(key, value(childPath, parser.nextToken()));
            }
            if (token != JsonToken.END_OBJECT) {
                throw problem(parser.currentTokenLocation(), path, "unexpected " + token);
            }
            return object;
        }

        private Node array(String path, Position at) throws IOException {
            List<Node> elements = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw problem(parser.currentLocation(), path, "the list is not closed");
                }
                elements.add(value(Node.element(path, elements.size()), token));
            }
            return new Node.Arr(source, path, at, elements);
        }

        private String text(String path, String text) throws IOException {
            String refused = TextPolicy.problem(text, true);
            if (refused != null) {
                throw problem(parser.currentTokenLocation(), path, refused);
            }
            return text;
        }

        InputException problem(JsonLocation location, String path, String message) {
            return new InputException("input", new Problem(source, position(location), path, message));
        }
    }
}
