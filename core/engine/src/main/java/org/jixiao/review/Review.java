package org.jixiao.review;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jixiao.engine.Engine;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.problem.Problem;
import org.jixiao.engine.rubric.GradeBand;
import org.jixiao.engine.rubric.RollupMethod;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.engine.submission.Submission;
import org.jixiao.spi.Api;

/**
 * A reviewer's round: scores every submission it is given against rubrics compiled once, on every core;
 * checks each one's claimed scores (复核); compares the counties; and rolls them up into their city (汇总).
 *
 * <pre>{@code
 * Review review = Review.builder(engine, (submission, file) -> rubric).threads(4).build();
 * ReviewReport report = review.run(List.of(Path.of("counties/")));
 * report.rollup().evaluation().total();   // the city's total from its counties' facts
 * }</pre>
 *
 * <p>Nothing is lost: every input yields a result or a refusal naming its file, position and what was
 * expected, and one bad county never stops the others. The upper level (the city) is the one submission
 * whose {@code subject.level} is above all others' (县/区 &lt; 市 &lt; 省), or the one given with
 * {@link Builder#upper(Path)}; its file holds its own facts and claims. A county refused or missing stops
 * the roll-up with its name unless it is {@linkplain Builder#exclude excluded} explicitly.
 *
 * <p>Immutable and thread-safe; the same inputs give the same report whatever the thread count or the
 * order the files were given in.
 *
 * @since 0.2
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.2")
public final class Review {

    /** What a folder is searched for unless a reader for more is given. */
    public static final Set<String> DEFAULT_EXTENSIONS = Set.of(".json", ".yaml", ".yml");

    private final Engine engine;
    private final RubricSource rubrics;
    private final int threads;
    private final Charset encoding;
    private final Path upper;
    private final boolean rollup;
    private final RollupMethod method;
    private final List<String> exclude;
    private final Consumer<SubmissionResult> listener;
    private final Function<Path, Submission> reader;
    private final Set<String> extensions;

    private Review(Builder builder) {
        this.engine = builder.engine;
        this.rubrics = builder.rubrics;
        this.threads = builder.threads;
        this.encoding = builder.encoding;
        this.upper = builder.upper;
        this.rollup = builder.rollup;
        this.method = builder.method;
        this.exclude = List.copyOf(builder.exclude);
        this.listener = builder.listener;
        this.reader = builder.reader != null ? builder.reader : file -> engine.readSubmission(file, encoding);
        this.extensions = Set.copyOf(builder.extensions);
    }

    /**
     * Starts a review.
     *
     * @param engine reads the submissions; never {@code null}
     * @param rubrics finds each submission's compiled rubric; never {@code null}
     * @return a builder
     */
    public static Builder builder(Engine engine, RubricSource rubrics) {
        return new Builder(engine, rubrics);
    }

    /**
     * The submission files among inputs: each file as given, and the {@code .json}, {@code .yaml} and
     * {@code .yml} files directly inside each folder (hidden files skipped), sorted by path, each once.
     *
     * @param inputs files and folders; never {@code null}
     * @return the files; a path that does not exist is kept, to be refused by name
     */
    public static List<Path> files(Collection<Path> inputs) {
        return files(inputs, DEFAULT_EXTENSIONS);
    }

    /**
     * The submission files among inputs, with other extensions than JSON and YAML (such as {@code .xlsx}).
     *
     * @param inputs files and folders; never {@code null}
     * @param extensions the extensions read in folders, lower case, with the dot
     * @return the files, sorted by path, each once
     */
    public static List<Path> files(Collection<Path> inputs, Set<String> extensions) {
        Set<Path> files = new TreeSet<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (DirectoryStream<Path> listing = Files.newDirectoryStream(input)) {
                    for (Path file : listing) {
                        if (submissionFile(file, extensions) && skipReason(file) == null) {
                            files.add(file.normalize());
                        }
                    }
                } catch (IOException e) {
                    files.add(input.normalize());
                }
            } else {
                files.add(input.normalize());
            }
        }
        return List.copyOf(files);
    }

    /**
     * The files in the folders among inputs that have a submission's extension but are not read, each with why, as
     * offices leave folders: Excel's lock file of a workbook that is open ({@code ~$正阳县.xlsx}), and hidden files.
     *
     * @param inputs files and folders; never {@code null}
     * @param extensions the extensions read in folders, lower case, with the dot
     * @return one line a file, sorted by path: {@code DIR/~$正阳县.xlsx: skipped: …}; never {@code null}
     * @since 0.3
     */
    public static List<String> skipped(Collection<Path> inputs, Set<String> extensions) {
        SortedMap<Path, String> skipped = new TreeMap<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (DirectoryStream<Path> listing = Files.newDirectoryStream(input)) {
                    for (Path file : listing) {
                        String why = submissionFile(file, extensions) ? skipReason(file) : null;
                        if (why != null) {
                            skipped.put(file.normalize(), file.normalize() + ": skipped: " + why);
                        }
                    }
                } catch (IOException e) {
                    // the folder itself is refused by name when it is read
                }
            }
        }
        return List.copyOf(skipped.values());
    }

    private static boolean submissionFile(Path file, Set<String> extensions) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && extensions.stream().anyMatch(name::endsWith);
    }

    // a programme set is a rubric too (programmes: and combine:); a set's submission has programmes: but no combine:
    private static final Pattern YAML_RUBRIC_KEY = Pattern.compile("(?m)^(groups|grades|extends|combine)\\s*:");
    private static final Pattern YAML_SUBMISSION_KEY = Pattern.compile("(?m)^(claimed|subject|judgements|parts)\\s*:");
    private static final Pattern JSON_RUBRIC_KEY = Pattern.compile("\"(groups|grades|extends|combine)\"\\s*:");
    private static final Pattern JSON_SUBMISSION_KEY = Pattern.compile("\"(claimed|subject|judgements|parts)\"\\s*:");

    /**
     * Whether a JSON or YAML file in a round's folder is a rubric or a programme set (it has groups, grades, extends or
     * combine, and no subject or claimed scores),
     * as a round's folder often holds the rubric its counties were given: it is no county's submission.
     */
    private static boolean holdsRubric(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean json = name.endsWith(".json");
        if (!json && !name.endsWith(".yaml") && !name.endsWith(".yml")) {
            return false;
        }
        String text;
        try (InputStream in = Files.newInputStream(file)) {
            text = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return false;
        }
        return json
                ? JSON_RUBRIC_KEY.matcher(text).find()
                        && !JSON_SUBMISSION_KEY.matcher(text).find()
                : YAML_RUBRIC_KEY.matcher(text).find()
                        && !YAML_SUBMISSION_KEY.matcher(text).find();
    }

    /** Why a file in a folder is not read, or {@code null} when it is. */
    private static String skipReason(Path file) {
        String name = file.getFileName().toString();
        if (holdsRubric(file)) {
            return "a rubric, not a county's submission (a submission beside it that names it is scored with it)";
        }
        if (name.startsWith("~$")) {
            return "Excel's lock file of " + name.substring(2) + " (the workbook was open when the folder was"
                    + " copied), not a workbook";
        }
        try {
            if (name.startsWith(".") || Files.isHidden(file)) {
                return "a hidden file";
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /**
     * Runs the review.
     *
     * @param inputs submission files and folders of them; never {@code null}
     * @return the report
     */
    public ReviewReport run(Collection<Path> inputs) {
        List<Path> files = files(inputs, extensions);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())), task -> {
            Thread thread = new Thread(task, "jixiao-review");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Read> read = all(
                    pool,
                    files.stream()
                            .map(file -> (Callable<Read>) () -> read(file))
                            .toList());
            Read top = upperOf(read);
            List<Read> parts = read.stream().filter(r -> r != top).toList();
            List<SubmissionResult> results = all(
                    pool,
                    parts.stream()
                            .map(r -> (Callable<SubmissionResult>) () -> score(r))
                            .toList());
            Comparison comparison = Comparison.of(results);
            RollupResult rolled = top != null || method != null && rollup ? rollUp(top, results) : null;
            return new ReviewReport(results, comparison, rolled);
        } finally {
            pool.shutdownNow();
        }
    }

    private <T> List<T> all(ExecutorService pool, List<Callable<T>> tasks) {
        List<Future<T>> futures = new ArrayList<>();
        tasks.forEach(task -> futures.add(pool.submit(task)));
        List<T> done = new ArrayList<>();
        for (Future<T> future : futures) {
            try {
                done.add(future.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the review was interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a review task failed", e.getCause());
            }
        }
        return done;
    }

    /** A file as read: its submission, or why it could not be read. */
    private record Read(Path file, Submission submission, SubmissionResult refused) {}

    private Read read(Path file) {
        try {
            return new Read(file, reader.apply(file), null);
        } catch (InputException e) {
            return new Read(file, null, refused(file, null, SubmissionResult.Status.REFUSED, e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            return new Read(file, null, refused(file, null, SubmissionResult.Status.ERROR, "internal error: " + e));
        }
    }

    private SubmissionResult score(Read read) {
        if (read.refused() != null) {
            listener.accept(read.refused());
            return read.refused();
        }
        Submission submission = read.submission();
        CompiledRubric rubric = null;
        SubmissionResult result;
        try {
            rubric = rubrics.rubricFor(submission, read.file());
            Evaluation evaluation = rubric.evaluate(submission);
            result = new SubmissionResult(
                    read.file(),
                    evaluation.failed() ? SubmissionResult.Status.FAILED : SubmissionResult.Status.SCORED,
                    submission,
                    rubric,
                    evaluation,
                    null,
                    ClaimCheck.check(submission, evaluation));
        } catch (InputException e) {
            result = new SubmissionResult(
                    read.file(), SubmissionResult.Status.REFUSED, submission, rubric, null, e.getMessage(), List.of());
        } catch (RuntimeException | StackOverflowError e) {
            result = new SubmissionResult(
                    read.file(),
                    SubmissionResult.Status.ERROR,
                    submission,
                    rubric,
                    null,
                    "internal error: " + e,
                    List.of());
        }
        listener.accept(result);
        return result;
    }

    private static SubmissionResult refused(
            Path file, Submission submission, SubmissionResult.Status status, String message) {
        return new SubmissionResult(file, status, submission, null, null, message, List.of());
    }

    /** The upper level: the file given, else the one submission whose level is above every other's. */
    private Read upperOf(List<Read> read) {
        if (!rollup) {
            return null;
        }
        if (upper != null) {
            Path wanted = upper.normalize();
            return read.stream()
                    .filter(r -> r.file().equals(wanted))
                    .findFirst()
                    .orElseGet(() -> {
                        Read own = read(wanted);
                        return own;
                    });
        }
        int highest = 0;
        int others = 0;
        for (Read r : read) {
            int level =
                    r.submission() == null ? 0 : level(r.submission().subject().level());
            if (level > highest) {
                others = Math.max(others, highest);
                highest = level;
            } else if (level < highest) {
                others = Math.max(others, level);
            }
        }
        int top = highest;
        List<Read> atTop = read.stream()
                .filter(r ->
                        r.submission() != null && level(r.submission().subject().level()) == top)
                .toList();
        if (highest == 0 || read.size() < 2) {
            return null;
        }
        if (atTop.size() == 1) {
            return highest > others ? atTop.get(0) : null;
        }
        // a county that marked itself 市 by mistake: the upper level is the one that lists its parts, else the one
        // whose region is named as its level is (驻马店市 beside a 正阳县 marked 市); the other is a blocker
        List<Read> listing =
                atTop.stream().filter(r -> !r.submission().parts().isEmpty()).toList();
        if (listing.size() == 1) {
            return listing.get(0);
        }
        String mark = top == 2 ? "市" : top == 3 ? "省" : null;
        List<Read> named = atTop.stream()
                .filter(r -> mark != null
                        && r.submission().subject().region() != null
                        && r.submission().subject().region().strip().endsWith(mark))
                .toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    /** A level as a workbook's 级别 writes it. */
    private static String levelName(String level) {
        return switch (level(level)) {
            case 1 -> "县（区）";
            case 2 -> "市";
            case 3 -> "省";
            default -> level;
        };
    }

    /** 县/区 1, 市 2, 省 3; 0 when unknown. */
    static int level(String level) {
        if (level == null) {
            return 0;
        }
        String l = level.strip().toLowerCase(Locale.ROOT);
        if (l.equals("county") || l.equals("district") || l.contains("县") || l.endsWith("区")) {
            return 1;
        }
        if (l.equals("city") || l.contains("市")) {
            return 2;
        }
        if (l.equals("province") || l.contains("省")) {
            return 3;
        }
        return 0;
    }

    private RollupResult rollUp(Read top, List<SubmissionResult> results) {
        List<String> blockers = new ArrayList<>();
        Submission own = top == null ? null : top.submission();
        if (top != null && own == null) {
            blockers.add(
                    "the upper level's own file was refused: " + top.refused().refusal());
        }
        CompiledRubric rubric = null;
        if (own != null) {
            try {
                rubric = rubrics.rubricFor(own, top.file());
            } catch (InputException e) {
                blockers.add(e.getMessage());
            }
        } else {
            rubric = results.stream()
                    .map(SubmissionResult::rubric)
                    .filter(r -> r != null)
                    .findFirst()
                    .orElse(null);
        }
        RollupMethod how = method != null ? method : rubric != null ? rubric.rollupMethod() : RollupMethod.FACTS;
        String region = own == null ? null : own.subject().region();
        // who is left out, by the user's explicit word only
        Set<SubmissionResult> excluded = new LinkedHashSet<>();
        Set<String> missingExcluded = new LinkedHashSet<>();
        for (String name : exclude) {
            List<SubmissionResult> matched =
                    results.stream().filter(r -> matches(r, name)).toList();
            if (matched.isEmpty() && own != null && own.parts().contains(name)) {
                missingExcluded.add(name);
            } else if (matched.isEmpty()) {
                blockers.add("--exclude " + name + " matches no submission (by region, file name or path)");
            }
            excluded.addAll(matched);
        }
        List<SubmissionResult> included =
                results.stream().filter(r -> !excluded.contains(r)).toList();
        // one line a county, whatever holds it back
        Map<SubmissionResult, List<String>> issues = new LinkedHashMap<>();
        int ownLevel = own == null ? 0 : level(own.subject().level());
        Integer roundYear = own == null ? null : own.subject().year();
        for (SubmissionResult part : included) {
            List<String> why = new ArrayList<>();
            switch (part.status()) {
                case REFUSED, ERROR -> why.add("was refused, so the roll-up cannot include it; fix the file"
                        + " or leave it out with --exclude " + part.name() + ": " + firstLine(part.refusal()));
                case FAILED -> {
                    if (how == RollupMethod.MEAN_OF_TOTALS) {
                        why.add("has no total (an indicator failed), so the mean of totals cannot be made");
                    }
                }
                default -> {}
            }
            if (rubric != null
                    && part.rubric() != null
                    && !part.rubric().ref().sha256().equals(rubric.ref().sha256())) {
                why.add("was scored with rubric "
                        + part.rubric().ref().id() + " " + part.rubric().ref().version() + ", the upper level with "
                        + rubric.ref().id() + " " + rubric.ref().version());
            }
            Submission submission = part.submission();
            if (submission != null && ownLevel > 0 && level(submission.subject().level()) >= ownLevel) {
                why.add("marks itself " + levelName(submission.subject().level()) + " (级别), the level of " + region
                        + " (" + top.file() + ") into which it is rolled up; correct its 级别 to the county's");
            }
            if (submission != null
                    && roundYear != null
                    && submission.subject().year() != null
                    && !roundYear.equals(submission.subject().year())) {
                why.add("reports 年度 " + submission.subject().year() + ", but the round (" + region + ", " + top.file()
                        + ") is " + roundYear);
            }
            if (!why.isEmpty()) {
                issues.put(part, why);
            }
        }
        issues.forEach(
                (part, why) -> blockers.add(part.name() + " (" + part.file() + ") " + String.join("; and it ", why)));
        Map<String, SubmissionResult> byRegion = new LinkedHashMap<>();
        for (SubmissionResult part : included) {
            SubmissionResult earlier = byRegion.putIfAbsent(part.name(), part);
            if (earlier != null) {
                blockers.add(part.name() + " has two submissions: " + earlier.file() + " and " + part.file());
            }
        }
        if (own != null && !own.parts().isEmpty()) {
            Set<String> excludedNames = new LinkedHashSet<>(missingExcluded);
            excluded.forEach(r -> excludedNames.add(r.name()));
            for (String listed : own.parts()) {
                if (!byRegion.containsKey(listed) && !excludedNames.contains(listed)) {
                    blockers.add(listed + " is one of " + region + "'s parts (" + top.file() + ") but has no"
                            + " submission; add its file, or leave it out with --exclude " + listed);
                }
            }
            for (SubmissionResult part : included) {
                if (!own.parts().contains(part.name())) {
                    blockers.add(part.name() + " (" + part.file() + ") is not one of " + region + "'s parts: "
                            + String.join("、", own.parts()));
                }
            }
        }
        if (included.isEmpty()) {
            blockers.add("there is no county submission to roll up");
        }
        if (how == RollupMethod.FACTS && own == null && blockers.isEmpty()) {
            blockers.add("combining facts needs the upper level's own file (its own facts and claims); give it"
                    + " with --upper FILE, or use --rollup-method mean-of-totals");
        }
        List<RollupResult.Part> parts = included.stream()
                .filter(r -> r.evaluation() != null)
                .map(r -> new RollupResult.Part(
                        r.name(),
                        r.file(),
                        r.evaluation().factsSha256(),
                        r.total().orElse(null)))
                .toList();
        List<String> excludedNames =
                new ArrayList<>(excluded.stream().map(SubmissionResult::name).toList());
        excludedNames.addAll(missingExcluded);
        Path ownFile = top == null ? null : top.file();
        if (!blockers.isEmpty() || rubric == null) {
            if (rubric == null && blockers.isEmpty()) {
                blockers.add("no rubric to roll up with");
            }
            return new RollupResult(how, ownFile, region, parts, excludedNames, blockers, null, null, null, null);
        }
        if (how == RollupMethod.MEAN_OF_TOTALS) {
            BigDecimal mean = rubric.meanOfTotals(
                    included.stream().map(r -> r.total().orElseThrow()).toList());
            GradeBand grade = rubric.grades().stream()
                    .filter(b -> b.admits(mean))
                    .findFirst()
                    .orElse(rubric.grades().get(rubric.grades().size() - 1));
            // the upper level's claimed total is checked whatever the method: 98.1 claimed against a mean of 91.54
            BigDecimal claimed = own == null ? null : own.claimed().get(CompiledRubric.TOTAL_ID);
            List<Evaluation.Discrepancy> discrepancies = claimed == null || claimed.compareTo(mean) == 0
                    ? List.of()
                    : List.of(new Evaluation.Discrepancy(CompiledRubric.TOTAL_ID, "合计", claimed, mean));
            return new RollupResult(
                    how, ownFile, region, parts, excludedNames, List.of(), null, null, mean, grade, discrepancies);
        }
        try {
            Submission combined = rubric.combine(
                    included.stream().map(SubmissionResult::submission).toList(), own);
            Evaluation evaluation = rubric.evaluate(combined);
            return new RollupResult(
                    how, ownFile, region, parts, excludedNames, List.of(), combined, evaluation, null, null);
        } catch (InputException e) {
            List<String> problems = e.problems().stream().map(Problem::format).toList();
            return new RollupResult(how, ownFile, region, parts, excludedNames, problems, null, null, null, null);
        }
    }

    private static boolean matches(SubmissionResult result, String name) {
        Path file = result.file();
        return name.equals(result.name())
                || file.getFileName() != null && name.equals(file.getFileName().toString())
                || name.equals(file.toString());
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline) + " …";
    }

    /** Configures a {@link Review}. Not thread-safe. */
    public static final class Builder {
        private final Engine engine;
        private final RubricSource rubrics;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Charset encoding;
        private Path upper;
        private boolean rollup = true;
        private RollupMethod method;
        private final List<String> exclude = new ArrayList<>();
        private Consumer<SubmissionResult> listener = result -> {};
        private Function<Path, Submission> reader;
        private final Set<String> extensions = new HashSet<>(DEFAULT_EXTENSIONS);

        private Builder(Engine engine, RubricSource rubrics) {
            this.engine = requireNonNull(engine, "engine is null");
            this.rubrics = requireNonNull(rubrics, "rubrics is null");
        }

        /**
         * How many submissions are scored at once.
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
         * The submissions' encoding, such as GBK.
         *
         * @param charset the encoding; {@code null} for UTF-8
         * @return this builder
         */
        public Builder encoding(Charset charset) {
            this.encoding = charset;
            return this;
        }

        /**
         * The upper level's own file, instead of finding it by its level.
         *
         * @param file the file; {@code null} to find it by level
         * @return this builder
         */
        public Builder upper(Path file) {
            this.upper = file;
            return this;
        }

        /**
         * Whether to roll up at all.
         *
         * @param enabled {@code false} to review the submissions only
         * @return this builder
         */
        public Builder rollup(boolean enabled) {
            this.rollup = enabled;
            return this;
        }

        /**
         * The roll-up method, instead of the one the rubric declares. Asking for one rolls up even without
         * an upper-level file (the mean of totals needs none).
         *
         * @param rollupMethod the method; {@code null} for the rubric's
         * @return this builder
         */
        public Builder method(RollupMethod rollupMethod) {
            this.method = rollupMethod;
            return this;
        }

        /**
         * Leaves counties out of the roll-up, by region, file name or path; the result says so.
         *
         * @param names the counties
         * @return this builder
         */
        public Builder exclude(Collection<String> names) {
            this.exclude.addAll(names);
            return this;
        }

        /**
         * Called once per input as soon as it is done, from the scoring threads (for a progress bar);
         * must be thread-safe.
         *
         * @param onResult the listener; never {@code null}
         * @return this builder
         */
        public Builder listener(Consumer<SubmissionResult> onResult) {
            this.listener = requireNonNull(onResult, "onResult is null");
            return this;
        }

        /**
         * Reads submission files another way than the engine's JSON and YAML reader, such as from Excel
         * workbooks; it must be thread-safe and throw {@link InputException} for bad input.
         *
         * @param read reads one file; {@code null} for the engine's reader
         * @param more extensions (with the dot) that folders are searched for besides .json, .yaml and .yml
         * @return this builder
         */
        public Builder reader(Function<Path, Submission> read, Set<String> more) {
            this.reader = read;
            this.extensions.addAll(more);
            return this;
        }

        /**
         * Builds the review.
         *
         * @return the review
         */
        public Review build() {
            return new Review(this);
        }
    }
}
