package org.jixiao.app.cli;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import org.jixiao.app.output.AtomicFiles;
import org.jixiao.app.output.OutputFormat;
import org.jixiao.app.output.OutputFormats;
import org.jixiao.app.rubrics.RubricRepository;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.io.excel.ExcelTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao template RUBRIC -o county.xlsx}: the fill-in workbook a province sends its counties. */
@Command(
        name = "template",
        mixinStandardHelpOptions = true,
        description = "Write the fill-in workbook (.xlsx) for a rubric: the facts to give, checked as they are typed,"
                + " the scores claimed (市县评价得分), and the indicator table for reference; for a project's table"
                + " (one that extends project-self-evaluation), the 项目支出绩效自评表 in its usual layout.")
final class TemplateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ID|PATH", description = "A built-in rubric id or a rubric file.")
    String ref;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE.xlsx",
            required = true,
            description = "The workbook to write (whole or not at all).")
    Path output;

    @Option(
            names = "--from",
            paramLabel = "SUBMISSION",
            description = "Fill the workbook in with a submission's values (JSON or YAML), as its unit would have typed"
                    + " them.")
    Path from;

    private final RubricRepository rubrics;
    private final com.google.inject.Provider<org.jixiao.engine.Engine> engine;
    private final PrintWriter err;

    @Inject
    TemplateCommand(
            RubricRepository rubrics,
            com.google.inject.Provider<org.jixiao.engine.Engine> engine,
            @Err PrintWriter err) {
        this.rubrics = rubrics;
        this.engine = engine;
        this.err = err;
    }

    @Override
    public Integer call() {
        OutputFormats.resolve("template", OutputFormat.xlsx, output, EnumSet.of(OutputFormat.xlsx), false);
        if (rubrics.isSet(ref)) {
            throw InputException.of(
                    "template",
                    ref,
                    "is a programme set: a set has no single workbook, since each programme is filled in against its"
                            + " own rubric; make one workbook per programme with jixiao template on each programme's"
                            + " rubric (jixiao rubric show " + ref + " lists them), and give the set's submission as"
                            + " JSON or YAML");
        }
        CompiledRubric rubric = rubrics.resolve(ref);
        org.jixiao.engine.submission.Submission submission =
                from == null ? null : engine.get().readSubmission(from);
        if (org.jixiao.nationalform.ProjectForms.isProjectRubric(rubric)) {
            // a project's table: the self-evaluation form in its usual layout, 年度指标值 and 分值 written in
            AtomicFiles.write(
                    output,
                    org.jixiao.nationalform.xlsx.ProjectFormWorkbook.write(
                            org.jixiao.nationalform.ProjectForms.form(rubric, submission), null));
            err.println(
                    "jixiao: wrote " + output + " for rubric " + rubric.ref().id() + " "
                            + rubric.ref().version() + ": the project self-evaluation form (项目支出绩效自评表)");
            err.flush();
            return Cli.OK;
        }
        AtomicFiles.write(
                output, submission == null ? ExcelTemplate.write(rubric) : ExcelTemplate.write(rubric, submission));
        err.println("jixiao: wrote " + output + " for rubric " + rubric.ref().id() + " "
                + rubric.ref().version() + ": " + rubric.facts().size() + " facts to fill in");
        err.flush();
        return Cli.OK;
    }
}
