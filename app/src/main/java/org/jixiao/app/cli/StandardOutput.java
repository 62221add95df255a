package org.jixiao.app.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The process's standard output: a UTF-8 {@link PrintWriter} for every command, which also lets a command that
 * already has UTF-8 bytes (a batch's result lines) write them straight to the stream underneath.
 */
public final class StandardOutput extends PrintWriter {

    private final OutputStream stream;

    /**
     * Wraps the stream.
     *
     * @param stream the process's standard output
     */
    public StandardOutput(OutputStream stream) {
        super(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
        this.stream = stream;
    }

    /** The bytes underneath; flush this writer first. */
    OutputStream stream() {
        return stream;
    }
}
