package org.jixiao.app.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jixiao.engine.InputException;
import org.jixiao.engine.Problem;

/** Writes a file whole or not at all: a temporary file beside it, then a rename over it. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    public static void write(Path target, String content) {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Path temporary = null;
        if (directory != null && !Files.isDirectory(directory)) {
            throw new InputException("output", new Problem(target.toString(), null, null, "the folder "
                    + (target.getParent() == null ? directory : target.getParent()) + " does not exist"));
        }
        try {
            if (Files.isDirectory(absolute)) {
                throw new IOException("it is a directory");
            }
            temporary = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException e) {
            throw new InputException("output", new Problem(target.toString(), null, null,
                    "cannot write the output file: " + (e.getMessage() == null ? e.toString() : e.getMessage())));
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the temporary file is hidden and named after the target; nothing more to do
                }
            }
        }
    }
}
