package org.jixiao.engine.rubric;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.spi.Api;

/**
 * The one path policy for rubric files named inside other files (a submission's {@code rubric:}, a
 * rubric's {@code extends:}): relative, and inside a root folder — the folder of the file the user gave —
 * even after symbolic links are followed. A county's submission cannot make a reviewer's jixiao read
 * (and print) another file; a rubric anywhere else is given on the command line.
 *
 * @since 0.2
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.2")
public final class RubricPaths {

    private RubricPaths() {}

    /**
     * The file {@code reference} names, relative to {@code from}, if it stays inside {@code root}.
     *
     * @param root the folder references may not leave; never {@code null}
     * @param from the folder the reference is relative to (inside {@code root}); never {@code null}
     * @param reference the path as written, such as {@code rubrics/province-2021.yaml}
     * @return the resolved file
     * @throws IllegalArgumentException with a message for the user when it is absolute or leaves the root
     */
    public static Path resolve(Path root, Path from, String reference) {
        Path written = Path.of(reference);
        if (written.isAbsolute()
                || reference.startsWith("/")
                || reference.startsWith("\\")
                || reference.contains(":")) {
            throw new IllegalArgumentException("the rubric path " + reference + " is absolute; a file may name a rubric"
                    + " only by a path relative to itself, inside its own folder, or a built-in rubric by id; give any"
                    + " other rubric on the command line (--rubric PATH)");
        }
        Path base = root.toAbsolutePath().normalize();
        Path file = from.toAbsolutePath().normalize().resolve(written).normalize();
        boolean inside = file.startsWith(base);
        if (inside && Files.exists(file)) {
            try {
                inside = file.toRealPath().startsWith(base.toRealPath());
            } catch (IOException e) {
                inside = false;
            }
        }
        if (!inside) {
            throw new IllegalArgumentException("the rubric path " + reference + " leaves the folder of the file that"
                    + " names it; a file may name a rubric only inside its own folder, or a built-in rubric by id; give"
                    + " any other rubric on the command line (--rubric PATH)");
        }
        return file;
    }
}
