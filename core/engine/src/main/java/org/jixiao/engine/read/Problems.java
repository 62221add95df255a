package org.jixiao.engine.read;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.problem.Origin;
import org.jixiao.engine.problem.Problem;

/**
 * Collects problems of one input so that all of them are reported at once.
 *
 * <p>Internal to the engine: public for its other rooms only, not API.
 */
public final class Problems {

    private final String what;
    private final String source;
    private final Locator locator;
    private final List<Problem> problems = new ArrayList<>();

    public Problems(String what, String source, Locator locator) {
        this.what = what;
        this.source = source;
        this.locator = locator;
    }

    public void at(Node node, String message) {
        problems.add(
                new Problem(node.source() == null ? source : node.source(), node.position(), node.path(), message));
    }

    /** A problem at {@code path}, placed in the file and at the line where that value was written. */
    public void at(String path, String message) {
        Origin origin = locator.origin(path).orElse(null);
        if (origin == null) {
            problems.add(new Problem(source, null, path, message));
        } else {
            problems.add(new Problem(
                    origin.source() == null ? source : origin.source(), origin.position(), origin.path(), message));
        }
    }

    /** Whether the source has a value at {@code path}: a problem there would name its line. */
    public boolean locates(String path) {
        return locator.origin(path).isPresent();
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(problems);
    }

    /** Throws if any problem was found. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InputException(what, problems);
        }
    }
}
