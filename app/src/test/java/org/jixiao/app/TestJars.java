package org.jixiao.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jixiao.spi.SpiVersion;

/** Builds real plugin jars for tests: compiled from source against the SPI, or copied with another manifest. */
final class TestJars {

    /** The example plugin, as the reactor built it before the app. */
    static final Path EXAMPLE_PLUGIN =
            Path.of("..", "examples", "indicator-plugin", "target", "jixiao-example-elevator-plugin.jar");

    private TestJars() {}

    static Path examplePlugin() {
        if (!Files.isRegularFile(EXAMPLE_PLUGIN)) {
            throw new IllegalStateException(EXAMPLE_PLUGIN + " is missing: build from the root (mvn verify), which"
                    + " packages examples/indicator-plugin before app");
        }
        return EXAMPLE_PLUGIN;
    }

    /**
     * Compiles {@code sources} (class name to Java source) against the test class path into a jar with the
     * given resources and SPI version ({@code null}: none declared).
     */
    static Path compile(Path jar, Map<String, String> sources, Map<String, String> resources, String spiVersion)
            throws IOException {
        Path work = Files.createTempDirectory(jar.getParent(), "src");
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<String> files = new java.util.ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = work.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            files.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new java.util.ArrayList<>(
                List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"), "-proc:none"));
        arguments.addAll(files);
        if (javac.run(null, null, null, arguments.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("test plugin sources do not compile");
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest(spiVersion));
                Stream<Path> compiled = Files.walk(classes)) {
            for (Path file : compiled.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(
                        new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
            for (Map.Entry<String, String> resource : resources.entrySet()) {
                out.putNextEntry(new JarEntry(resource.getKey()));
                out.write(resource.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    /** A copy of {@code source} whose manifest declares {@code spiVersion} ({@code null}: none). */
    static Path withSpiVersion(Path source, Path copy, String spiVersion) throws IOException {
        try (JarInputStream in = new JarInputStream(Files.newInputStream(source));
                JarOutputStream out = new JarOutputStream(Files.newOutputStream(copy), manifest(spiVersion))) {
            for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                if (!entry.getName().equals(JarFile.MANIFEST_NAME)) {
                    out.putNextEntry(new JarEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
        return copy;
    }

    private static Manifest manifest(String spiVersion) {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (spiVersion != null) {
            manifest.getMainAttributes().putValue(SpiVersion.MANIFEST_ATTRIBUTE, spiVersion);
        }
        return manifest;
    }
}
