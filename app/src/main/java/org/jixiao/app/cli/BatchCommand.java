package org.jixiao.app.cli;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jixiao.app.output.AtomicFiles;
import org.jixiao.app.rubrics.RubricRepository;
import org.jixiao.batch.Batch;
import org.jixiao.engine.Engine;
import org.jixiao.engine.problem.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao batch IN.ndjson -o OUT.ndjson}: a stream of submissions, one result line per input line. */
@Command(
        name = "batch",
        mixinStandardHelpOptions = true,
        description = {
            "Score one submission per line of NDJSON (UTF-8 JSON objects), writing one result per line in input"
                    + " order, streaming on every core. A bad line gives a result line with its error; the run goes on."
                    + " A line that gives several programmes' facts (\"programmes\") is scored with its programme set.",
            "Exit codes: 0 every line scored; 2 a line refused; 1 an indicator failed."
        })
final class BatchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN", description = "The NDJSON file, or - for standard input.")
    String input;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = "Write the results to OUT (whole or not at all). Default: standard output.")
    Path output;

    @Option(
            names = {"-r", "--rubric"},
            paramLabel = "ID|PATH",
            description = "Score every line with this rubric (or programme set). Default: the rubric each line names:"
                    + " a built-in id, or a file beside IN.")
    String rubric;

    @Option(
            names = "--detail",
            paramLabel = "DETAIL",
            defaultValue = "scores",
            converter = DetailConverter.class,
            description = "What each result carries: scores, reasons or full. Default: ${DEFAULT-VALUE}.")
    Batch.Detail detail;

    @Mixin
    EncodingOption encodingOption;

    @Option(names = "--threads", paramLabel = "N", description = "Score N lines at once. Default: every core.")
    Integer threads;

    private final Provider<Engine> engine;
    private final RubricRepository rubrics;
    private final PrintWriter out;
    private final PrintWriter err;

    @Inject
    BatchCommand(Provider<Engine> engine, RubricRepository rubrics, @Out PrintWriter out, @Err PrintWriter err) {
        this.engine = engine;
        this.rubrics = rubrics;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        SubmissionFiles files = new SubmissionFiles(engine.get(), rubrics, null, rubric);
        String source = input.equals("-") ? "stdin" : input;
        Path inputPath = Path.of(source);
        Batch.Builder builder = Batch.builder(engine.get(), submission -> files.rubricOf(submission, inputPath))
                .sets(submission -> files.setOf(submission, inputPath))
                .detail(detail);
        if (threads != null) {
            if (threads < 1) {
                throw InputException.of("usage", "--threads", "expected 1 or more, got " + threads);
            }
            builder.threads(threads);
        }
        Batch batch = builder.build();
        Batch.Summary[] summary = new Batch.Summary[1];
        try (InputStream in = input()) {
            if (output == null && out instanceof StandardOutput stdout) {
                // the process's standard output: the workers' UTF-8 bytes go out as they are, as to a file
                out.flush();
                OutputStream bytes = new BufferedOutputStream(stdout.stream(), 1 << 16);
                summary[0] = run(batch, in, source, bytes);
                bytes.flush();
            } else if (output == null) {
                summary[0] = run(batch, in, source, out);
            } else {
                AtomicFiles.streamBytes(
                        output,
                        stream -> summary[0] = run(batch, in, source, stream),
                        input.equals("-") ? null : Path.of(input));
            }
        }
        Batch.Summary done = summary[0];
        err.println("jixiao: " + done.lines() + " lines: " + done.scored() + " scored, " + done.refused() + " refused, "
                + done.failed() + " failed");
        err.flush();
        return done.refused() > 0 ? Cli.BAD_INPUT : done.failed() > 0 ? Cli.INTERNAL_ERROR : Cli.OK;
    }

    /** To a byte stream (a file, standard output): UTF-8 input gives the result lines as the workers' bytes. */
    private Batch.Summary run(Batch batch, InputStream in, String source, OutputStream out) throws IOException {
        if (utf8()) {
            return batch.run(in, source, out);
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        Batch.Summary summary = run(batch, in, source, writer);
        writer.flush();
        return summary;
    }

    /**
     * UTF-8 lines go to the workers undecoded (a line that is not UTF-8 is refused alone); another encoding is
     * decoded first, strictly, so that a byte it cannot read stops the run naming the file.
     */
    private Batch.Summary run(Batch batch, InputStream in, String source, Writer out) {
        if (utf8()) {
            return batch.run(in, source, out);
        }
        var decoder = encodingOption
                .charset()
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return batch.run(new BufferedReader(new InputStreamReader(in, decoder), 1 << 16), source, out);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw InputException.of(
                        "input", source, "is not " + encodingOption.charset().name() + " text");
            }
            throw e;
        }
    }

    private boolean utf8() {
        return encodingOption.charset() == null || encodingOption.charset().equals(StandardCharsets.UTF_8);
    }

    /** The input's bytes: lines go to the workers undecoded, and a line that is not UTF-8 is refused alone. */
    private InputStream input() throws IOException {
        if (input.equals("-")) {
            return System.in;
        }
        try {
            return Files.newInputStream(Path.of(input));
        } catch (NoSuchFileException e) {
            throw InputException.of("input", input, "no such file");
        }
    }

    static final class DetailConverter implements ITypeConverter<Batch.Detail> {
        @Override
        public Batch.Detail convert(String value) {
            try {
                return Batch.Detail.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "expected scores, reasons or full, got '" + value + "'");
            }
        }
    }
}
