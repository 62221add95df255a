package org.jixiao.app.cli;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jixiao.app.output.AtomicFiles;
import org.jixiao.app.rubrics.RubricRepository;
import org.jixiao.engine.Engine;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.problem.Problem;
import org.jixiao.engine.rubric.RollupMethod;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.engine.submission.Narrative;
import org.jixiao.report.ReportDraft;
import org.jixiao.report.ReportNotes;
import org.jixiao.report.ReportWriters;
import org.jixiao.review.Review;
import org.jixiao.review.ReviewReport;
import org.jixiao.review.RollupResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jixiao report INPUT -o 报告.docx}: the 绩效评价报告 draft of a submission, or of a city from its
 * counties (INPUT a folder, as for {@code review}): Word, HTML or Markdown by the extension.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Write the report draft (绩效评价报告) of a submission (one programme, or a programme set's several), or"
                    + " of a city reviewed from its counties' folder, as Word, HTML or Markdown by the extension of -o.",
            "Every figure comes from the evaluation; next steps come from --notes, kept verbatim."
        })
final class ReportCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            paramLabel = "INPUT",
            description = "A submission file, or a folder of county submissions"
                    + " with the city's own file (as for jixiao review).")
    Path input;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "REPORT",
            required = true,
            description = "The report to write: .docx (Word), .html or .md (whole or not at all).")
    Path output;

    @Option(
            names = "--notes",
            paramLabel = "FILE",
            description = "Paragraphs kept verbatim (UTF-8 text; blank lines separate paragraphs): under a heading"
                    + " '# 存在问题', '# 下一步计划' or '# ' and an indicator's name or id; without headings, 下一步计划.")
    Path notes;

    @Option(
            names = {"-r", "--rubric"},
            paramLabel = "ID|PATH",
            description = "Score with this rubric.")
    String rubric;

    @Option(names = "--upper", paramLabel = "FILE", description = "For a folder: the city's own file.")
    Path upper;

    @Option(names = "--exclude", paramLabel = "NAME", split = ",", description = "For a folder: leave a county out.")
    List<String> exclude = new ArrayList<>();

    @Option(
            names = "--rollup-method",
            paramLabel = "METHOD",
            converter = ReviewCommand.MethodConverter.class,
            description = "For a folder: facts or mean-of-totals. Default: the rubric's.")
    RollupMethod method;

    private final Provider<Engine> engine;
    private final RubricRepository rubrics;
    private final PrintWriter err;

    @Inject
    ReportCommand(Provider<Engine> engine, RubricRepository rubrics, @Err PrintWriter err) {
        this.engine = engine;
        this.rubrics = rubrics;
        this.err = err;
    }

    @Override
    public Integer call() {
        String kind = extension(output);
        String notesText = notes == null ? null : notesText(notes);
        SubmissionFiles files = new SubmissionFiles(engine.get(), rubrics, null, rubric);
        ReportDraft draft;
        if (Files.isDirectory(input)) {
            Review.skipped(List.of(input), ReviewCommand.EXTENSIONS)
                    .forEach(skipped -> err.println("jixiao: note: " + skipped));
            ReviewReport review = files.review()
                    .upper(upper)
                    .method(method)
                    .exclude(exclude)
                    .build()
                    .run(List.of(input));
            java.util.Optional<org.jixiao.review.ProjectSummary> projects = org.jixiao.review.ProjectSummary.of(review);
            if (projects.isPresent()) {
                // a department's folder of project self-evaluation forms: the 自评汇总报告, not a city's report
                if (projects.get().rows().stream().allMatch(r -> r.total() == null)) {
                    throw InputException.of(
                            "report",
                            input.toString(),
                            "no project form in the folder could be scored, so there is no report (see jixiao review)");
                }
                org.jixiao.engine.problem.Translator chinese = org.jixiao.engine.problem.Translator.chinese();
                draft = org.jixiao.report.ProjectReport.of(
                        projects.get(), review, reportNotes(notesText, null), chinese::line);
                write(kind, draft);
                err.flush();
                return Cli.OK;
            }
            RollupResult rollup = review.rollup();
            if (rollup == null
                    || !rollup.made()
                    || rollup.evaluation() == null
                    || rollup.evaluation().failed()) {
                List<String> refused = review.results().stream()
                        .filter(r -> r.status() == org.jixiao.review.SubmissionResult.Status.REFUSED
                                && r.submission() == null)
                        .map(r -> r.file().getFileName() + " was refused, and may be the city's: "
                                + r.refusal().lines().findFirst().orElse(""))
                        .toList();
                List<String> why = rollup == null
                        ? refused.isEmpty()
                                ? List.of("no city file was found (no submission's 级别 is above the others'):"
                                        + " give --upper FILE")
                                : refused
                        : rollup.blockers().isEmpty()
                                ? List.of("the city's result has no total (see jixiao review)")
                                : rollup.blockers();
                throw new InputException(
                        "report",
                        why.stream()
                                .map(w -> new Problem(
                                        input.toString(), null, null, "the city's report needs its roll-up: " + w))
                                .toList());
            }
            CompiledRubric used = files.rubricOf(rollup.combined(), rollup.upper());
            // the city's own file says what it wrote for its report
            Narrative narrative = Narrative.NONE;
            if (rollup.upper() != null && files.readAny(rollup.upper()) instanceof SubmissionFiles.Scorable own) {
                narrative = own.submission().narrative();
            }
            draft = ReportDraft.of(used, rollup.evaluation(), review, reportNotes(notesText, used.rubric()), narrative);
        } else {
            SubmissionFiles.Input read = files.readAny(input);
            if (read instanceof SubmissionFiles.ProgrammeScorable scorable) {
                org.jixiao.engine.programme.ProgrammeEvaluation evaluation =
                        scorable.set().evaluate(scorable.submission());
                if (evaluation.failed()) {
                    Failures.print(err, evaluation);
                    err.println("jixiao: a programme's evaluation failed, so there is no report; nothing was written"
                            + " to " + output);
                    return Cli.INTERNAL_ERROR;
                }
                draft = ReportDraft.ofProgrammes(scorable.set(), evaluation, reportNotes(notesText, null));
            } else {
                SubmissionFiles.Scorable scorable = (SubmissionFiles.Scorable) read;
                Evaluation evaluation = scorable.rubric().evaluate(scorable.submission());
                if (evaluation.failed()) {
                    Failures.print(err, evaluation);
                    err.println(
                            "jixiao: the evaluation failed, so there is no report; nothing was written to " + output);
                    return Cli.INTERNAL_ERROR;
                }
                draft = ReportDraft.of(
                        scorable.rubric(),
                        evaluation,
                        null,
                        reportNotes(notesText, scorable.rubric().rubric()),
                        scorable.submission().narrative());
            }
        }
        write(kind, draft);
        err.flush();
        return Cli.OK;
    }

    /** The draft in the format of the output's extension, whole or not at all. */
    private void write(String kind, ReportDraft draft) {
        switch (kind) {
            case "docx" -> AtomicFiles.write(output, ReportWriters.docx(draft), input);
            case "html" -> AtomicFiles.write(output, ReportWriters.html(draft), input);
            default -> AtomicFiles.write(output, ReportWriters.markdown(draft), input);
        }
        err.println("jixiao: wrote " + output + ": " + draft.title());
    }

    private static String extension(Path output) {
        String name = output.getFileName() == null
                ? ""
                : output.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String kind : List.of("docx", "html", "md")) {
            if (name.endsWith("." + kind)) {
                return kind;
            }
        }
        throw InputException.of(
                "usage", output.toString(), "the report's format comes from its extension: .docx (Word), .html or .md");
    }

    /** The notes file's text. */
    private static String notesText(Path notes) {
        try {
            return Files.readString(notes, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw InputException.of("notes", notes.toString(), "is not UTF-8 text; save it as" + " UTF-8");
        } catch (IOException e) {
            throw InputException.of(
                    "notes",
                    notes.toString(),
                    e instanceof java.nio.file.NoSuchFileException ? "no such file" : "cannot read: " + e.getMessage());
        }
    }

    /** The notes, their headings placed against the rubric (none for a programme set); a stray heading is refused. */
    private ReportNotes reportNotes(String text, org.jixiao.engine.rubric.Rubric rubric) {
        if (text == null) {
            return ReportNotes.NONE;
        }
        try {
            return ReportNotes.parse(text, rubric);
        } catch (ReportNotes.HeadingException e) {
            throw new InputException(
                    "notes",
                    new Problem(
                            notes.toString(),
                            new org.jixiao.engine.problem.Position(e.line(), 1),
                            null,
                            e.getMessage()));
        }
    }
}
