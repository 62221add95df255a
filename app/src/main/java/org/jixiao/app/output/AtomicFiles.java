package org.jixiao.app.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jixiao.engine.problem.InputException;

/** Writes a file whole or not at all: a temporary file beside it, then a rename over it. */
public final class AtomicFiles {

    /** The file that marks a folder as written by jixiao, so that a rerun may replace it. */
    static final String MARKER = ".jixiao-output";

    private AtomicFiles() {}

    /**
     * Writes a folder of files whole or not at all: every file into a temporary folder beside it, then one
     * rename. {@code folder} must not exist, be empty, or be a folder an earlier run wrote (it is replaced).
     *
     * @param folder the folder to write
     * @param files contents by relative path ({@code a/b.json}), in the order to write them
     */
    public static void writeTree(Path folder, java.util.Map<String, String> files, java.util.Collection<Path> inputs) {
        Path target = folder.toAbsolutePath().normalize();
        for (Path input : inputs) {
            if (input.toAbsolutePath().normalize().startsWith(target)) {
                throw InputException.of(
                        "output",
                        folder.toString(),
                        "cannot write the output" + " folder: it holds an input of this run (" + input
                                + "); write the result elsewhere");
            }
        }
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw InputException.of("output", folder.toString(), "the folder " + parent + " does not exist");
        }
        try {
            if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.isDirectory(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException("it exists and is not a folder");
                }
                try (java.util.stream.Stream<Path> entries = Files.list(target)) {
                    if (entries.findAny().isPresent() && !Files.exists(target.resolve(MARKER))) {
                        throw new IOException("the folder exists and holds files jixiao did not write; give a new or"
                                + " empty folder");
                    }
                }
            }
        } catch (IOException e) {
            throw InputException.of("output", folder.toString(), "cannot write the output folder: " + e.getMessage());
        }
        Path temporary = null;
        Path old = null;
        try {
            temporary = createNew(parent, "." + target.getFileName() + ".", "", true);
            Files.writeString(temporary.resolve(MARKER), "written by jixiao; a rerun replaces this folder\n");
            for (java.util.Map.Entry<String, String> file : files.entrySet()) {
                Path path = temporary.resolve(file.getKey()).normalize();
                if (!path.startsWith(temporary)) {
                    throw new IOException("refusing to write outside the folder: " + file.getKey());
                }
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
            if (Files.exists(target)) {
                old = parent.resolve("." + target.getFileName() + ".old-" + System.nanoTime());
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
        } catch (IOException e) {
            if (old != null && !Files.exists(target)) {
                try {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                    old = null;
                } catch (IOException ignored) {
                    // the earlier output stays under its hidden name
                }
            }
            throw InputException.of(
                    "output",
                    folder.toString(),
                    "cannot write the output folder: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        } finally {
            deleteTree(temporary);
            deleteTree(old);
        }
    }

    private static void deleteTree(Path root) {
        if (root == null) {
            return;
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // hidden and named after the target; nothing more to do
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }

    /**
     * Writes a file whole or not at all: a temporary file beside it, then a rename over it. A symbolic link
     * is written through (its target is replaced); a device, a pipe or a folder is refused, and so is any of
     * {@code inputs}. A new file gets the permissions the umask gives; an existing file keeps its own.
     *
     * @param target the file to write
     * @param content the whole content
     * @param inputs the files this run reads, which it must not overwrite
     */
    public static void write(Path target, String content, Path... inputs) {
        write(target, content.getBytes(StandardCharsets.UTF_8), inputs);
    }

    /** The file to write: a link followed; a device, a pipe, a folder or an input refused. */
    private static Path resolve(Path target, Path... inputs) {
        Path file = target.toAbsolutePath();
        try {
            if (Files.isSymbolicLink(file)) {
                if (!Files.exists(file)) {
                    throw refusal(
                            target,
                            "it is a symbolic link to " + Files.readSymbolicLink(file) + ", which does not exist");
                }
                file = file.toRealPath();
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw refusal(
                        target,
                        Files.isDirectory(file)
                                ? "it is a directory"
                                : "it is not a regular file (a device or a pipe); give the path of a file");
            }
            for (Path input : inputs) {
                if (input != null && Files.exists(file) && Files.exists(input) && Files.isSameFile(file, input)) {
                    throw refusal(target, "it is an input of this run (" + input + "); write the result elsewhere");
                }
            }
        } catch (IOException e) {
            throw refusal(target, e.getMessage() == null ? e.toString() : e.getMessage());
        }
        return file;
    }

    /**
     * Writes bytes whole or not at all, as {@link #write(Path, String, Path...)} writes text.
     *
     * @param target the file to write
     * @param content the whole content
     * @param inputs the files this run reads, which it must not overwrite
     */
    public static void write(Path target, byte[] content, Path... inputs) {
        replace(target, temporary -> Files.write(temporary, content), inputs);
    }

    /** Fills a temporary file. */
    private interface Filler {
        void fill(Path temporary) throws IOException;
    }

    /**
     * The one way a file is replaced: filled as a hidden temporary file beside it (the old file's permissions kept,
     * else the umask's), renamed over it when complete; on failure nothing is left behind.
     */
    private static void replace(Path target, Filler filler, Path... inputs) {
        Path file = resolve(target, inputs);
        Path directory = file.getParent();
        if (directory != null && !Files.isDirectory(directory)) {
            throw InputException.of(
                    "output",
                    target.toString(),
                    "the folder " + (target.getParent() == null ? directory : target.getParent()) + " does not exist");
        }
        Path temporary = null;
        try {
            temporary = createNew(directory, "." + file.getFileName() + ".", ".tmp", false);
            filler.fill(temporary);
            if (Files.exists(file)) {
                keepPermissions(file, temporary);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException e) {
            throw refusal(target, e.getMessage() == null ? e.toString() : e.getMessage());
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

    private static InputException refusal(Path target, String why) {
        return InputException.of("output", target.toString(), "cannot write the output file: " + why);
    }

    /**
     * A new, empty file or folder with a random name, created with the permissions the umask gives (unlike
     * {@link Files#createTempFile}, which makes every file 0600).
     */
    private static Path createNew(Path directory, String prefix, String suffix, boolean folder) throws IOException {
        java.security.SecureRandom random = new java.security.SecureRandom();
        for (int attempt = 0; ; attempt++) {
            Path candidate = directory.resolve(prefix + Long.toUnsignedString(random.nextLong(), 36) + suffix);
            try {
                return folder ? Files.createDirectory(candidate) : Files.createFile(candidate);
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                if (attempt > 100) {
                    throw taken;
                }
            }
        }
    }

    private static void keepPermissions(Path from, Path to) {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (UnsupportedOperationException | IOException notPosix) {
            // not a POSIX file system: the new file keeps the permissions it was created with
        }
    }

    /** Writes what a writer is given, streamed. */
    public interface Content {
        /** Writes the whole content to {@code out}. */
        void writeTo(java.io.Writer out) throws IOException;
    }

    /**
     * Streams a file whole or not at all: into a temporary file beside it (permissions from the umask), renamed
     * over it when the content is complete; on failure nothing is left.
     *
     * @param target the file to write
     * @param content what to write
     * @param inputs the files this run reads, which it must not overwrite
     */
    public static void stream(Path target, Content content, Path... inputs) {
        streamBytes(
                target,
                out -> {
                    // a strict encoder, as Files.newBufferedWriter has: a character it cannot write fails the run
                    java.io.Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder());
                    content.writeTo(writer);
                    writer.flush();
                },
                inputs);
    }

    /** Content written as bytes. */
    public interface ByteContent {
        /** Writes the whole content to {@code out}. */
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /**
     * Streams bytes to a file whole or not at all, as {@link #stream(Path, Content, Path...)} does text.
     *
     * @param target the file to write
     * @param content what to write
     * @param inputs the files this run reads, which it must not overwrite
     */
    public static void streamBytes(Path target, ByteContent content, Path... inputs) {
        replace(
                target,
                temporary -> {
                    try (java.io.OutputStream out =
                            new java.io.BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                        content.writeTo(out);
                    }
                },
                inputs);
    }
}
