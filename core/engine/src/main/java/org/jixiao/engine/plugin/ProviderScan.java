package org.jixiao.engine.plugin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import org.jixiao.engine.problem.Problem;
import org.jixiao.engine.score.Guard;
import org.jixiao.engine.score.RegisteredType;
import org.jixiao.spi.IndicatorProvider;
import org.jixiao.spi.IndicatorType;
import org.jixiao.spi.SpiVersion;

/**
 * Finds the {@link IndicatorProvider}s on a class loader and lists their types, each provider in its
 * own guarded call: one stale services entry, broken or endless constructor is recorded with its class
 * and jar, and never hides the other providers.
 *
 * <p>Internal to the engine: public for its other rooms only, not API.
 */
public final class ProviderScan {

    /** The types found and the problems met. */
    public record Result(List<RegisteredType> types, List<Problem> problems) {}

    private ProviderScan() {}

    /**
     * @param loader where to look
     * @param where names the class loader in messages about classes that could not be loaded
     * @param sourceOf where a provider class came from
     * @param spiVersionOf the SPI version a provider class was built against
     * @param budget the time each call into a provider may take, or {@code null} for no limit
     */
    public static Result scan(
            ClassLoader loader,
            String where,
            Function<Class<?>, String> sourceOf,
            Function<Class<?>, String> spiVersionOf,
            Duration budget) {
        List<RegisteredType> types = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Iterator<ServiceLoader.Provider<IndicatorProvider>> providers;
        try {
            providers = Guard.call(loader, budget, () -> ServiceLoader.load(IndicatorProvider.class, loader).stream()
                    .iterator());
        } catch (Guard.Failure e) {
            problems.add(new Problem(where, null, null, "listing the indicator providers " + e.getMessage()));
            return new Result(types, problems);
        }
        for (int count = 0; count < 10_000; count++) {
            ServiceLoader.Provider<IndicatorProvider> found;
            try {
                found = Guard.call(loader, budget, () -> providers.hasNext() ? providers.next() : null);
            } catch (Guard.Failure e) {
                problems.add(new Problem(
                        where,
                        null,
                        null,
                        e.getCause() instanceof ServiceConfigurationError || e.getCause() instanceof LinkageError
                                ? describe(e.getCause())
                                : "finding the next indicator provider " + e.getMessage()));
                if (e.getCause() instanceof ServiceConfigurationError || e.getCause() instanceof LinkageError) {
                    continue;
                }
                break;
            }
            if (found == null) {
                break;
            }
            Class<?> type = found.type();
            IndicatorProvider provider;
            try {
                provider = Guard.call(loader, budget, found::get);
            } catch (Guard.Failure e) {
                problems.add(new Problem(
                        sourceOf.apply(type),
                        null,
                        null,
                        e.getCause() instanceof ServiceConfigurationError
                                ? describe(e.getCause())
                                : "provider " + type.getName() + " could not be created: it " + e.getMessage()));
                continue;
            }
            offer(provider, sourceOf.apply(type), spiVersionOf.apply(type), types, problems, budget);
        }
        return new Result(types, problems);
    }

    /** Lists one provider's types into {@code types}, or says in {@code problems} why it could not. */
    public static void offer(
            IndicatorProvider provider,
            String source,
            String spiVersion,
            List<RegisteredType> types,
            List<Problem> problems,
            Duration budget) {
        String incompatible = "undeclared".equals(spiVersion)
                ? "declares no SPI version; its jar's manifest needs " + SpiVersion.MANIFEST_ATTRIBUTE + ": "
                        + SpiVersion.CURRENT + " (the SPI version it was built against)"
                : SpiVersion.incompatibility(spiVersion).orElse(null);
        if (incompatible != null) {
            problems.add(new Problem(
                    source, null, null, "provider " + provider.getClass().getName() + " " + incompatible));
            return;
        }
        List<IndicatorType> offered;
        try {
            offered = Guard.call(provider.getClass().getClassLoader(), budget, provider::indicatorTypes);
        } catch (Guard.Failure e) {
            problems.add(new Problem(
                    source,
                    null,
                    null,
                    "provider " + provider.getClass().getName() + " failed to list its types: it " + e.getMessage()));
            return;
        }
        if (offered == null) {
            problems.add(new Problem(
                    source, null, null, "provider " + provider.getClass().getName() + " returned no list of types"));
            return;
        }
        for (IndicatorType type : offered) {
            if (type == null) {
                problems.add(new Problem(
                        source, null, null, "provider " + provider.getClass().getName() + " listed a null type"));
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
