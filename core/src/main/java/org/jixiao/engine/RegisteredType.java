package org.jixiao.engine;

import static java.util.Objects.requireNonNull;

import org.jixiao.spi.IndicatorType;

/**
 * An indicator type known to an engine, and where it came from.
 *
 * @param type the type; never {@code null}
 * @param source where it was loaded from: a jar or class folder, or {@code registered in code};
 *     never {@code null}
 * @since 0.1
 */
public record RegisteredType(IndicatorType type, String source) {

    /** Checks the components. */
    public RegisteredType {
        requireNonNull(type, "type is null");
        requireNonNull(source, "source is null");
    }

    /**
     * The type's id.
     *
     * @return the id
     */
    public String id() {
        return type.id();
    }
}
