package org.jixiao.engine.problem;

import org.jixiao.spi.Api;

/**
 * Where a value was written: the file, the line and column, and its path in that file. For a rubric
 * that extends another, each value's origin is the file that last set it.
 *
 * @param source the file or resource name
 * @param position line and column, or {@code null} if unknown
 * @param path the value's path in that file
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Origin(String source, Position position, String path) {}
