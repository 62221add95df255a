package org.jixiao.engine.plugin;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import org.jixiao.engine.Engine;
import org.jixiao.engine.problem.Problem;
import org.jixiao.engine.score.RegisteredType;
import org.jixiao.spi.Api;

/**
 * One drop-in plugin: a jar (or a folder of jars) of indicator types loaded in a class loader of its
 * own, with what it offered and what went wrong. Add it to an engine with
 * {@link Engine.Builder#addPlugin(Plugin)}.
 *
 * @param location the jar or folder; never {@code null}
 * @param spiVersion the SPI version it declares, or {@code null} if it declares none
 * @param types the types it offers, each with this plugin's location as source; never {@code null}
 * @param problems why it cannot be used; empty when it loaded cleanly; never {@code null}
 * @since 0.1
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record Plugin(Path location, String spiVersion, List<RegisteredType> types, List<Problem> problems) {

    /** Checks the components and copies the lists. */
    public Plugin {
        requireNonNull(location, "location is null");
        types = List.copyOf(types);
        problems = List.copyOf(problems);
    }

    /**
     * Whether the plugin loaded without problems.
     *
     * @return {@code true} if it has no problems
     */
    public boolean ok() {
        return problems.isEmpty();
    }
}
