package org.jixiao.engine.plugin;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.problem.Problem;
import org.jixiao.spi.Api;
import org.jixiao.spi.IndicatorProvider;
import org.jixiao.spi.SpiVersion;

/**
 * Loads drop-in plugins from a folder: each {@code *.jar} in it is one plugin, and so is each
 * sub-folder (all its jars together, for a plugin that ships its libraries beside it). Every plugin
 * gets a class loader of its own that exposes only the SPI and the JDK.
 *
 * <p>A plugin must declare the SPI version it was built against in its manifest
 * ({@value SpiVersion#MANIFEST_ATTRIBUTE}); an incompatible one is not loaded. Nothing here throws for
 * a bad plugin: its problems are in {@link Plugin#problems()}, so that the caller decides between
 * failing (the CLI's default) and skipping it with a warning.
 *
 * @since 0.1
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class Plugins {

    private Plugins() {}

    /**
     * Loads every plugin in a folder, in file-name order.
     *
     * @param folder the plugins folder
     * @return the plugins, each with its types or its problems
     * @throws InputException if the folder does not exist or cannot be read
     */
    public static List<Plugin> load(Path folder) {
        return load(folder, null);
    }

    /**
     * Loads every plugin in a folder, in file-name order, giving each call into plugin code (a provider's
     * constructor, its list of types) a time budget: a plugin that hangs is reported, not waited on.
     *
     * @param folder the plugins folder
     * @param budget the time each call may take, or {@code null} for no limit
     * @return the plugins, each with its types or its problems
     * @throws InputException if the folder does not exist or cannot be read
     * @since 0.2
     */
    public static List<Plugin> load(Path folder, java.time.Duration budget) {
        if (!Files.isDirectory(folder)) {
            throw InputException.of("plugins", folder.toString(), "no such plugins folder");
        }
        List<Path> entries;
        try (Stream<Path> listing = Files.list(folder)) {
            entries = listing.sorted().toList();
        } catch (IOException e) {
            throw InputException.of("plugins", folder.toString(), "cannot list the plugins folder: " + e.getMessage());
        }
        List<Plugin> plugins = new ArrayList<>();
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                List<Path> jars = jarsIn(entry);
                if (!jars.isEmpty()) {
                    plugins.add(load(entry, jars, budget));
                }
            } else if (isJar(entry)) {
                plugins.add(load(entry, List.of(entry), budget));
            }
        }
        return plugins;
    }

    private static Plugin load(Path location, List<Path> jars, java.time.Duration budget) {
        String name = location.toString();
        List<Problem> problems = new ArrayList<>();
        String declared = null;
        for (Path jar : jars) {
            try (JarFile file = new JarFile(jar.toFile())) {
                Manifest manifest = file.getManifest();
                String version =
                        manifest == null ? null : manifest.getMainAttributes().getValue(SpiVersion.MANIFEST_ATTRIBUTE);
                if (version != null && declared == null) {
                    declared = version.strip();
                }
            } catch (IOException e) {
                problems.add(new Problem(jar.toString(), null, null, "not a readable jar: " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            return new Plugin(location, declared, List.of(), problems);
        }
        if (declared == null) {
            return new Plugin(
                    location,
                    null,
                    List.of(),
                    List.of(new Problem(
                            name,
                            null,
                            null,
                            "plugin declares no SPI version; its jar's manifest needs " + SpiVersion.MANIFEST_ATTRIBUTE
                                    + ": " + SpiVersion.CURRENT + " (the SPI version it was built against)")));
        }
        String incompatible = SpiVersion.incompatibility(declared).orElse(null);
        if (incompatible != null) {
            return new Plugin(
                    location, declared, List.of(), List.of(new Problem(name, null, null, "plugin " + incompatible)));
        }
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = jars.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalStateException("a file path is always a URL: " + jars.get(i), e);
            }
        }
        PluginClassLoader loader = new PluginClassLoader(
                "jixiao-plugin " + location.getFileName(), urls, IndicatorProvider.class.getClassLoader());
        String version = declared;
        ProviderScan.Result found = ProviderScan.scan(loader, name, type -> name, type -> version, budget);
        if (found.types().isEmpty() && found.problems().isEmpty()) {
            return new Plugin(
                    location,
                    declared,
                    List.of(),
                    List.of(new Problem(
                            name,
                            null,
                            null,
                            "plugin offers no indicator types: no META-INF/services/"
                                    + IndicatorProvider.class.getName() + " lists a provider")));
        }
        return new Plugin(location, declared, found.types(), found.problems());
    }

    private static List<Path> jarsIn(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(Plugins::isJar).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean isJar(Path file) {
        return Files.isRegularFile(file)
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar");
    }
}
