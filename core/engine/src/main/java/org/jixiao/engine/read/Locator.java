package org.jixiao.engine.read;

import java.util.List;
import java.util.Optional;
import org.jixiao.engine.problem.Origin;
import org.jixiao.engine.problem.Position;
import org.jixiao.engine.problem.Problem;
import org.jixiao.spi.Api;

/**
 * Finds where a path such as {@code facts.households.plan} stands in the file it was read from, so
 * that messages can give a line and column.
 *
 * @since 0.1
 */
@FunctionalInterface
@Api(status = Api.Status.STABLE, since = "0.1")
public interface Locator {

    /** For values built in code: no positions. */
    Locator NONE = path -> Optional.empty();

    /**
     * The position of the value at {@code path}.
     *
     * @param path a path as messages write it: {@code groups[1].indicators[0].weight}
     * @return its position, or empty if unknown
     */
    Optional<Position> at(String path);

    /**
     * The file, position and path where the value at {@code path} was written; for a merged rubric,
     * that may be another file than the one asked about.
     *
     * @param path a path as messages write it
     * @return its origin, or empty if unknown
     */
    default Optional<Origin> origin(String path) {
        return at(path).map(position -> new Origin(null, position, path));
    }

    /**
     * How values were read where they were not read plainly, each at its place: a workbook's cell formatted as a
     * percent and scaled, a formula calculated because it was saved without its result. Shown with the evaluation
     * so that nobody takes a converted figure for the one typed.
     *
     * @return the notes, in reading order; never {@code null}
     * @since 0.3
     */
    default List<Problem> notes() {
        return List.of();
    }

    /**
     * Places in a workbook: each path at its sheet and cell ({@code facts.households} at {@code 填报!F19}), so that a
     * message names the cell where a line and column would be; and the notes on how cells were read.
     *
     * @param source the workbook, for messages
     * @param cells each path's cell, such as {@code 填报!F19}; a path without a cell is left out
     * @param notes how cells were read where not plainly; may be empty
     * @return the locator
     * @since 0.5
     */
    static Locator cells(String source, java.util.Map<String, String> cells, List<Problem> notes) {
        java.util.Map<String, String> copy = new java.util.HashMap<>();
        cells.forEach((path, cell) -> {
            if (cell != null) {
                copy.put(path, cell);
            }
        });
        List<Problem> read = List.copyOf(notes);
        return new Locator() {
            @Override
            public Optional<Position> at(String path) {
                return Optional.empty();
            }

            @Override
            public Optional<Origin> origin(String path) {
                String cell = copy.get(path);
                return cell == null ? Optional.empty() : Optional.of(new Origin(source, null, cell));
            }

            @Override
            public List<Problem> notes() {
                return read;
            }
        };
    }
}
