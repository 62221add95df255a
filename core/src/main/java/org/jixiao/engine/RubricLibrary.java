package org.jixiao.engine;

import java.util.List;
import java.util.Optional;

/**
 * Where rubrics named by id come from when one rubric {@code extends} another, such as the built-in
 * rubrics of the CLI. Rubrics named by path are read from files, relative to the extending file.
 *
 * @since 0.1
 */
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
    record Text(String name, String text) {
    }
}
