package org.jixiao.engine.rubric;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rubrics listed in {@code META-INF/jixiao/rubrics/index.txt} on a class path. Immutable. */
final class ClassPathRubrics implements RubricLibrary {

    static final String DIRECTORY = "META-INF/jixiao/rubrics/";

    private final Map<String, URL> rubrics;

    ClassPathRubrics(ClassLoader loader) {
        Map<String, URL> found = new LinkedHashMap<>();
        try {
            Enumeration<URL> indexes = loader.getResources(DIRECTORY + "index.txt");
            for (URL index : Collections.list(indexes)) {
                for (String line : read(index).lines().map(String::strip).toList()) {
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        found.putIfAbsent(line.replaceFirst("\\.(yaml|yml|json)$", ""), new URL(index, line));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the built-in rubrics", e);
        }
        this.rubrics = Collections.unmodifiableMap(found);
    }

    @Override
    public Optional<Text> find(String id) {
        URL url = rubrics.get(id);
        return url == null ? Optional.empty() : Optional.of(new Text(id + ".yaml (built-in)", read(url)));
    }

    @Override
    public Optional<Text> cases(String id) {
        URL url = rubrics.get(id);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URL cases = new URL(url, id + ".cases.yaml");
            return Optional.of(new Text(id + ".cases.yaml (built-in)", read(cases)));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<String> ids() {
        return List.copyOf(rubrics.keySet());
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in rubric " + url, e);
        }
    }
}
