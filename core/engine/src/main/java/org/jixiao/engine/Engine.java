package org.jixiao.engine;

import static java.util.Objects.requireNonNull;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jixiao.engine.plugin.Plugin;
import org.jixiao.engine.plugin.Plugins;
import org.jixiao.engine.plugin.ProviderScan;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.problem.Problem;
import org.jixiao.engine.problem.Suggestions;
import org.jixiao.engine.programme.ProgrammeSet;
import org.jixiao.engine.read.Locator;
import org.jixiao.engine.read.TreeReader;
import org.jixiao.engine.rubric.Rubric;
import org.jixiao.engine.rubric.RubricInheritance;
import org.jixiao.engine.rubric.RubricLibrary;
import org.jixiao.engine.rubric.RubricPaths;
import org.jixiao.engine.rubric.RubricReader;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.score.Guard;
import org.jixiao.engine.score.RegisteredType;
import org.jixiao.engine.score.RubricCompiler;
import org.jixiao.engine.submission.LeanSubmissionReader;
import org.jixiao.engine.submission.ProgrammeSubmission;
import org.jixiao.engine.submission.Submission;
import org.jixiao.engine.submission.SubmissionDocument;
import org.jixiao.engine.submission.SubmissionReader;
import org.jixiao.spi.Api;
import org.jixiao.spi.IndicatorProvider;
import org.jixiao.spi.IndicatorType;
import org.jixiao.spi.SpiVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rubric engine: knows the indicator types, reads and compiles rubrics, reads submissions.
 *
 * <pre>{@code
 * Engine engine = Engine.builder().discover(MyApp.class.getClassLoader()).build();
 * CompiledRubric rubric = engine.loadRubric(Path.of("henan-2020.yaml"));
 * Evaluation result = rubric.evaluate(engine.readSubmission(Path.of("zhumadian.json")));
 * }</pre>
 *
 * <p>Immutable and thread-safe. Building is strict: a provider that cannot be loaded, a type id
 * that is malformed or offered twice, fails the build with every such problem listed.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class Engine {
    // Why this file is long: the front door: each public entry point (rubrics and submissions from files, text and
    // NDJSON lines, programme sets) with its Javadoc, which is a third of the file, and the Builder that checks every
    // type it registers; the work itself is in the rooms below.

    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
    private static final Pattern TYPE_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final Map<String, RegisteredType> types;
    private final Duration scoringBudget;
    private final TreeReader trees = new TreeReader();

    private Engine(Map<String, RegisteredType> types, Duration scoringBudget) {
        this.types = Collections.unmodifiableMap(new TreeMap<>(types));
        this.scoringBudget = scoringBudget;
    }

    /**
     * Starts an engine.
     *
     * @return a builder with no types
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The known indicator types, by id in alphabetical order.
     *
     * @return the types, never {@code null}
     */
    public List<RegisteredType> types() {
        return List.copyOf(types.values());
    }

    /**
     * Finds a type.
     *
     * @param id the type id
     * @return the type, or empty
     */
    public Optional<RegisteredType> type(String id) {
        return Optional.ofNullable(types.get(id));
    }

    /**
     * Checks a rubric against the known types and compiles it.
     *
     * @param rubric the rubric; never {@code null}
     * @return the compiled rubric
     * @throws InputException listing every problem of the rubric
     */
    public CompiledRubric compile(Rubric rubric) {
        return compile(rubric, "rubric " + rubric.id(), Locator.NONE);
    }

    /**
     * Compiles a rubric whose positions are known, so that problems name lines and columns.
     *
     * @param rubric the rubric
     * @param source the file it was read from
     * @param locator where its paths stand in that file
     * @return the compiled rubric
     * @throws InputException listing every problem of the rubric
     */
    public CompiledRubric compile(Rubric rubric, String source, Locator locator) {
        return new RubricCompiler(types, scoringBudget, source, locator)
                .compile(requireNonNull(rubric, "rubric is null"));
    }

    /**
     * Reads a rubric file (YAML or JSON).
     *
     * @param file the file
     * @return the rubric as written, not yet compiled
     * @throws InputException if the file is missing, malformed or not a rubric
     */
    public Rubric readRubric(Path file) {
        return RubricReader.read(RubricInheritance.resolve(trees.read(file), trees, RubricLibrary.NONE));
    }

    /**
     * Reads and compiles a rubric file (YAML or JSON).
     *
     * @param file the file
     * @return the compiled rubric
     * @throws InputException listing every problem
     */
    public CompiledRubric loadRubric(Path file) {
        return loadRubric(file, RubricLibrary.NONE);
    }

    /**
     * Reads and compiles a rubric file that may {@code extends} another, found by id in
     * {@code library} or by path relative to the file.
     *
     * @param file the file
     * @param library where base rubrics named by id come from
     * @return the compiled rubric, its bases merged in
     * @throws InputException listing every problem, each in the file that caused it
     */
    public CompiledRubric loadRubric(Path file, RubricLibrary library) {
        return compileDocument(RubricInheritance.resolve(trees.read(file), trees, library));
    }

    /**
     * Reads and compiles a rubric from text, such as a class-path resource.
     *
     * @param source a name for messages; its extension chooses JSON or YAML
     * @param text the rubric text
     * @return the compiled rubric
     * @throws InputException listing every problem
     */
    public CompiledRubric loadRubric(String source, String text) {
        return loadRubric(source, text, RubricLibrary.NONE);
    }

    /**
     * Reads and compiles a rubric from text that may {@code extends} another.
     *
     * @param source a name for messages; its extension chooses JSON or YAML
     * @param text the rubric text
     * @param library where base rubrics named by id come from
     * @return the compiled rubric
     * @throws InputException listing every problem
     */
    public CompiledRubric loadRubric(String source, String text, RubricLibrary library) {
        TreeReader.Document document = trees.read(source, text.getBytes(StandardCharsets.UTF_8));
        return compileDocument(RubricInheritance.resolve(document, trees, library));
    }

    /**
     * Compiles a rubric of a library by its id, such as a built-in one:
     * {@code engine.loadRubric(RubricLibrary.onClassPath(loader), "henan-2020-old-community")}.
     *
     * @param library where the rubric and any it extends by id come from
     * @param id the rubric id
     * @return the compiled rubric
     * @throws InputException if the library has no such rubric (the ids it has are listed), or listing every
     *     problem of the rubric
     * @since 0.2
     */
    public CompiledRubric loadRubric(RubricLibrary library, String id) {
        RubricLibrary.Text text = library.find(id)
                .orElseThrow(() -> InputException.of(
                        "rubric",
                        id,
                        "unknown rubric" + Suggestions.didYouMean(id, library.ids()) + "; known rubrics: "
                                + (library.ids().isEmpty() ? "none" : String.join(", ", library.ids()))));
        return loadRubric(text.name(), text.text(), library);
    }

    private CompiledRubric compileDocument(TreeReader.Document document) {
        return compile(RubricReader.read(document), document.source(), document);
    }

    /**
     * Reads a submission file (JSON or YAML).
     *
     * @param file the file
     * @return the submission, with positions for messages
     * @throws InputException if the file is missing, malformed or not a submission
     */
    public Submission readSubmission(Path file) {
        return SubmissionReader.read(trees.read(file));
    }

    /**
     * Reads a submission file in a given encoding, such as GBK for files saved by Excel or WPS.
     *
     * @param file the file
     * @param encoding its encoding; {@code null} for UTF-8
     * @return the submission, with positions for messages
     * @throws InputException if the file is missing, malformed, not in that encoding or not a submission
     */
    public Submission readSubmission(Path file, Charset encoding) {
        return SubmissionReader.read(trees.read(file, encoding));
    }

    /**
     * Reads a submission from bytes (UTF-8 JSON or YAML).
     *
     * @param source a name for messages; its extension chooses JSON or YAML
     * @param bytes the content
     * @return the submission
     * @throws InputException if malformed or not a submission
     */
    public Submission readSubmission(String source, byte[] bytes) {
        return SubmissionReader.read(trees.read(source, bytes));
    }

    /**
     * Reads one submission of a batch (a line of NDJSON, UTF-8 JSON). Fast: a well-formed line is read without
     * keeping positions; any line that is not is read again by the position-keeping reader, so that its message
     * is exactly the one a file would get. Ask for {@code precise} to keep positions anyway (to place the problems
     * an evaluation finds).
     *
     * @param source a name for messages, such as {@code counties.ndjson line 42}
     * @param json the line
     * @param precise whether to keep positions
     * @return the submission
     * @throws InputException if the line is not a submission
     * @since 0.2
     */
    public Submission readSubmissionLine(String source, String json, boolean precise) {
        if (!precise) {
            Submission quick = LeanSubmissionReader.read(source, json);
            if (quick != null) {
                return quick;
            }
        }
        return SubmissionReader.read(trees.read(source, json.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Reads one submission of a batch given as the UTF-8 bytes of its line, as {@link #readSubmissionLine(String,
     * String, boolean)} does a decoded line: parsed straight from the bytes when well-formed, else read again by the
     * position-keeping reader (which also names a byte that is not UTF-8).
     *
     * @param source a name for messages
     * @param utf8 the line's bytes, without its line break
     * @param precise whether to keep positions
     * @return the submission
     * @throws InputException if the line is not a submission
     * @since 0.3
     */
    public Submission readSubmissionLine(String source, byte[] utf8, boolean precise) {
        if (!precise) {
            Submission quick = LeanSubmissionReader.read(source, utf8);
            if (quick != null) {
                return quick;
            }
        }
        return SubmissionReader.read(trees.read(source, utf8));
    }

    /**
     * Reads a submission file of either shape, once: one programme's facts, scored with a rubric, or several
     * programmes' (under {@code programmes}), scored with a {@link ProgrammeSet}.
     *
     * @param file the file (JSON or YAML)
     * @param encoding its encoding; {@code null} for UTF-8
     * @return a {@link Submission} or a {@link ProgrammeSubmission}
     * @throws InputException if the file is missing, malformed or not a submission
     * @since 0.3
     */
    public SubmissionDocument readSubmissionDocument(Path file, Charset encoding) {
        TreeReader.Document document = trees.read(file, encoding);
        return ProgrammeSubmission.describes(document.root())
                ? ProgrammeSubmission.read(document)
                : SubmissionReader.read(document);
    }

    /**
     * Reads one line of a batch that may give one programme's facts or several programmes', keeping positions.
     *
     * @param source a name for messages
     * @param utf8 the line's bytes, without its line break
     * @return a {@link Submission} or a {@link ProgrammeSubmission}
     * @throws InputException if the line is not a submission
     * @since 0.4
     */
    public SubmissionDocument readSubmissionDocumentLine(String source, byte[] utf8) {
        TreeReader.Document document = trees.read(source, utf8);
        return ProgrammeSubmission.describes(document.root())
                ? ProgrammeSubmission.read(document)
                : SubmissionReader.read(document);
    }

    /**
     * Reads a submission of several programmes (JSON or YAML).
     *
     * @param file the file
     * @param encoding its encoding; {@code null} for UTF-8
     * @return the submission, with positions for messages
     * @throws InputException if the file is missing, malformed or not such a submission
     * @since 0.3
     */
    public ProgrammeSubmission readProgrammeSubmission(Path file, Charset encoding) {
        TreeReader.Document document = trees.read(file, encoding);
        if (!ProgrammeSubmission.describes(document.root())) {
            throw InputException.of(
                    "submission",
                    document.source(),
                    "gives no \"programmes\": a programme set scores a submission that gives each"
                            + " programme's facts as \"programmes\": {\"ID\": {\"facts\": {…}}}");
        }
        return ProgrammeSubmission.read(document);
    }

    /**
     * Whether a rubric file is a {@link ProgrammeSet} (it lists {@code programmes}) rather than a rubric.
     *
     * @param file the file
     * @return {@code true} for a programme set
     * @throws InputException if the file is missing or malformed
     * @since 0.3
     */
    public boolean isProgrammeSet(Path file) {
        return ProgrammeSet.describes(trees.read(file).root());
    }

    /**
     * Whether a rubric file is a skeleton ({@code skeleton: true}): a rubric that others extend with their own rows, such
     * as the built-in {@code project-self-evaluation}, which cannot be scored with by itself.
     *
     * @param file the rubric file
     * @return {@code true} for a skeleton
     * @throws InputException if the file is missing or malformed
     * @since 0.5
     */
    public boolean isSkeleton(Path file) {
        return RubricInheritance.isSkeleton(trees.read(file));
    }

    /**
     * Whether a rubric of a library is a skeleton ({@code skeleton: true}).
     *
     * @param library where the rubric comes from
     * @param id its id
     * @return {@code true} for a skeleton; {@code false} also where the library has no such rubric
     * @throws InputException if its text is malformed
     * @since 0.5
     */
    public boolean isSkeleton(RubricLibrary library, String id) {
        return library.find(id)
                .map(text -> RubricInheritance.isSkeleton(
                        trees.read(text.name(), text.text().getBytes(StandardCharsets.UTF_8))))
                .orElse(false);
    }

    /**
     * Reads a programme set and compiles each programme's rubric: a built-in id of {@code library}, or a file
     * inside the set's folder.
     *
     * @param file the set file (YAML or JSON)
     * @param library where rubrics named by id come from
     * @return the set
     * @throws InputException listing every problem of the set and of its rubrics, each in its own file
     * @since 0.3
     */
    public ProgrammeSet loadProgrammeSet(Path file, RubricLibrary library) {
        TreeReader.Document document = trees.read(file);
        if (!ProgrammeSet.describes(document.root())) {
            throw InputException.of(
                    "programme set",
                    document.source(),
                    "is not a programme set: a programme set is an object with the keys id, version,"
                            + " programmes (a list of {id, name, rubric}) and combine");
        }
        Path folder = file.toAbsolutePath().getParent();
        return ProgrammeSet.read(
                document,
                library,
                ref -> RubricLibrary.namesFile(ref)
                        ? loadRubric(RubricPaths.resolve(folder, folder, ref), library)
                        : loadRubric(library, ref));
    }

    /** Collects the indicator types of an {@link Engine}. Not thread-safe. */
    public static final class Builder {
        private final Map<String, RegisteredType> types = new LinkedHashMap<>();
        private final List<Problem> problems = new ArrayList<>();
        private Duration scoringBudget;

        private Builder() {}

        /**
         * Gives every call into indicator code a time budget: each indicator per evaluation, and — for
         * what is discovered or registered after this call — every provider's constructor and list of
         * types, every type's id, facts and parameters, and every row's configuration when a rubric is
         * compiled. Code that runs past it is abandoned and reported by id and source instead of being
         * waited on forever. Without a budget (the default) plugin code runs on the caller's thread, with
         * no overhead. Set it before {@link #discover}.
         *
         * @param budget the time one indicator may take, greater than zero
         * @return this builder
         */
        public Builder scoringTimeout(Duration budget) {
            if (budget.isNegative() || budget.isZero()) {
                throw new IllegalArgumentException("a scoring timeout must be greater than zero, got " + budget);
            }
            this.scoringBudget = budget;
            return this;
        }

        /**
         * Adds every type offered by the {@link IndicatorProvider}s that {@link java.util.ServiceLoader} finds
         * on {@code loader}, each with its jar (or class folder) as source and the SPI version its jar's
         * manifest records. A provider that fails to load is recorded and reported by {@link #build()};
         * the others are still added.
         *
         * @param loader the class loader to search
         * @return this builder
         */
        public Builder discover(ClassLoader loader) {
            ProviderScan.Result found =
                    ProviderScan.scan(loader, "class path", Engine::sourceOf, Engine::spiVersionOf, scoringBudget);
            problems.addAll(found.problems());
            found.types().forEach(this::add);
            return this;
        }

        /**
         * Adds the types of a plugin loaded with {@link Plugins#load}, and its problems: a plugin that
         * could not be loaded fails {@link #build()}.
         *
         * @param plugin the plugin
         * @return this builder
         */
        public Builder addPlugin(Plugin plugin) {
            problems.addAll(plugin.problems());
            plugin.types().forEach(this::add);
            return this;
        }

        /**
         * Adds the types of one provider, with the provider's jar or class folder as their source.
         *
         * @param provider the provider
         * @return this builder
         */
        public Builder addProvider(IndicatorProvider provider) {
            List<RegisteredType> offered = new ArrayList<>();
            ProviderScan.offer(
                    provider,
                    sourceOf(provider.getClass()),
                    spiVersionOf(provider.getClass()),
                    offered,
                    problems,
                    scoringBudget);
            offered.forEach(this::add);
            return this;
        }

        /**
         * Adds one type registered in code.
         *
         * @param type the type
         * @return this builder
         */
        public Builder addType(IndicatorType type) {
            requireNonNull(type, "type is null");
            return add(new RegisteredType(
                    type, "registered in code (" + type.getClass().getName() + ")", SpiVersion.CURRENT));
        }

        /**
         * The ids of the types added so far.
         *
         * @return the ids, in the order added
         */
        public Set<String> typeIds() {
            return Collections.unmodifiableSet(new LinkedHashSet<>(types.keySet()));
        }

        /**
         * Adds a plugin's types only if all of them can be added — the plugin loaded, every type describes
         * itself within the budget, no id is taken — and otherwise adds none and says why: for callers that
         * leave bad plugins out (the CLI's {@code --skip-bad-plugins}) rather than fail.
         *
         * @param plugin the plugin
         * @return the problems that kept it out; empty if it was added
         * @since 0.2
         */
        public List<Problem> addPluginIfSound(Plugin plugin) {
            if (!plugin.ok()) {
                return plugin.problems();
            }
            List<Problem> found = new ArrayList<>();
            Map<String, RegisteredType> accepted = new LinkedHashMap<>();
            for (RegisteredType registered : plugin.types()) {
                String id = check(registered, found);
                if (id == null) {
                    continue;
                }
                RegisteredType earlier = types.containsKey(id) ? types.get(id) : accepted.get(id);
                if (earlier != null) {
                    found.add(twice(id, registered, earlier));
                } else {
                    accepted.put(id, registered);
                }
            }
            if (found.isEmpty()) {
                accepted.forEach(this::put);
            }
            return found;
        }

        private Builder add(RegisteredType registered) {
            String id = check(registered, problems);
            if (id == null) {
                return this;
            }
            RegisteredType earlier = types.get(id);
            if (earlier != null) {
                problems.add(twice(id, registered, earlier));
                return this;
            }
            put(id, registered);
            return this;
        }

        private void put(String id, RegisteredType registered) {
            types.put(id, registered);
            LOG.debug(
                    "indicator type {} ({}) from {}, SPI {}",
                    id,
                    registered.type().getClass().getName(),
                    registered.source(),
                    registered.spiVersion());
        }

        private static Problem twice(String id, RegisteredType registered, RegisteredType earlier) {
            return new Problem(
                    registered.source(),
                    null,
                    null,
                    "indicator type \"" + id + "\" is offered twice: by "
                            + registered.type().getClass().getName() + " (" + registered.source() + ") and by "
                            + earlier.type().getClass().getName() + " (" + earlier.source() + ")");
        }

        /** The type's id once it has described itself soundly, within the budget; else null, with a problem. */
        private String check(RegisteredType registered, List<Problem> found) {
            IndicatorType type = registered.type();
            String source = registered.source();
            String id;
            ClassLoader loader = type.getClass().getClassLoader();
            try {
                id = Guard.call(loader, scoringBudget, type::id);
                // asked once here, guarded, so that a type that fails or hangs is named at once
                Object facts = Guard.call(loader, scoringBudget, type::facts);
                Object parameters = Guard.call(loader, scoringBudget, type::parameters);
                Object name = Guard.call(loader, scoringBudget, type::name);
                if (facts == null || parameters == null || name == null) {
                    found.add(new Problem(
                            source,
                            null,
                            null,
                            "type " + type.getClass().getName() + " returned no "
                                    + (facts == null
                                            ? "fact slots (facts() is null)"
                                            : parameters == null
                                                    ? "parameters (parameters() is null)"
                                                    : "name (name() is null)")));
                    return null;
                }
            } catch (Guard.Failure e) {
                found.add(new Problem(
                        source,
                        null,
                        null,
                        "type " + type.getClass().getName() + " failed to describe itself: it " + e.getMessage()));
                return null;
            }
            if (id == null || !TYPE_ID.matcher(id).matches()) {
                found.add(new Problem(
                        source,
                        null,
                        null,
                        "type " + type.getClass().getName()
                                + " has the id \"" + id + "\"; ids are lower-case words joined by hyphens, such as"
                                + " plan-completion"));
                return null;
            }
            return id;
        }

        /**
         * Builds the engine.
         *
         * @return the engine
         * @throws InputException listing every provider or type that could not be registered
         */
        public Engine build() {
            if (!problems.isEmpty()) {
                throw new InputException("indicator types", problems);
            }
            return new Engine(types, scoringBudget);
        }
    }

    /** The SPI version recorded in the manifest of the jar a class came from; ours for class folders. */
    static String spiVersionOf(Class<?> type) {
        CodeSource code = type.getProtectionDomain().getCodeSource();
        if (code != null && code.getLocation() != null) {
            try {
                File file = new File(code.getLocation().toURI());
                if (file.isFile()) {
                    try (java.util.jar.JarFile jar = new java.util.jar.JarFile(file)) {
                        java.util.jar.Manifest manifest = jar.getManifest();
                        String declared = manifest == null
                                ? null
                                : manifest.getMainAttributes().getValue(SpiVersion.MANIFEST_ATTRIBUTE);
                        return declared == null ? "undeclared" : declared.strip();
                    }
                }
            } catch (URISyntaxException | IllegalArgumentException | java.io.IOException e) {
                return "unknown (" + e.getMessage() + ")";
            }
        }
        return SpiVersion.CURRENT;
    }

    /** The jar or class folder a class was loaded from, for messages and {@code jixiao indicators}. */
    static String sourceOf(Class<?> type) {
        CodeSource code = type.getProtectionDomain().getCodeSource();
        URL location = code == null ? null : code.getLocation();
        if (location == null) {
            return "unknown source (" + type.getName() + ")";
        }
        try {
            File file = new File(location.toURI());
            return file.isDirectory() ? file.getPath() : file.getName();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return location.toString();
        }
    }
}
