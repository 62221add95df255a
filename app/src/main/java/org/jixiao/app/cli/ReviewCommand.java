package org.jixiao.app.cli;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.jixiao.app.output.AtomicFiles;
import org.jixiao.app.output.OutputFormat;
import org.jixiao.app.output.OutputFormats;
import org.jixiao.app.output.ResultWriter;
import org.jixiao.app.output.ReviewMarkdownWriter;
import org.jixiao.app.output.ReviewTableWriter;
import org.jixiao.app.rubrics.RubricRepository;
import org.jixiao.engine.Engine;
import org.jixiao.engine.json.SubmissionJson;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.rubric.RollupMethod;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.io.excel.ExcelTables;
import org.jixiao.review.Review;
import org.jixiao.review.ReviewJson;
import org.jixiao.review.ReviewReport;
import org.jixiao.review.RollupResult;
import org.jixiao.review.SubmissionResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jixiao review DIR|FILE...}: a city's round — every county scored, claims checked, counties
 * compared and rolled up into the city.
 */
@Command(
        name = "review",
        mixinStandardHelpOptions = true,
        description = {
            "Score every submission in the folders and files given, check the scores they claim (复核),"
                    + " compare them and roll the counties up into their city (汇总).",
            "The city is the one submission whose subject.level (a workbook's 级别) is above the others' (county <"
                    + " city < province), or --upper FILE; its file (JSON, YAML or the city's workbook) holds its"
                    + " own facts and claims."
        },
        footer = {
            "",
            "Exit codes: 0 every input scored and the roll-up made; 2 an input refused or the roll-up"
                    + " blocked; 1 an indicator failed."
        })
final class ReviewCommand implements Callable<Integer> {

    static final Set<String> EXTENSIONS = Set.of(".json", ".yaml", ".yml", ".xlsx", ".xls");

    @Parameters(
            arity = "1..*",
            paramLabel = "DIR|FILE",
            description = "Submission files, or folders of them: JSON, YAML and filled-in workbooks (.json, .yaml,"
                    + " .yml, .xlsx, .xls); Excel's lock files (~$…) and hidden files are skipped with a note.")
    List<Path> inputs;

    @Option(
            names = {"-r", "--rubric"},
            paramLabel = "ID|PATH",
            description = "Score every submission with this rubric. Default: the rubric each one names.")
    String rubric;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES}. Default: from -o's extension (.json, .md, .xlsx),"
                    + " else table. With -o DIR, xlsx writes DIR/复核汇总.xlsx; the others a file per submission.")
    OutputFormat format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            description = "Write summary, each submission's result and the roll-up into DIR (whole or not at"
                    + " all) instead of printing the summary.")
    Path output;

    @Option(
            names = "--notices",
            paramLabel = "DIR",
            description = "Also write each scored county's 复核意见 into DIR (复核意见-COUNTY.docx and .md): its claimed"
                    + " and checked totals, each differing row with its reason, what to correct, its table.")
    Path notices;

    @Option(
            names = "--from",
            paramLabel = "UNIT",
            description = "Who signs the 复核意见, such as 驻马店市财政局. Default: the city's region, else 复核单位.")
    String from;

    @Option(names = "--threads", paramLabel = "N", description = "Score N submissions at once. Default: every core.")
    Integer threads;

    @Option(
            names = "--upper",
            paramLabel = "FILE",
            description = "The upper level's own file (its own facts and claims), instead of finding it by level.")
    Path upper;

    @Option(names = "--no-rollup", description = "Review the submissions only; do not roll them up.")
    boolean noRollup;

    @Option(
            names = "--rollup-method",
            paramLabel = "METHOD",
            converter = MethodConverter.class,
            description = "facts (combine the counties' facts and score them) or mean-of-totals (the mean of the"
                    + " counties' totals). Default: the rubric's.")
    RollupMethod method;

    @Option(
            names = "--exclude",
            paramLabel = "NAME",
            split = ",",
            description = "Leave a county out of the roll-up, by region, file name or path; the result says so.")
    List<String> exclude = new ArrayList<>();

    @Mixin
    EncodingOption encodingOption;

    private final Provider<Engine> engine;
    private final RubricRepository rubrics;
    private final Map<OutputFormat, ResultWriter> writers;
    private final PrintWriter out;
    private final PrintWriter err;

    @Inject
    ReviewCommand(
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
        format = OutputFormats.resolve("review", format, output, EnumSet.allOf(OutputFormat.class), true);
        if (format == OutputFormat.xlsx
                && output != null
                && (Files.isDirectory(output)
                        || !output.getFileName()
                                .toString()
                                .toLowerCase(Locale.ROOT)
                                .endsWith(".xlsx"))) {
            // a folder: the workbook takes a name that says what it is (the folder is made only when it is written)
            output = output.resolve("复核汇总.xlsx");
        }
        List<Path> files = Review.files(inputs, EXTENSIONS);
        Review.skipped(inputs, EXTENSIONS).forEach(skipped -> err.println("jixiao: note: " + skipped));
        if (files.isEmpty()) {
            throw InputException.of(
                    "input",
                    String.join(" ", inputs.stream().map(Path::toString).toList()),
                    "no submission files (.json, .yaml, .yml, .xlsx, .xls) found");
        }
        if (format == OutputFormat.xlsx && output == null) {
            throw InputException.of(
                    "usage", "--format xlsx", "a review workbook is written to a file: give -o FILE.xlsx");
        }
        SubmissionFiles reader = new SubmissionFiles(engine.get(), rubrics, encodingOption.charset(), rubric);
        org.jixiao.engine.programme.ProgrammeSet set = setOf(reader, files);
        if (set != null) {
            return reviewSet(set, files);
        }
        Review.Builder builder = reader.review()
                .encoding(encodingOption.charset())
                .upper(upper)
                .rollup(!noRollup)
                .method(method)
                .exclude(exclude);
        if (threads != null) {
            if (threads < 1) {
                throw InputException.of("usage", "--threads", "expected 1 or more, got " + threads);
            }
            builder.threads(threads);
        }
        ReviewReport report;
        if (ReviewProgress.shown(System.console() != null, files.size())) {
            try (ProgressBar bar = new ProgressBarBuilder()
                    .setTaskName("复核")
                    .setInitialMax(files.size())
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .build()) {
                report = builder.listener(result -> bar.step()).build().run(inputs);
            }
        } else {
            report = builder.build().run(inputs);
        }
        java.util.Optional<org.jixiao.review.ProjectSummary> projects = org.jixiao.review.ProjectSummary.of(report);
        if (notices != null) {
            writeNotices(report, files);
        }
        if (format == OutputFormat.xlsx && projects.isPresent()) {
            // a folder of project forms, each with its own table: the 自评汇总表, then each project's table
            write(ExcelTables.write(projects.get(), report), files);
            err.println(
                    "jixiao: wrote " + output + ": 自评汇总表 of " + report.results().size() + " projects");
            return finish(report);
        }
        if (format == OutputFormat.xlsx) {
            CompiledRubric used = report.results().stream()
                    .map(SubmissionResult::rubric)
                    .filter(r -> r != null)
                    .findFirst()
                    .orElse(null);
            if (used == null) {
                throw InputException.of(
                        "review", output.toString(), "no submission could be scored, so there is no table to write");
            }
            write(ExcelTables.write(used, report), files);
            err.println("jixiao: wrote " + output + ": " + report.results().size() + " submissions");
            return finish(report);
        }
        String summary = format == OutputFormat.table && projects.isPresent()
                ? org.jixiao.app.output.ProjectSummaryWriter.text(projects.get())
                : summary(report);
        if (output == null) {
            out.print(summary);
            out.flush();
        } else {
            AtomicFiles.writeTree(output, files(report, summary), files);
            err.println("jixiao: wrote " + output + ": " + (report.results().size()) + " submissions and the summary");
        }
        return finish(report);
    }

    /**
     * The programme set of a round whose counties each report several programmes: the one given with --rubric, else
     * the one the first JSON or YAML submission names when it gives several programmes; {@code null} for a round of
     * one programme.
     */
    private org.jixiao.engine.programme.ProgrammeSet setOf(SubmissionFiles reader, List<Path> files) {
        if (rubric != null) {
            Path given = Path.of(rubric);
            return org.jixiao.engine.rubric.RubricLibrary.namesFile(rubric)
                            && Files.isRegularFile(given)
                            && engine.get().isProgrammeSet(given)
                    ? rubrics.loadSet(given)
                    : null;
        }
        for (Path file : files) {
            if (org.jixiao.io.excel.ExcelSubmissions.handles(file)) {
                continue;
            }
            try {
                if (engine.get().readSubmissionDocument(file, encodingOption.charset())
                        instanceof org.jixiao.engine.submission.ProgrammeSubmission programmes) {
                    return reader.setOf(programmes, file);
                }
                return null;
            } catch (InputException unreadable) {
                // a file that cannot be read says so in the round itself; the next one says what the round is
            }
        }
        return null;
    }

    /** A round of programme sets: each programme reviewed as a round of its own, each county's combined. */
    private int reviewSet(org.jixiao.engine.programme.ProgrammeSet set, List<Path> files) {
        if (notices != null || format == OutputFormat.xlsx) {
            throw InputException.of(
                    "usage",
                    notices != null ? "--notices" : "--format xlsx",
                    "not yet for a round of programme set " + set.ref().id() + "; review gives its table, Markdown or"
                            + " JSON, and jixiao report drafts each county's report");
        }
        org.jixiao.review.SetReview.Report report =
                org.jixiao.review.SetReview.run(engine.get(), set, inputs, review -> {
                    review.encoding(encodingOption.charset())
                            .upper(upper)
                            .rollup(!noRollup)
                            .method(method)
                            .exclude(exclude);
                    if (threads != null) {
                        review.threads(Math.max(1, threads));
                    }
                    return review;
                });
        String summary =
                switch (format) {
                    case json -> org.jixiao.app.output.SetReviewWriter.json(report);
                    case markdown -> org.jixiao.app.output.SetReviewWriter.text(report, new ReviewMarkdownWriter());
                    default -> org.jixiao.app.output.SetReviewWriter.text(report, new ReviewTableWriter());
                };
        if (output == null) {
            out.print(summary);
            out.flush();
        } else {
            Map<String, String> written = new LinkedHashMap<>();
            String ext = format == OutputFormat.json ? "json" : format == OutputFormat.markdown ? "md" : "txt";
            written.put("summary." + ext, summary);
            report.programmes().forEach((id, programme) -> files(programme, summary(programme))
                    .forEach((name, text) -> written.put(id + "/" + name, text)));
            AtomicFiles.writeTree(output, written, files);
            err.println("jixiao: wrote " + output + ": " + report.counties().size() + " submissions of "
                    + set.programmes().size() + " programmes and the summary");
        }
        for (org.jixiao.review.SetReview.CountyResult county : report.counties()) {
            if (county.refusal() != null) {
                err.println("jixiao: refused: " + county.refusal().replace("\n", "\n  "));
            }
        }
        if (report.upper() != null) {
            report.upper().blockers().forEach(b -> err.println("jixiao: the roll-up was not made: " + b));
            report.programmes().forEach((id, programme) -> {
                if (programme.rollup() != null && !programme.rollup().made()) {
                    programme
                            .rollup()
                            .blockers()
                            .forEach(b -> err.println("jixiao: " + id + ": " + b.replace("\n", "\n    ")));
                }
            });
        }
        err.flush();
        return switch (report.outcome()) {
            case OK -> Cli.OK;
            case FAILED -> Cli.INTERNAL_ERROR;
            case REFUSED -> Cli.BAD_INPUT;
        };
    }

    /** The review workbook to -o, whole or not at all. */
    private void write(byte[] workbook, List<Path> files) {
        try {
            Files.createDirectories(output.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw InputException.of("output", output.toString(), "cannot make its folder: " + e.getMessage());
        }
        AtomicFiles.write(output, workbook, files.toArray(Path[]::new));
    }

    /** One 复核意见 a scored county, docx and Markdown, each file whole or not at all. */
    private void writeNotices(ReviewReport report, List<Path> inputs) {
        String signer = from != null
                ? from
                : report.rollup() != null && report.rollup().region() != null
                        ? report.rollup().region()
                        : "复核单位";
        List<org.jixiao.report.ReportDraft> drafts =
                org.jixiao.report.ReviewNotice.all(report, signer, java.time.LocalDate.now());
        if (Files.exists(notices) && !Files.isDirectory(notices)) {
            throw InputException.of("--notices", notices.toString(), "is a file; expected a folder for the 复核意见");
        }
        try {
            Files.createDirectories(notices);
        } catch (IOException e) {
            throw InputException.of("--notices", notices.toString(), "cannot make the folder: " + e.getMessage());
        }
        for (org.jixiao.report.ReportDraft draft : drafts) {
            String county = draft.addressee().replaceFirst("：$", "");
            Path[] read = inputs.toArray(Path[]::new);
            AtomicFiles.write(
                    notices.resolve("复核意见-" + county + ".docx"), org.jixiao.report.ReportWriters.docx(draft), read);
            AtomicFiles.write(
                    notices.resolve("复核意见-" + county + ".md"), org.jixiao.report.ReportWriters.markdown(draft), read);
        }
        err.println("jixiao: wrote " + drafts.size() + " 复核意见 (docx and md) into " + notices);
        err.flush();
    }

    private int finish(ReviewReport report) {
        for (SubmissionResult result : report.results()) {
            if (result.refusal() != null) {
                err.println("jixiao: refused: " + result.refusal().replace("\n", "\n  "));
            }
        }
        if (report.rollup() != null && !report.rollup().made()) {
            List<String> blockers = report.rollup().blockers();
            if (blockers.size() == 1) {
                err.println(
                        "jixiao: the roll-up was not made: " + blockers.get(0).replace("\n", "\n    "));
            } else {
                err.println("jixiao: the roll-up was not made (" + blockers.size() + " reasons):");
                blockers.forEach(b -> err.println("  - " + b.replace("\n", "\n    ")));
            }
        }
        err.flush();
        return switch (report.outcome()) {
            case OK -> Cli.OK;
            case FAILED -> Cli.INTERNAL_ERROR;
            case REFUSED -> Cli.BAD_INPUT;
        };
    }

    private String summary(ReviewReport report) {
        return switch (format) {
            case table -> new ReviewTableWriter().render(report);
            case markdown -> new ReviewMarkdownWriter().render(report);
            case json -> ReviewJson.write(report);
            case xlsx -> throw new IllegalStateException("a workbook is not text");
        };
    }

    /** summary.EXT, submissions/NAME.EXT per scored submission, rollup/… for the upper level. */
    private Map<String, String> files(ReviewReport report, String summary) {
        String ext =
                switch (format) {
                    case table -> "txt";
                    case markdown -> "md";
                    case json -> "json";
                    case xlsx -> throw new IllegalStateException("a workbook is written whole");
                };
        Map<String, String> files = new LinkedHashMap<>();
        files.put("summary." + ext, summary);
        ResultWriter writer = writers.get(format);
        for (SubmissionResult result : report.results()) {
            if (result.evaluation() != null) {
                String stem = result.file().getFileName().toString().replaceFirst("\\.(?i)(json|ya?ml|xlsx?)$", "");
                files.put("submissions/" + stem + "." + ext, writer.render(result.evaluation()));
            }
        }
        RollupResult rollup = report.rollup();
        if (rollup != null && rollup.evaluation() != null) {
            files.put("rollup/result." + ext, writer.render(rollup.evaluation()));
            files.put("rollup/submission.json", SubmissionJson.write(rollup.combined()));
        }
        return files;
    }

    static final class MethodConverter implements ITypeConverter<RollupMethod> {
        @Override
        public RollupMethod convert(String value) {
            return RollupMethod.ofWord(value)
                    .orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                            "expected facts or mean-of-totals, got '" + value + "'"));
        }
    }
}
