package org.jixiao.app.cli;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jixiao.app.output.AtomicFiles;
import org.jixiao.app.output.OutputFormat;
import org.jixiao.app.output.OutputFormats;
import org.jixiao.app.output.ProgrammeSetWriter;
import org.jixiao.app.output.ResultWriter;
import org.jixiao.app.rubrics.RubricRepository;
import org.jixiao.engine.Engine;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.programme.ProgrammeEvaluation;
import org.jixiao.engine.programme.ProgrammeSet;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.io.excel.ExcelTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao evaluate FILE}: scores a submission and writes the score table, reasons and discrepancies. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = "Score a submission (JSON, YAML, or a filled-in .xlsx/.xls workbook) against its rubric, or one"
                + " of several programmes against its programme set.")
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
            description = "Output format: ${COMPLETION-CANDIDATES}. Default: from -o's extension (.txt, .json, .md,"
                    + " .xlsx), else table.")
    OutputFormat format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = "Write the result to OUT (whole or not at all) instead of standard output.")
    Path output;

    @Mixin
    EncodingOption encodingOption;

    @Option(
            names = "--strict",
            description = "Refuse (exit 2) a submission that earns a warning, such as a figure outside its plausible"
                    + " range, instead of scoring it.")
    boolean strict;

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
        format = OutputFormats.resolve("evaluate", format, output, EnumSet.allOf(OutputFormat.class), false);
        if (format == OutputFormat.xlsx && output == null) {
            throw InputException.of(
                    "usage", "--format xlsx", "an Excel workbook is written to a file: give -o FILE.xlsx");
        }
        SubmissionFiles files = new SubmissionFiles(engine.get(), rubrics, encodingOption.charset(), rubric);
        SubmissionFiles.Input input = files.readAny(file);
        if (input instanceof SubmissionFiles.ProgrammeScorable programmes) {
            return evaluateProgrammes(programmes);
        }
        SubmissionFiles.Scorable scorable = (SubmissionFiles.Scorable) input;
        CompiledRubric compiled = scorable.rubric();
        Evaluation evaluation = compiled.evaluate(scorable.submission());
        compiled.warnings().forEach(w -> err.println("jixiao: warning: " + w));
        if (strict && !evaluation.warnings().isEmpty()) {
            throw Strictness.refusal(scorable.submission().source(), evaluation.warnings());
        }
        evaluation.warnings().forEach(w -> err.println("jixiao: warning: " + w));
        evaluation.notes().forEach(n -> err.println("jixiao: note: " + n));
        if (evaluation.failed()) {
            if (format != OutputFormat.xlsx) {
                out.print(writers.get(format).render(evaluation));
                out.flush();
            } else {
                out.print(writers.get(OutputFormat.table).render(evaluation));
                out.flush();
            }
            Failures.print(err, evaluation);
            err.println("jixiao: the evaluation failed, so it has no total"
                    + (output == null ? "" : "; nothing was written to " + output));
            return Cli.INTERNAL_ERROR;
        }
        Path[] inputs = {file, rubric != null ? Path.of(rubric) : null, Path.of(compiled.source())};
        if (format == OutputFormat.xlsx && org.jixiao.nationalform.ProjectForms.isProjectRubric(compiled)) {
            // a project's form is written back in its own layout, 得分 and 总分 filled in with their reasons
            org.jixiao.nationalform.ProjectForm form = scorable.form() != null
                    ? scorable.form()
                    : org.jixiao.nationalform.ProjectForms.form(compiled, scorable.submission());
            AtomicFiles.write(
                    output,
                    org.jixiao.nationalform.xlsx.ProjectFormWorkbook.write(
                            form, org.jixiao.nationalform.ProjectForms.scores(form, compiled, evaluation)),
                    inputs);
        } else if (format == OutputFormat.xlsx) {
            AtomicFiles.write(output, ExcelTables.write(compiled, evaluation), inputs);
        } else if (output == null) {
            out.print(writers.get(format).render(evaluation));
            out.flush();
        } else {
            AtomicFiles.write(output, writers.get(format).render(evaluation), inputs);
        }
        return Cli.OK;
    }

    /** A submission of several programmes: each scored with its rubric, then combined as the set says. */
    private int evaluateProgrammes(SubmissionFiles.ProgrammeScorable scorable) {
        ProgrammeEvaluation evaluation = scorable.set().evaluate(scorable.submission());
        for (ProgrammeSet.Programme programme : scorable.set().programmes()) {
            programme.rubric().warnings().forEach(w -> err.println("jixiao: warning: " + w));
        }
        evaluation.warnings().forEach(w -> err.println("jixiao: warning: " + w));
        ProgrammeSetWriter text = new ProgrammeSetWriter(writers);
        if (evaluation.failed()) {
            // what was scored, on the terminal (a workbook is written only whole)
            out.print(text.render(evaluation, format == OutputFormat.xlsx ? OutputFormat.table : format));
            out.flush();
            Failures.print(err, evaluation);
            err.println("jixiao: the evaluation failed, so it has no combined total"
                    + (output == null ? "" : "; nothing was written to " + output));
            return Cli.INTERNAL_ERROR;
        }
        if (output == null) {
            out.print(text.render(evaluation, format));
            out.flush();
        } else {
            List<Path> inputs =
                    new ArrayList<>(List.of(file, Path.of(scorable.set().source())));
            for (ProgrammeSet.Programme programme : scorable.set().programmes()) {
                inputs.add(Path.of(programme.rubric().source()));
            }
            if (format == OutputFormat.xlsx) {
                AtomicFiles.write(output, ExcelTables.write(scorable.set(), evaluation), inputs.toArray(Path[]::new));
            } else {
                AtomicFiles.write(output, text.render(evaluation, format), inputs.toArray(Path[]::new));
            }
        }
        return Cli.OK;
    }
}
