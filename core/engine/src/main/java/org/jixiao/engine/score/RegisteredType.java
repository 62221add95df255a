package org.jixiao.engine.score;

import static java.util.Objects.requireNonNull;

import org.jixiao.spi.Api;
import org.jixiao.spi.IndicatorType;
import org.jixiao.spi.SpiVersion;

/**
 * An indicator type known to an engine, and where it came from.
 *
 * @param type the type; never {@code null}
 * @param source where it was loaded from: a jar or class folder, or {@code registered in code};
 *     never {@code null}
 * @param spiVersion the SPI version its jar was built against, from the jar's manifest; for types
 *     registered in code or loaded from class folders, the engine's own {@link SpiVersion#CURRENT}
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record RegisteredType(IndicatorType type, String source, String spiVersion) {

    /** Checks the components. */
    public RegisteredType {
        requireNonNull(type, "type is null");
        requireNonNull(source, "source is null");
        requireNonNull(spiVersion, "spiVersion is null");
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
