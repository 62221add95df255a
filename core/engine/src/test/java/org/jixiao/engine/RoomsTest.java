package org.jixiao.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine stays a set of small rooms a newcomer can read: no package over 15 classes, and no class over 450
 * lines unless it says why in a "Why this file is long" note (the package graph itself is checked by ArchUnit in the
 * app's ArchitectureTest).
 */
class RoomsTest {

    private static final Path ENGINE = Path.of("src/main/java/org/jixiao/engine");

    @Test
    void no_room_holds_more_than_fifteen_classes() throws IOException {
        Map<String, Long> sizes;
        try (Stream<Path> files = Files.walk(ENGINE)) {
            sizes = files.filter(RoomsTest::isClass)
                    .collect(Collectors.groupingBy(
                            file -> ENGINE.relativize(file.getParent()).toString(),
                            TreeMap::new,
                            Collectors.counting()));
        }
        assertThat(sizes).containsKeys("", "read", "rubric", "score", "submission");
        assertThat(sizes).allSatisfy((room, classes) -> assertThat(classes)
                .as("classes in org.jixiao.engine.%s", room)
                .isLessThanOrEqualTo(15));
    }

    @Test
    void a_long_class_says_why() throws IOException {
        List<String> unexplained;
        try (Stream<Path> files = Files.walk(ENGINE)) {
            unexplained = files.filter(RoomsTest::isClass)
                    .filter(file -> {
                        try {
                            List<String> lines = Files.readAllLines(file);
                            return lines.size() > 450
                                    && lines.stream().noneMatch(line -> line.contains("Why this file is long"));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(file -> ENGINE.relativize(file).toString())
                    .sorted()
                    .toList();
        }
        assertThat(unexplained).as("classes over 450 lines without a reason").isEmpty();
    }

    private static boolean isClass(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".java") && !name.equals("package-info.java");
    }
}
