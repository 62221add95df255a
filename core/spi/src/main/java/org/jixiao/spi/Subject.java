package org.jixiao.spi;

import java.util.Optional;

/**
 * Who and what is evaluated: the region, its level, the year and the program.
 *
 * @param region the region, such as {@code 驻马店市}; may be {@code null}
 * @param level the administrative level, such as {@code city} or {@code county}; may be {@code null}
 * @param year the evaluated year; may be {@code null}
 * @param program the evaluated program, such as {@code 城镇老旧小区改造}; may be {@code null}
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Subject(String region, String level, Integer year, String program) {

    /** A subject with nothing known about it. */
    public static final Subject UNKNOWN = new Subject(null, null, null, null);

    /**
     * The year, if known.
     *
     * @return the year, or empty
     */
    public Optional<Integer> knownYear() {
        return Optional.ofNullable(year);
    }
}
