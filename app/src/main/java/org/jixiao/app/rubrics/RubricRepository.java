package org.jixiao.app.rubrics;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jixiao.engine.Engine;
import org.jixiao.engine.cases.ProgrammeSetTests;
import org.jixiao.engine.cases.RubricTests;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.problem.Problem;
import org.jixiao.engine.programme.ProgrammeSet;
import org.jixiao.engine.rubric.RubricLibrary;
import org.jixiao.engine.score.CompiledRubric;

/**
 * Finds rubrics by id or path: the built-ins that jars list in {@code META-INF/jixiao/rubrics/index.txt},
 * and rubric files. Compiles each built-in once.
 */
@Singleton
public final class RubricRepository implements RubricLibrary {

    private final Provider<Engine> engine;
    private final RubricLibrary builtIns;
    private final Map<String, CompiledRubric> compiled = new ConcurrentHashMap<>();

    @Inject
    RubricRepository(Provider<Engine> engine) {
        this.engine = engine;
        this.builtIns = RubricLibrary.onClassPath(RubricRepository.class.getClassLoader());
    }

    /** The ids of the built-in rubrics, in the order their jars list them. */
    public List<String> builtInIds() {
        return builtIns.ids();
    }

    /**
     * The test cases of a built-in rubric ({@code ID.cases.yaml} beside it), or of a cases file.
     */
    public RubricTests.Suite suite(String idOrPath) {
        if (!looksLikePath(idOrPath) && builtIns.ids().contains(idOrPath)) {
            RubricLibrary.Text cases = builtIns.cases(idOrPath)
                    .orElseThrow(
                            () -> InputException.of("rubric tests", idOrPath, "the built-in rubric has no test cases"));
            return RubricTests.read(engine.get(), cases.name(), cases.text());
        }
        return RubricTests.read(engine.get(), Path.of(idOrPath));
    }

    /** A rubric named in a file (a submission, a cases file): by id, or by path relative to that file. */
    public CompiledRubric resolveFrom(String ref, Path namedIn) {
        if (!RubricLibrary.namesFile(ref)) {
            return resolve(ref);
        }
        // a file names rubrics only inside its own folder: a county's submission cannot make jixiao read another file
        Path folder = namedIn.toAbsolutePath().getParent();
        try {
            return load(org.jixiao.engine.rubric.RubricPaths.resolve(folder, folder, ref));
        } catch (IllegalArgumentException outside) {
            throw new InputException("rubric", new Problem(namedIn.toString(), null, "rubric", outside.getMessage()));
        }
    }

    /** The rubric a suite names: by id, or by path relative to the cases file. */
    public CompiledRubric rubricOf(RubricTests.Suite suite) {
        return resolveFrom(suite.rubric(), Path.of(suite.source()));
    }

    /** Whether {@code idOrPath} names a programme set file (it lists {@code programmes}) rather than a rubric. */
    public boolean isSet(String idOrPath) {
        return RubricLibrary.namesFile(idOrPath)
                && Files.isRegularFile(Path.of(idOrPath))
                && engine.get().isProgrammeSet(Path.of(idOrPath));
    }

    /** A programme set file; its programmes' rubrics are built-in ids or files beside it. */
    public ProgrammeSet loadSet(Path file) {
        return engine.get().loadProgrammeSet(file, this);
    }

    /** The programme set a file names: by path relative to that file, inside its folder. */
    public ProgrammeSet setFrom(String ref, Path namedIn) {
        if (!RubricLibrary.namesFile(ref)) {
            throw new InputException(
                    "submission",
                    new Problem(
                            namedIn.toString(),
                            null,
                            "rubric",
                            "a submission of several programmes names its programme set by file (such as"
                                    + " anju-2021.yaml), got " + ref));
        }
        Path folder = namedIn.toAbsolutePath().getParent();
        try {
            return loadSet(org.jixiao.engine.rubric.RubricPaths.resolve(folder, folder, ref));
        } catch (IllegalArgumentException outside) {
            throw new InputException("rubric", new Problem(namedIn.toString(), null, "rubric", outside.getMessage()));
        }
    }

    /** A programme set's test cases. */
    public ProgrammeSetTests.Suite setSuite(Path file) {
        return ProgrammeSetTests.read(engine.get(), file);
    }

    /** Whether a cases file is a programme set's. */
    public boolean isSetSuite(String idOrPath) {
        return looksLikePath(idOrPath)
                && Files.isRegularFile(Path.of(idOrPath))
                && ProgrammeSetTests.describes(engine.get(), Path.of(idOrPath));
    }

    /**
     * Whether a built-in id or a rubric file names a skeleton ({@code skeleton: true}), which others extend and nobody
     * scores with: the built-in {@code project-self-evaluation}, a province's own.
     */
    public boolean isSkeleton(String idOrPath) {
        if (looksLikePath(idOrPath)) {
            Path file = Path.of(idOrPath);
            return Files.isRegularFile(file) && engine.get().isSkeleton(file);
        }
        return engine.get().isSkeleton(builtIns, idOrPath);
    }

    /** A rubric file, compiled; it may extend built-in rubrics by id and other files by path. */
    public CompiledRubric load(Path file) {
        return engine.get().loadRubric(file, this);
    }

    /** A built-in or file rubric, compiled. */
    public CompiledRubric resolve(String idOrPath) {
        if (looksLikePath(idOrPath)) {
            return load(Path.of(idOrPath));
        }
        if (!builtIns.ids().contains(idOrPath)) {
            throw InputException.of(
                    "rubric",
                    idOrPath,
                    "unknown rubric"
                            + org.jixiao.engine.problem.Suggestions.didYouMean(idOrPath, builtIns.ids())
                            + "; built-in rubrics: " + String.join(", ", builtIns.ids())
                            + "; or give the path of a rubric file (.yaml, .yml or .json)");
        }
        return compiled.computeIfAbsent(idOrPath, id -> engine.get().loadRubric(builtIns, id));
    }

    @Override
    public Optional<Text> find(String id) {
        return builtIns.find(id);
    }

    @Override
    public List<String> ids() {
        return builtIns.ids();
    }

    private static boolean looksLikePath(String ref) {
        return RubricLibrary.namesFile(ref) || Files.exists(Path.of(ref));
    }
}
