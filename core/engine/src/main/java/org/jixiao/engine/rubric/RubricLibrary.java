package org.jixiao.engine.rubric;

import java.util.List;
import java.util.Optional;
import org.jixiao.spi.Api;

/**
 * Where rubrics named by id come from when one rubric {@code extends} another, such as the built-in
 * rubrics of the CLI. Rubrics named by path are read from files, relative to the extending file.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface RubricLibrary {

    /** A library with no rubrics: {@code extends} may name files only. */
    RubricLibrary NONE = new RubricLibrary() {
        @Override
        public Optional<Text> find(String id) {
            return Optional.empty();
        }

        @Override
        public List<String> ids() {
            return List.of();
        }
    };

    /**
     * The rubrics that jars on a class path list in {@code META-INF/jixiao/rubrics/index.txt} (one file name
     * a line, beside it), by id: the file name without its extension. {@code jixiao-rubrics} holds the
     * built-in ones. The first jar to list an id wins.
     *
     * @param loader where to look; never {@code null}
     * @return the library, listed once now
     * @throws java.io.UncheckedIOException if an index cannot be read
     * @since 0.2
     */
    static RubricLibrary onClassPath(ClassLoader loader) {
        return new ClassPathRubrics(loader);
    }

    /**
     * A rubric's own test cases ({@code ID.cases.yaml} beside it), if the library has them.
     *
     * @param id the rubric id
     * @return the cases file's text, or empty
     * @since 0.2
     */
    default Optional<Text> cases(String id) {
        return Optional.empty();
    }

    /**
     * Whether a rubric reference names a file rather than an id: it holds a path separator or ends in
     * {@code .yaml}, {@code .yml} or {@code .json}.
     *
     * @param reference an id or a path, as {@code extends}, {@code --rubric} or a submission write it
     * @return {@code true} for a file
     */
    static boolean namesFile(String reference) {
        String lower = reference.toLowerCase(java.util.Locale.ROOT);
        return reference.contains("/")
                || reference.contains("\\")
                || lower.endsWith(".yaml")
                || lower.endsWith(".yml")
                || lower.endsWith(".json");
    }

    /**
     * The text of a rubric.
     *
     * @param id the rubric id
     * @return its name for messages and its text, or empty if the library has no such rubric
     */
    Optional<Text> find(String id);

    /**
     * The ids this library knows, for messages.
     *
     * @return the ids
     */
    List<String> ids();

    /**
     * A rubric's text and the name messages give it.
     *
     * @param name a file or resource name; its extension chooses JSON or YAML
     * @param text the rubric
     */
    record Text(String name, String text) {}
}
