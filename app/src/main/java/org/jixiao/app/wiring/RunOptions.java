package org.jixiao.app.wiring;

import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * What the command line says about how to build the engine: where plugins are and whether bad ones are
 * skipped. Filled in by the CLI before the engine is first needed; an embedder's injector leaves it empty,
 * so that only the types on the class path and those bound in code are used.
 */
@Singleton
public final class RunOptions {

    private Path plugins;
    private boolean skipBadPlugins;
    private Consumer<String> warnings = message -> {};
    private java.time.Duration pluginTimeout = EngineModule.PLUGIN_TIMEOUT;

    /** The time each call into indicator code may take, at load and at scoring. */
    public java.time.Duration pluginTimeout() {
        return pluginTimeout;
    }

    /** Sets the time each call into indicator code may take. */
    public void pluginTimeout(java.time.Duration budget) {
        this.pluginTimeout = budget;
    }

    /** The plugins folder, or {@code null} for none. */
    public Path plugins() {
        return plugins;
    }

    public void plugins(Path folder) {
        this.plugins = folder;
    }

    /** Whether a plugin that cannot be loaded is skipped with a warning instead of failing the run. */
    public boolean skipBadPlugins() {
        return skipBadPlugins;
    }

    public void skipBadPlugins(boolean skip) {
        this.skipBadPlugins = skip;
    }

    /** Where warnings about skipped plugins go. */
    public Consumer<String> warnings() {
        return warnings;
    }

    public void warnings(Consumer<String> sink) {
        this.warnings = sink;
    }
}
