package org.jixiao.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jixiao.engine.Engine;
import org.jixiao.engine.rubric.RubricLibrary;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.engine.submission.Submission;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The scoring path and the reader, per record: {@code java -jar ... ScoringBenchmark -prof gc} gives time and
 * allocation per record. benchmarks/run.sh runs it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScoringBenchmark {

    private Engine engine;
    private CompiledRubric rubric;
    private List<Submission> submissions;
    private List<String> lines;
    private byte[] ndjson;
    private org.jixiao.batch.Batch batch;
    private int next;

    @Setup
    public void setUp() {
        engine = Engine.builder()
                .discover(ScoringBenchmark.class.getClassLoader())
                .build();
        rubric = engine.loadRubric(
                RubricLibrary.onClassPath(ScoringBenchmark.class.getClassLoader()), "henan-2020-old-community");
        Random random = new Random(2020);
        lines = new ArrayList<>();
        submissions = new ArrayList<>();
        for (int i = 0; i < 1024; i++) {
            String line = Generate.line(i, random);
            lines.add(line);
            submissions.add(engine.readSubmissionLine("bench", line, false));
        }
        ndjson = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        batch = org.jixiao.batch.Batch.builder(engine, submission -> rubric)
                .threads(1)
                .build();
        // the yardstick is only fair if it scores what jixiao scores
        for (Submission submission : submissions) {
            java.math.BigDecimal expected = rubric.evaluate(submission).total();
            if (HandWritten.total(submission.facts()).compareTo(expected) != 0) {
                throw new IllegalStateException("the hand-written scorer gives "
                        + HandWritten.total(submission.facts()) + " where jixiao gives " + expected + " for "
                        + submission.facts());
            }
        }
    }

    /**
     * Scoring only: facts already read; the result with its ledger, reasons and checks, and its per-indicator records
     * (built on first use), as {@code evaluate} reads them.
     */
    @Benchmark
    public java.util.List<Evaluation.GroupResult> score() {
        return rubric.evaluate(submissions.get(next++ & 1023)).groups();
    }

    /** Scoring for scores alone, as {@code batch --detail scores} does: the same points, no reason text. */
    @Benchmark
    public Evaluation scoreOnly() {
        return rubric.evaluateScores(submissions.get(next++ & 1023));
    }

    /** The yardstick: the same table scored by hand-written Java, scores only. */
    @Benchmark
    public java.math.BigDecimal handWritten() {
        return HandWritten.total(submissions.get(next++ & 1023).facts());
    }

    /**
     * The batch path in process, per record: 1,024 NDJSON lines read, scored (scores only, the default) and written
     * as result lines by one scoring thread, chunk hand-offs included; no JVM start-up, no file.
     */
    @Benchmark
    @org.openjdk.jmh.annotations.OperationsPerInvocation(1024)
    public org.jixiao.batch.Batch.Summary batchLine() {
        return batch.run(new java.io.ByteArrayInputStream(ndjson), "bench", java.io.OutputStream.nullOutputStream());
    }

    /** Loading and compiling the built-in rubric (issue #13: at most 20 ms warm). */
    @Benchmark
    public CompiledRubric compile() {
        return engine.loadRubric(
                RubricLibrary.onClassPath(ScoringBenchmark.class.getClassLoader()), "henan-2020-old-community");
    }

    /** Reading only: one NDJSON line into a submission, the batch reader. */
    @Benchmark
    public Submission read() {
        return engine.readSubmissionLine("bench", lines.get(next++ & 1023), false);
    }

    /** Reading with positions kept, as for a file. */
    @Benchmark
    public Submission readWithPositions() {
        return engine.readSubmission("bench.json", lines.get(next++ & 1023).getBytes(StandardCharsets.UTF_8));
    }
}
