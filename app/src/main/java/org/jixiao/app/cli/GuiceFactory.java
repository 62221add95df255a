package org.jixiao.app.cli;

import com.google.inject.Injector;
import picocli.CommandLine;

/** Lets Guice construct jixiao's commands; picocli's own helper classes come from its default factory. */
final class GuiceFactory implements CommandLine.IFactory {

    private final Injector injector;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    GuiceFactory(Injector injector) {
        this.injector = injector;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type.getName().startsWith("org.jixiao.")) {
            return injector.getInstance(type);
        }
        return fallback.create(type);
    }
}
