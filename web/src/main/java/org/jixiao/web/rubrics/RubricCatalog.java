package org.jixiao.web.rubrics;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jixiao.engine.Engine;
import org.jixiao.engine.programme.ProgrammeSet;
import org.jixiao.engine.rubric.RubricLibrary;
import org.jixiao.engine.score.CompiledRubric;

/**
 * The rubrics a page may offer, by id. A request names a rubric only by one of these ids, never by a path, so
 * that no request value can make the server open a file.
 */
public interface RubricCatalog {

    /**
     * The ids to offer, in the order to show them.
     *
     * @return the ids; never {@code null}
     */
    List<String> ids();

    /**
     * The compiled rubric of an id from {@link #ids()}.
     *
     * @param id the id
     * @return the rubric, or empty when the id is not offered
     */
    Optional<CompiledRubric> rubric(String id);

    /**
     * The programme sets to offer (several programmes scored together), by id, after the rubrics.
     *
     * @return the ids; none unless the catalog has sets
     */
    default List<String> setIds() {
        return List.of();
    }

    /**
     * The programme set of an id from {@link #setIds()}.
     *
     * @param id the id
     * @return the set, or empty when the id is not offered
     */
    default Optional<ProgrammeSet> set(String id) {
        return Optional.empty();
    }

    /**
     * The id a submission's rubric reference stands for on this page: the id itself, or for a file reference (such as
     * {@code example-province-2021.yaml}, or a path to it) the offered rubric of that file name. Nothing is opened.
     *
     * @param reference what the submission names, or {@code null}
     * @return an id from {@link #ids()}, or empty when the page offers no such rubric
     */
    default Optional<String> idFor(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        if (ids().contains(reference)) {
            return Optional.of(reference);
        }
        String name = reference.substring(Math.max(reference.lastIndexOf('/'), reference.lastIndexOf('\\')) + 1);
        String base = name.replaceFirst("(?i)\\.(yaml|yml|json)$", "");
        return !base.equals(name) && ids().contains(base) ? Optional.of(base) : Optional.empty();
    }

    /**
     * The rubrics of a library, each compiled by the engine when first asked for and then kept; a skeleton (a rubric
     * there only to be extended, such as project-self-evaluation) is left out, as it has no form to fill.
     *
     * @param engine the engine that compiles them
     * @param library where they come from, such as {@code RubricLibrary.onClassPath(loader)}
     * @return the catalog
     */
    static RubricCatalog of(Engine engine, RubricLibrary library) {
        Map<String, CompiledRubric> compiled = new ConcurrentHashMap<>();
        return new RubricCatalog() {
            private volatile List<String> ids;

            @Override
            public List<String> ids() {
                if (ids == null) {
                    List<String> scorable = new java.util.ArrayList<>();
                    for (String id : library.ids()) {
                        if (!engine.isSkeleton(library, id)) { // nothing to fill in: it is there to be extended
                            scorable.add(id);
                        }
                    }
                    ids = List.copyOf(scorable);
                }
                return ids;
            }

            @Override
            public Optional<CompiledRubric> rubric(String id) {
                return ids().contains(id)
                        ? Optional.of(compiled.computeIfAbsent(id, key -> engine.loadRubric(library, key)))
                        : Optional.empty();
            }
        };
    }
}
