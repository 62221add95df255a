package org.jixiao.engine.problem;

import org.jixiao.spi.Api;

/**
 * A place in a source file, both numbers counted from 1.
 *
 * @param line the line
 * @param column the column, in characters
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Position(int line, int column) {

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
