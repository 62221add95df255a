package org.jixiao.batch;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.jixiao.engine.Engine;
import org.jixiao.engine.json.EvaluationJson;
import org.jixiao.engine.json.JsonText;
import org.jixiao.engine.json.ProgrammeEvaluationJson;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.problem.Position;
import org.jixiao.engine.problem.Problem;
import org.jixiao.engine.programme.ProgrammeEvaluation;
import org.jixiao.engine.programme.ProgrammeSet;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.engine.submission.ProgrammeSubmission;
import org.jixiao.engine.submission.Submission;
import org.jixiao.engine.submission.SubmissionDocument;
import org.jixiao.spi.Api;

/**
 * Scores a stream of submissions, one JSON object per line (NDJSON), writing one result line per input line in
 * the same order. Lines are read and scored in chunks on every core, with at most a few chunks in flight, so memory
 * stays bounded whatever the length of the stream. A bad line gives a result line with its error (line number and
 * column, as a file's message would) and the stream goes on. The same input gives the same bytes whatever the
 * thread count.
 *
 * <pre>{@code
 * Batch.Summary summary = Batch.builder(engine, submission -> rubric).threads(4).detail(Batch.Detail.SCORES)
 *         .build().run(reader, "in.ndjson", writer);
 * }</pre>
 *
 * @since 0.2
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.2")
public final class Batch {

    /** What each result line carries. */
    public enum Detail {
        /** Line, status, subject region, total, grade, each indicator's score and the discrepancies. */
        SCORES,
        /** As {@link #SCORES}, with each indicator's reason. */
        REASONS,
        /** The whole evaluation, as {@code evaluate --format json} writes it, on one line. */
        FULL
    }

    /**
     * What a run did.
     *
     * @param lines submissions read (blank lines are skipped)
     * @param scored lines scored with a total
     * @param failed lines whose evaluation failed (an indicator type misbehaved)
     * @param refused lines refused as bad input
     */
    public record Summary(long lines, long scored, long failed, long refused) {}

    private static final JsonFactory JSON = new JsonFactory();
    private static final int CHUNK = 256;
    /** The longest line read, as the largest file a submission may be; a longer one is refused, not held. */
    private static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    private final Engine engine;
    private final Function<Submission, CompiledRubric> rubrics;
    private final Function<ProgrammeSubmission, ProgrammeSet> sets;
    private final int threads;
    private final Detail detail;

    private Batch(Builder builder) {
        this.engine = builder.engine;
        this.rubrics = builder.rubrics;
        this.sets = builder.sets;
        this.threads = builder.threads;
        this.detail = builder.detail;
    }

    /**
     * Starts a batch.
     *
     * @param engine reads the lines; never {@code null}
     * @param rubrics the compiled rubric for each submission (compile each once); thread-safe; may throw
     *     {@link InputException} for a submission naming an unknown rubric
     * @return a builder
     */
    public static Builder builder(Engine engine, Function<Submission, CompiledRubric> rubrics) {
        return new Builder(engine, rubrics);
    }

    /**
     * Runs the batch.
     *
     * @param in the lines; read to the end
     * @param source the input's name in messages, such as {@code counties.ndjson}
     * @param out where the result lines go
     * @return what the run did
     * @throws UncheckedIOException if reading or writing fails
     */
    public Summary run(BufferedReader in, String source, Writer out) {
        return run(
                () -> {
                    String line = in.readLine();
                    return line == null ? null : line.getBytes(StandardCharsets.UTF_8);
                },
                source,
                writerSink(out));
    }

    /**
     * Runs the batch on UTF-8 bytes, each line handed to a worker undecoded (the reading thread only finds the line
     * breaks, as {@link BufferedReader#readLine()} does: LF, CR or CRLF); a line that is not UTF-8 gets a result
     * line naming the byte, and the stream goes on.
     *
     * @param in the bytes; read to the end, not closed
     * @param source the input's name in messages, such as {@code counties.ndjson}
     * @param out where the result lines go
     * @return what the run did
     * @throws UncheckedIOException if reading or writing fails
     * @since 0.3
     */
    public Summary run(InputStream in, String source, Writer out) {
        return run(new ByteLines(in)::next, source, writerSink(out));
    }

    /**
     * Runs the batch on UTF-8 bytes, as {@link #run(InputStream, String, Writer)}, writing the result lines as UTF-8
     * bytes: the workers render them as bytes and nothing is decoded or encoded on the way.
     *
     * @param in the bytes; read to the end, not closed
     * @param source the input's name in messages, such as {@code counties.ndjson}
     * @param out where the result lines go, as UTF-8; flushed, not closed
     * @return what the run did
     * @throws UncheckedIOException if reading or writing fails
     * @since 0.3
     */
    public Summary run(InputStream in, String source, OutputStream out) {
        return run(new ByteLines(in)::next, source, streamSink(out));
    }

    /** Where result lines go, each as UTF-8 bytes without its line break. */
    private interface Sink {
        void line(byte[] utf8) throws IOException;

        void flush() throws IOException;
    }

    private static Sink streamSink(OutputStream out) {
        return new Sink() {
            @Override
            public void line(byte[] utf8) throws IOException {
                out.write(utf8);
                out.write('\n');
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }
        };
    }

    private static Sink writerSink(Writer out) {
        return new Sink() {
            @Override
            public void line(byte[] utf8) throws IOException {
                out.write(new String(utf8, StandardCharsets.UTF_8));
                out.write('\n');
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }
        };
    }

    /** The next line's bytes without its line break, or {@code null} at the end. */
    private interface Lines {
        byte[] next() throws IOException;
    }

    private Summary run(Lines in, String source, Sink out) {
        Counts total = new Counts();
        // cached, not fixed: a thread stuck in an indicator is abandoned, and the next chunk gets another
        ExecutorService pool = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "jixiao-batch");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Chunk> inFlight = new ArrayDeque<>();
        // at most `threads` chunks scored at once: the cached pool may hold more threads (a stuck one is left
        // behind), but only this many run, so --threads 1 is one scoring thread
        Semaphore running = new Semaphore(threads);
        try {
            long number = 0;
            List<byte[]> texts = new ArrayList<>(CHUNK);
            List<Long> numbers = new ArrayList<>(CHUNK);
            byte[] line;
            while ((line = in.next()) != null) {
                number++;
                if (line != ByteLines.TOO_LONG && blank(line)) {
                    continue;
                }
                texts.add(line);
                numbers.add(number);
                if (texts.size() == CHUNK) {
                    submit(pool, inFlight, out, new Chunk(texts, numbers, source, running), total);
                    texts = new ArrayList<>(CHUNK);
                    numbers = new ArrayList<>(CHUNK);
                }
            }
            if (!texts.isEmpty()) {
                submit(pool, inFlight, out, new Chunk(texts, numbers, source, running), total);
            }
            while (!inFlight.isEmpty()) {
                write(inFlight.removeFirst(), out, total);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            pool.shutdownNow();
        }
        return new Summary(total.lines, total.scored, total.failed, total.refused);
    }

    /**
     * Lines scored together on one thread, unwatched: a thread hand-off per line would cost more than the scoring.
     * The writer watches the line under way and, if it runs past the indicators' budget, scores the chunk again
     * the guarded way, where the stuck indicator is abandoned and named.
     */
    private final class Chunk implements Callable<List<byte[]>> {
        final List<byte[]> texts;
        final List<Long> numbers;
        final String source;
        final Counts counts = new Counts();
        volatile long lineStarted;
        Future<List<byte[]>> future;

        final Semaphore running;
        final AtomicBoolean holds = new AtomicBoolean();

        Chunk(List<byte[]> texts, List<Long> numbers, String source, Semaphore running) {
            this.texts = texts;
            this.numbers = numbers;
            this.source = source;
            this.running = running;
        }

        @Override
        public List<byte[]> call() {
            try {
                running.acquire();
            } catch (InterruptedException cancelled) {
                Thread.currentThread().interrupt();
                return List.of();
            }
            holds.set(true);
            try {
                return render(this, false);
            } finally {
                release();
            }
        }

        /** Gives the chunk's turn back, once: when it ends, or when the writer abandons it. */
        void release() {
            if (holds.compareAndSet(true, false)) {
                running.release();
            }
        }
    }

    /** Lines by outcome. */
    private static final class Counts {
        long lines;
        long scored;
        long failed;
        long refused;
    }

    /**
     * The chunk's result lines as UTF-8, kept apart (one array for the chunk would be copied as it grows, and again),
     * each rendered into one buffer reused for the chunk and copied out at its exact size.
     */
    private List<byte[]> render(Chunk chunk, boolean guarded) {
        Counts counts = new Counts();
        List<byte[]> rendered = new ArrayList<>(chunk.texts.size());
        ByteArrayOutputStream buffer =
                new ByteArrayOutputStream(detail == Detail.FULL ? 8192 : detail == Detail.REASONS ? 3072 : 512);
        for (int i = 0; i < chunk.texts.size(); i++) {
            chunk.lineStarted = System.nanoTime();
            counts.lines++;
            buffer.reset();
            line(chunk.texts.get(i), chunk.numbers.get(i), chunk.source, counts, guarded, buffer);
            rendered.add(buffer.toByteArray());
        }
        chunk.lineStarted = 0;
        synchronized (chunk.counts) {
            chunk.counts.lines = counts.lines;
            chunk.counts.scored = counts.scored;
            chunk.counts.failed = counts.failed;
            chunk.counts.refused = counts.refused;
        }
        return rendered;
    }

    private void submit(ExecutorService pool, Deque<Chunk> inFlight, Sink out, Chunk chunk, Counts total)
            throws IOException {
        chunk.future = pool.submit(chunk);
        inFlight.addLast(chunk);
        // bounded memory: no more than two chunks a thread are read ahead of what is written
        while (inFlight.size() > 2 * threads) {
            write(inFlight.removeFirst(), out, total);
        }
    }

    private void write(Chunk chunk, Sink out, Counts total) throws IOException {
        for (byte[] line : take(chunk)) {
            out.line(line);
        }
        synchronized (chunk.counts) {
            total.lines += chunk.counts.lines;
            total.scored += chunk.counts.scored;
            total.failed += chunk.counts.failed;
            total.refused += chunk.counts.refused;
        }
    }

    private List<byte[]> take(Chunk chunk) {
        while (true) {
            long budget = budgetNanos();
            try {
                return budget == 0
                        ? chunk.future.get(250, TimeUnit.MILLISECONDS)
                        : chunk.future.get(Math.max(1, budget / 4), TimeUnit.NANOSECONDS);
            } catch (TimeoutException stillRunning) {
                long started = chunk.lineStarted;
                if (budget != 0 && started != 0 && System.nanoTime() - started > budget) {
                    // a line is stuck in an indicator: abandon that thread, score the chunk again, guarded
                    chunk.future.cancel(true);
                    chunk.release();
                    return render(chunk, true);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the batch was interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a batch chunk failed", e.getCause());
            }
        }
    }

    /** The indicators' budget (0 for none), as the rubrics in use say. */
    private long budgetNanos() {
        Duration budget = firstBudget;
        return budget == null ? 0 : budget.toNanos();
    }

    private volatile Duration firstBudget;

    private final Map<CompiledRubric, CompiledRubric> unguarded = new ConcurrentHashMap<>();

    /** One line's result, never an exception: bad input and internal errors become result lines. */
    private void line(
            byte[] text, long number, String source, Counts counts, boolean guarded, ByteArrayOutputStream out) {
        if (text == ByteLines.TOO_LONG) {
            counts.refused++;
            refusal(
                    out,
                    number,
                    new Problem(
                                    source,
                                    new Position((int) Math.min(number, Integer.MAX_VALUE), 1),
                                    null,
                                    "the line is longer than " + MAX_LINE_BYTES + " bytes, the most read for one"
                                            + " submission")
                            .format());
            return;
        }
        Evaluation evaluation;
        try {
            evaluation = evaluate(text, source, false, guarded);
        } catch (InputException e) {
            if (sets != null && programmes(text, number, source, counts, out)) {
                return;
            }
            counts.refused++;
            try {
                // the quick read kept no positions: read again, keeping them, for the message a file would get
                evaluate(text, source, true, guarded);
                refusal(out, number, placed(e, number));
            } catch (InputException precise) {
                refusal(out, number, placed(precise, number));
            }
            return;
        } catch (RuntimeException | StackOverflowError e) {
            counts.failed++;
            refusal(out, number, "internal error: " + e);
            return;
        }
        if (evaluation.failed()) {
            counts.failed++;
        } else {
            counts.scored++;
        }
        render(out, number, evaluation);
    }

    /**
     * A line that gives several programmes' facts, scored with its programme set: {@code false} (nothing written) when
     * the line is not such a submission, so that its refusal is the one a one-programme line gets. Reached only after
     * the quick read refused the line, so one-programme batches pay nothing for it.
     */
    private boolean programmes(byte[] text, long number, String source, Counts counts, ByteArrayOutputStream out) {
        SubmissionDocument document;
        try {
            document = engine.readSubmissionDocumentLine(source, text);
        } catch (InputException e) {
            return false;
        }
        if (!(document instanceof ProgrammeSubmission submission)) {
            return false;
        }
        ProgrammeEvaluation evaluation;
        try {
            evaluation = sets.apply(submission).evaluate(submission);
        } catch (InputException e) {
            counts.refused++;
            refusal(out, number, placed(e, number));
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            counts.failed++;
            refusal(out, number, "internal error: " + e);
            return true;
        }
        if (evaluation.failed()) {
            counts.failed++;
        } else {
            counts.scored++;
        }
        render(out, number, evaluation);
        return true;
    }

    /** A programme set's result line: the combined total and grade, and each programme's. */
    private void render(ByteArrayOutputStream out, long number, ProgrammeEvaluation evaluation) {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeNumberField("line", number);
            json.writeStringField("status", evaluation.failed() ? "failed" : "ok");
            if (detail == Detail.FULL) {
                json.writeFieldName("result");
                ProgrammeEvaluationJson.write(json, evaluation);
            } else {
                json.writeStringField("region", evaluation.subject().region());
                json.writeStringField("set", evaluation.set().id());
                number(json, "total", evaluation.total());
                json.writeStringField(
                        "grade",
                        evaluation.grade() == null ? null : evaluation.grade().grade());
                json.writeObjectFieldStart("programmes");
                for (ProgrammeEvaluation.ProgrammeResult programme : evaluation.programmes()) {
                    json.writeObjectFieldStart(programme.id());
                    number(json, "total", programme.evaluation().total());
                    json.writeStringField(
                            "grade",
                            programme.evaluation().grade() == null
                                    ? null
                                    : programme.evaluation().grade().grade());
                    scores(json, programme.evaluation());
                    EvaluationJson.discrepancies(json, programme.evaluation().discrepancies());
                    json.writeEndObject();
                }
                json.writeEndObject();
                EvaluationJson.discrepancies(json, evaluation.discrepancies());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Evaluation evaluate(byte[] text, String source, boolean precise, boolean guarded) {
        Submission submission = engine.readSubmissionLine(source, text, precise);
        CompiledRubric rubric = rubrics.apply(submission);
        if (firstBudget == null && rubric.scoringTimeout().isPresent()) {
            firstBudget = rubric.scoringTimeout().get();
        }
        CompiledRubric scoring = guarded ? rubric : unguarded.computeIfAbsent(rubric, r -> r.withScoringTimeout(null));
        // a result line of scores alone needs no reasons, so indicators may skip building them
        return detail == Detail.SCORES ? scoring.evaluateScores(submission) : scoring.evaluate(submission);
    }

    /** The problems, their line numbers those of the stream (each line was read as a one-line document). */
    private static String placed(InputException e, long number) {
        List<String> messages = new ArrayList<>();
        for (Problem problem : e.problems()) {
            Position at = problem.position();
            Problem moved = new Problem(
                    problem.source(),
                    at == null
                            ? new Position((int) Math.min(number, Integer.MAX_VALUE), 1)
                            : new Position((int) Math.min(number, Integer.MAX_VALUE), at.column()),
                    problem.path(),
                    problem.message());
            messages.add(moved.format());
        }
        return String.join("; ", messages);
    }

    private static void refusal(ByteArrayOutputStream out, long number, String message) {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeNumberField("line", number);
            json.writeStringField("status", message.startsWith("internal error") ? "error" : "refused");
            json.writeStringField("error", message);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The result line, as UTF-8 into {@code out} (sized for a line: reasons take ~2,000 bytes, a full result ~6,000). */
    private void render(ByteArrayOutputStream out, long number, Evaluation evaluation) {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeNumberField("line", number);
            json.writeStringField("status", evaluation.failed() ? "failed" : "ok");
            if (detail == Detail.FULL) {
                json.writeFieldName("result");
                EvaluationJson.write(json, evaluation);
            } else {
                json.writeStringField("region", evaluation.subject().region());
                number(json, "total", evaluation.total());
                json.writeStringField(
                        "grade",
                        evaluation.grade() == null ? null : evaluation.grade().grade());
                scores(json, evaluation);
                json.writeArrayFieldStart("discrepancies");
                for (Evaluation.Discrepancy d : evaluation.discrepancies()) {
                    json.writeStartObject();
                    json.writeStringField("id", d.id());
                    number(json, "claimed", d.claimed());
                    number(json, "computed", d.computed());
                    json.writeEndObject();
                }
                json.writeEndArray();
                if (evaluation.failed()) {
                    json.writeArrayFieldStart("failures");
                    for (Evaluation.Failure f : evaluation.failures()) {
                        json.writeString(f.indicatorId() + ": type " + f.typeId() + " " + f.message());
                    }
                    json.writeEndArray();
                }
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each indicator's score by id, and with {@link Detail#REASONS} its reason. */
    private void scores(JsonGenerator json, Evaluation evaluation) throws IOException {
        json.writeObjectFieldStart("scores");
        evaluation.<IOException>forEachIndicator((id, score, reason) -> number(json, id, score));
        json.writeEndObject();
        if (detail == Detail.REASONS) {
            json.writeObjectFieldStart("reasons");
            evaluation.<IOException>forEachIndicator((id, score, reason) -> json.writeStringField(id, reason));
            json.writeEndObject();
        }
    }

    private static void number(JsonGenerator json, String field, BigDecimal value) throws IOException {
        JsonText.number(json, field, value);
    }

    /** Configures a {@link Batch}. Not thread-safe. */
    public static final class Builder {
        private final Engine engine;
        private final Function<Submission, CompiledRubric> rubrics;
        private Function<ProgrammeSubmission, ProgrammeSet> sets;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Detail detail = Detail.SCORES;

        private Builder(Engine engine, Function<Submission, CompiledRubric> rubrics) {
            this.engine = requireNonNull(engine, "engine is null");
            this.rubrics = requireNonNull(rubrics, "rubrics is null");
        }

        /**
         * How many lines are scored at once.
         *
         * @param count 1 or more; the default is the number of processors
         * @return this builder
         */
        public Builder threads(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("threads must be 1 or more, got " + count);
            }
            this.threads = count;
            return this;
        }

        /**
         * What each result line carries.
         *
         * @param what the detail; the default is {@link Detail#SCORES}
         * @return this builder
         */
        public Builder detail(Detail what) {
            this.detail = requireNonNull(what, "what is null");
            return this;
        }

        /**
         * Scores the lines that give several programmes' facts ({@code "programmes": {"ID": {"facts": …}}}) with their
         * programme set; without it such a line is refused.
         *
         * @param sets the set for each such submission (load each once); thread-safe; may throw {@link InputException}
         * @return this builder
         * @since 0.4
         */
        public Builder sets(Function<ProgrammeSubmission, ProgrammeSet> sets) {
            this.sets = requireNonNull(sets, "sets is null");
            return this;
        }

        /**
         * Builds the batch.
         *
         * @return the batch
         */
        public Batch build() {
            return new Batch(this);
        }
    }

    /** A line of spaces and tabs only (or of other white space, as {@link String#isBlank()} counts it) is skipped. */
    private static boolean blank(byte[] line) {
        for (byte b : line) {
            if (b < 0) {
                return new String(line, StandardCharsets.UTF_8).isBlank();
            }
            if (b != ' ' && b != '\t' && b != '\f' && b != 0x0B && (b < 0x1C || b > 0x1F)) {
                return false;
            }
        }
        return true;
    }

    /** Splits a byte stream into lines as {@link BufferedReader#readLine()} does, without decoding them. */
    private static final class ByteLines {
        /** Stands for a line longer than {@link #MAX_LINE_BYTES}, whose bytes were skipped. */
        static final byte[] TOO_LONG = new byte[0];

        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int position;
        private int limit;
        private boolean afterCr;
        private byte[] line = new byte[1024];

        ByteLines(InputStream in) {
            this.in = in;
        }

        byte[] next() throws IOException {
            int length = 0;
            boolean any = false;
            boolean tooLong = false;
            while (true) {
                if (position == limit) {
                    limit = Math.max(0, in.read(buffer, 0, buffer.length));
                    position = 0;
                    if (limit == 0) {
                        return !any ? null : tooLong ? TOO_LONG : Arrays.copyOf(line, length);
                    }
                }
                if (afterCr) {
                    afterCr = false;
                    if (buffer[position] == '\n') {
                        position++; // the LF of a CRLF
                        continue;
                    }
                }
                int start = position;
                while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
                    position++;
                }
                int count = position - start;
                any |= count > 0;
                if (count > 0 && (tooLong || length + count > MAX_LINE_BYTES)) {
                    tooLong = true; // skip the rest of the line rather than hold it
                } else if (count > 0) {
                    if (length + count > line.length) {
                        line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
                    }
                    System.arraycopy(buffer, start, line, length, count);
                    length += count;
                }
                if (position < limit) {
                    afterCr = buffer[position++] == '\r';
                    byte[] result = tooLong ? TOO_LONG : Arrays.copyOf(line, length);
                    if (line.length > 1 << 20) {
                        line = new byte[1024]; // a long line's buffer is not kept for the short ones after it
                    }
                    return result;
                }
            }
        }
    }
}
