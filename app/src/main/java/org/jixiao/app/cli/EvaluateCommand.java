package org.jixiao.app.cli;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jixiao.app.output.AtomicFiles;
import org.jixiao.app.output.OutputFormat;
import org.jixiao.app.output.ResultWriter;
import org.jixiao.app.rubrics.RubricRepository;
import org.jixiao.engine.CompiledRubric;
import org.jixiao.engine.Engine;
import org.jixiao.engine.Evaluation;
import org.jixiao.engine.InputException;
import org.jixiao.engine.Problem;
import org.jixiao.engine.Submission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao evaluate FILE}: scores a submission and writes the score table, reasons and discrepancies. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = "Score a submission (JSON or YAML) against its rubric.")
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The submission: subject, rubric, facts, claimed.")
    Path file;

    @Option(
            names = {"-r", "--rubric"},
            paramLabel = "ID|PATH",
            description = "Rubric id of a built-in rubric, or a rubric file. Default: the submission's \"rubric\".")
    String rubric;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = "Write the result to OUT (whole or not at all) instead of standard output.")
    Path output;

    @Option(
            names = "--encoding",
            paramLabel = "CHARSET",
            converter = CharsetConverter.class,
            description = "The submission's encoding, such as GBK for files saved by Excel or WPS. Default: UTF-8.")
    Charset encoding;

    private final Provider<Engine> engine;
    private final RubricRepository rubrics;
    private final Map<OutputFormat, ResultWriter> writers;
    private final PrintWriter out;
    private final PrintWriter err;

    @Inject
    EvaluateCommand(
            Provider<Engine> engine,
            RubricRepository rubrics,
            Map<OutputFormat, ResultWriter> writers,
            @Out PrintWriter out,
            @Err PrintWriter err) {
        this.engine = engine;
        this.rubrics = rubrics;
        this.writers = writers;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        Submission submission = engine.get().readSubmission(file, encoding);
        String rubricRef = rubric != null
                ? rubric
                : submission
                        .rubricId()
                        .orElseThrow(
                                () -> new InputException(
                                        "submission",
                                        new Problem(
                                                file.toString(),
                                                null,
                                                null,
                                                "the submission names no rubric; add \"rubric\": \"ID\" or give --rubric ID|PATH")));
        CompiledRubric compiled = rubric != null ? rubrics.resolve(rubricRef) : rubrics.resolveFrom(rubricRef, file);
        Evaluation evaluation = compiled.evaluate(submission);
        String rendered = writers.get(format).render(evaluation);
        evaluation.warnings().forEach(w -> err.println("jixiao: warning: " + w));
        if (evaluation.failed()) {
            out.print(rendered);
            out.flush();
            evaluation
                    .failures()
                    .forEach(f -> err.println("jixiao: indicator " + f.indicatorId() + " failed: type " + f.typeId()
                            + " (" + f.typeSource() + ") " + f.message()));
            err.println("jixiao: the evaluation failed, so it has no total"
                    + (output == null ? "" : "; nothing was written to " + output));
            return Cli.INTERNAL_ERROR;
        }
        if (output == null) {
            out.print(rendered);
            out.flush();
        } else {
            AtomicFiles.write(
                    output,
                    rendered,
                    file,
                    rubric != null ? java.nio.file.Path.of(rubric) : null,
                    java.nio.file.Path.of(compiled.source()));
        }
        return Cli.OK;
    }
}
