package org.jixiao.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.engine.Engine;
import org.jixiao.engine.plugin.Plugin;
import org.jixiao.engine.plugin.Plugins;
import org.jixiao.engine.problem.Problem;
import org.jixiao.spi.IndicatorType;

/**
 * The engine: every indicator type {@link java.util.ServiceLoader} finds on the class path, those bound
 * in a Multibinder, and the drop-in plugins of {@link RunOptions#plugins()}.
 */
final class EngineModule extends AbstractModule {

    /** No indicator of ours takes a millisecond; one that takes this long is stuck, not slow. */
    static final Duration PLUGIN_TIMEOUT = Duration.ofSeconds(10);

    @Override
    protected void configure() {
        JixiaoModule.indicatorTypes(binder());
    }

    @Provides
    @Singleton
    Engine engine(Set<IndicatorType> extraTypes, RunOptions options) {
        Engine.Builder builder =
                Engine.builder().scoringTimeout(options.pluginTimeout()).discover(EngineModule.class.getClassLoader());
        extraTypes.forEach(builder::addType);
        if (options.plugins() != null) {
            addPlugins(builder, Plugins.load(options.plugins(), options.pluginTimeout()), options);
        }
        return builder.build();
    }

    /**
     * Strict by default: every problem of every plugin fails the build, listed at once. With
     * {@code --skip-bad-plugins}, a plugin that cannot be loaded, or that offers a type id already
     * taken, is left out whole and named in a warning — scores never change silently.
     */
    private static void addPlugins(Engine.Builder builder, List<Plugin> plugins, RunOptions options) {
        if (!options.skipBadPlugins()) {
            plugins.forEach(builder::addPlugin);
            return;
        }
        for (Plugin plugin : plugins) {
            List<Problem> problems = builder.addPluginIfSound(plugin);
            if (!problems.isEmpty()) {
                options.warnings()
                        .accept("skipped plugin " + plugin.location() + ": "
                                + problems.stream().map(Problem::message).collect(Collectors.joining("; ")));
            }
        }
    }
}
