package org.jixiao.engine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import org.jixiao.spi.IndicatorProvider;
import org.jixiao.spi.IndicatorType;

/**
 * Finds the {@link IndicatorProvider}s on a class loader and lists their types, each provider in its
 * own try/catch: one stale services entry or broken constructor is recorded with its class and jar,
 * and never hides the other providers.
 */
final class ProviderScan {

    /** The types found and the problems met. */
    record Result(List<RegisteredType> types, List<Problem> problems) {
    }

    private ProviderScan() {
    }

    /**
     * @param loader where to look
     * @param where names the class loader in messages about classes that could not be loaded
     * @param sourceOf where a provider class came from
     * @param spiVersionOf the SPI version a provider class was built against
     */
    static Result scan(ClassLoader loader, String where, Function<Class<?>, String> sourceOf,
            Function<Class<?>, String> spiVersionOf) {
        List<RegisteredType> types = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            Iterator<IndicatorProvider> providers = ServiceLoader.load(IndicatorProvider.class, loader).iterator();
            for (int guard = 0; guard < 10_000; guard++) {
                IndicatorProvider provider;
                try {
                    if (!providers.hasNext()) {
                        break;
                    }
                    provider = providers.next();
                } catch (ServiceConfigurationError | LinkageError e) {
                    problems.add(new Problem(where, null, null, describe(e)));
                    continue;
                }
                offer(provider, sourceOf.apply(provider.getClass()), spiVersionOf.apply(provider.getClass()),
                        types, problems);
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
        return new Result(types, problems);
    }

    /** Lists one provider's types into {@code types}, or says in {@code problems} why it could not. */
    static void offer(IndicatorProvider provider, String source, String spiVersion, List<RegisteredType> types,
            List<Problem> problems) {
        List<IndicatorType> offered;
        try {
            offered = provider.indicatorTypes();
        } catch (RuntimeException | LinkageError e) {
            problems.add(new Problem(source, null, null, "provider " + provider.getClass().getName()
                    + " failed to list its types: " + describe(e)));
            return;
        }
        if (offered == null) {
            problems.add(new Problem(source, null, null,
                    "provider " + provider.getClass().getName() + " returned no list of types"));
            return;
        }
        for (IndicatorType type : offered) {
            if (type == null) {
                problems.add(new Problem(source, null, null,
                        "provider " + provider.getClass().getName() + " listed a null type"));
            } else {
                types.add(new RegisteredType(type, source, spiVersion));
            }
        }
    }

    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName());
        if (e.getMessage() != null) {
            text.append(": ").append(e.getMessage());
        }
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append("; caused by ").append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                text.append(": ").append(cause.getMessage());
            }
        }
        return text.toString();
    }
}
