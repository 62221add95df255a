package org.jixiao.app.rubrics;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jixiao.engine.CompiledRubric;
import org.jixiao.engine.Engine;
import org.jixiao.engine.InputException;
import org.jixiao.engine.Problem;
import org.jixiao.engine.RubricLibrary;
import org.jixiao.engine.RubricTests;

/**
 * Finds rubrics by id or path: the built-ins that jars list in {@code META-INF/jixiao/rubrics/index.txt},
 * and rubric files. Compiles each built-in once.
 */
@Singleton
public final class RubricRepository implements RubricLibrary {

    private static final String DIRECTORY = "META-INF/jixiao/rubrics/";

    private final Provider<Engine> engine;
    private final Map<String, URL> builtIns;
    private final Map<String, CompiledRubric> compiled = new ConcurrentHashMap<>();

    @Inject
    RubricRepository(Provider<Engine> engine) {
        this.engine = engine;
        this.builtIns = findBuiltIns(RubricRepository.class.getClassLoader());
    }

    /** The ids of the built-in rubrics, in the order their jars list them. */
    public List<String> builtInIds() {
        return List.copyOf(builtIns.keySet());
    }

    /**
     * The test cases of a built-in rubric ({@code ID.cases.yaml} beside it), or of a cases file.
     */
    public RubricTests.Suite cases(String idOrPath) {
        URL url = builtIns.get(idOrPath);
        if (url != null && !looksLikePath(idOrPath)) {
            try {
                URL cases = new URL(url, idOrPath + ".cases.yaml");
                return RubricTests.read(engine.get(), idOrPath + ".cases.yaml (built-in)", read(cases));
            } catch (java.net.MalformedURLException | UncheckedIOException e) {
                throw new InputException("rubric tests", new Problem(idOrPath, null, null,
                        "the built-in rubric has no test cases"));
            }
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
            return load(org.jixiao.engine.RubricPaths.resolve(folder, folder, ref));
        } catch (IllegalArgumentException outside) {
            throw new InputException("rubric", new Problem(namedIn.toString(), null, "rubric", outside.getMessage()));
        }
    }

    /** The rubric a suite names: by id, or by path relative to the cases file. */
    public CompiledRubric rubricOf(RubricTests.Suite suite) {
        return resolveFrom(suite.rubric(), Path.of(suite.source()));
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
        URL url = builtIns.get(idOrPath);
        if (url == null) {
            throw new InputException("rubric", new Problem(idOrPath, null, null, "unknown rubric"
                    + org.jixiao.engine.Suggestions.didYouMean(idOrPath, builtIns.keySet())
                    + "; built-in rubrics: " + String.join(", ", builtIns.keySet())
                    + "; or give the path of a rubric file (.yaml, .yml or .json)"));
        }
        return compiled.computeIfAbsent(idOrPath, id -> engine.get().loadRubric(
                id + ".yaml (built-in)", read(url), this));
    }

    @Override
    public Optional<Text> find(String id) {
        URL url = builtIns.get(id);
        return url == null ? Optional.empty() : Optional.of(new Text(id + ".yaml (built-in)", read(url)));
    }

    @Override
    public List<String> ids() {
        return builtInIds();
    }

    private static boolean looksLikePath(String ref) {
        return RubricLibrary.namesFile(ref) || Files.exists(Path.of(ref));
    }

    private static Map<String, URL> findBuiltIns(ClassLoader loader) {
        Map<String, URL> found = new LinkedHashMap<>();
        try {
            Enumeration<URL> indexes = loader.getResources(DIRECTORY + "index.txt");
            for (URL index : Collections.list(indexes)) {
                for (String line : read(index).lines().map(String::strip).toList()) {
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    URL rubric = new URL(index, line);
                    found.putIfAbsent(line.replaceFirst("\\.(yaml|yml|json)$", ""), rubric);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the built-in rubrics", e);
        }
        return found;
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            reader.lines().forEach(lines::add);
            return String.join("\n", lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in rubric " + url, e);
        }
    }
}
