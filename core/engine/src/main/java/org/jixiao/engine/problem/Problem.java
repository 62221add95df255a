package org.jixiao.engine.problem;

import static java.util.Objects.requireNonNull;

import org.jixiao.spi.Api;

/**
 * One thing wrong with an input: where it is and what was expected.
 *
 * @param source the file or resource name; never {@code null}
 * @param position line and column, or {@code null} if unknown
 * @param path where in the document, such as {@code facts.households.plan}; {@code null} or empty for
 *     the document as a whole
 * @param message what is wrong and what was expected; never {@code null}
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Problem(String source, Position position, String path, String message) {

    /** Checks the components. */
    public Problem {
        requireNonNull(source, "source is null");
        requireNonNull(message, "message is null");
    }

    /**
     * The problem as one line: {@code file:line:column: path: message}.
     *
     * @return the line
     */
    public String format() {
        StringBuilder line = new StringBuilder(source);
        if (position != null) {
            line.append(':').append(position);
        }
        line.append(": ");
        if (path != null && !path.isEmpty()) {
            line.append(path).append(": ");
        }
        return line.append(message).toString();
    }
}
