package org.jixiao.app.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The process's standard output: a {@link PrintWriter} for every command (UTF-8, or a Windows console's charset),
 * which also lets a command that already has UTF-8 bytes (a batch's NDJSON lines, UTF-8 by definition) write them
 * straight to the stream underneath.
 */
public final class StandardOutput extends PrintWriter {

    private final OutputStream stream;

    /**
     * Wraps the stream.
     *
     * @param stream the process's standard output
     */
    public StandardOutput(OutputStream stream) {
        this(stream, StandardCharsets.UTF_8);
    }

    /**
     * Wraps the stream, writing text in a charset (a Windows console's, see {@link ConsoleCharset}).
     *
     * @param stream the process's standard output
     * @param charset the charset of the text written through this writer
     */
    public StandardOutput(OutputStream stream, java.nio.charset.Charset charset) {
        super(new OutputStreamWriter(stream, charset), true);
        this.stream = stream;
    }

    /** The bytes underneath; flush this writer first. */
    OutputStream stream() {
        return stream;
    }
}
