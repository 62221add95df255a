package org.jixiao.web.guard;

import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A request's uploaded files laid out in a private temporary folder for the APIs that read paths (the review, the
 * Excel reader), each named by its own file name only, a zip unpacked within bounds; {@link #close()} deletes
 * the folder, so nothing is kept after the response. What is refused (too many files, a file too large, a zip
 * that inflates too far, a nested zip) is said in Chinese and the rest is kept.
 */
public final class Uploads implements AutoCloseable {

    /** A zip entry may inflate at most this many times its compressed size: more is a zip bomb, not a workbook. */
    static final int MAX_RATIO = 100;

    private final Path folder;
    private final List<Path> files = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private final long maxFileBytes;
    private final int maxFiles;
    private final Texts texts;
    private long total;

    private Uploads(Path folder, long maxFileBytes, int maxFiles, Texts texts) {
        this.folder = folder;
        this.maxFileBytes = maxFileBytes;
        this.maxFiles = maxFiles;
        this.texts = texts;
    }

    /**
     * Lays out a request's files.
     *
     * @param uploaded the files as the request brought them
     * @param maxFileBytes the most one file (or one zip entry, inflated) may hold
     * @param maxFiles the most files in all, zip entries counted one by one
     * @param accepted the extensions kept, such as {@code .xlsx}; others are refused by name
     * @param texts the page's texts, for what is refused
     * @return the files, to be closed after the response
     */
    public static Uploads of(
            List<UploadedFile> uploaded, long maxFileBytes, int maxFiles, Set<String> accepted, Texts texts) {
        Path folder;
        try {
            folder = Files.createTempDirectory("jixiao-upload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Uploads uploads = new Uploads(folder, maxFileBytes, maxFiles, texts);
        try {
            for (UploadedFile file : uploaded) {
                String name = baseName(file.filename());
                if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                    try (InputStream in = file.content()) {
                        uploads.unzip(name, in, accepted);
                    }
                } else if (accepted.stream().anyMatch(name.toLowerCase(Locale.ROOT)::endsWith)) {
                    try (InputStream in = file.content()) {
                        uploads.keep(name, in);
                    }
                } else if (!name.isEmpty()) {
                    uploads.refused.add(texts.text("upload.notSubmission", name));
                }
            }
        } catch (IOException e) {
            uploads.close();
            throw new UncheckedIOException(e);
        }
        return uploads;
    }

    /**
     * The files kept, in the order they came.
     *
     * @return their paths in the private folder
     */
    public List<Path> files() {
        return List.copyOf(files);
    }

    /**
     * A message about the files with the private folder taken out, so that it names each file by its own name.
     *
     * @param message such as a refusal that names {@code /tmp/jixiao-upload…/上蔡县.xlsx}
     * @return the message naming {@code 上蔡县.xlsx}
     */
    public String shown(String message) {
        return message.replace(folder.toString() + java.io.File.separator, "").replace(folder.toString(), "");
    }

    /**
     * What was not kept, and why, in Chinese.
     *
     * @return one sentence a file
     */
    public List<String> refused() {
        return List.copyOf(refused);
    }

    private void unzip(String zipName, InputStream in, Set<String> accepted) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = baseName(entry.getName());
                if (entry.isDirectory()
                        || name.isEmpty()
                        || entry.getName().contains("__MACOSX")
                        || name.startsWith(".")
                        || name.startsWith("~$")) {
                    continue;
                }
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.endsWith(".zip")) {
                    refused.add(texts.text("upload.nestedZip", zipName, name));
                    continue;
                }
                if (accepted.stream().noneMatch(lower::endsWith)) {
                    continue;
                }
                long compressed = entry.getCompressedSize();
                if (!keep(name, new BoundedInput(zip, maxFileBytes, compressed))) {
                    refused.add(texts.text("upload.bomb", zipName, name));
                }
            }
        } catch (java.util.zip.ZipException e) {
            refused.add(texts.text("upload.badZip", zipName));
        }
    }

    /**
     * Copies one file in, within the bounds. {@code false} (nothing kept of it) when a zip entry passes its bound, for
     * the caller to say so; a file too large or past the count is refused here.
     */
    private boolean keep(String name, InputStream in) throws IOException {
        if (files.size() >= maxFiles) {
            refused.add(texts.text("upload.tooMany", maxFiles, name));
            return true;
        }
        byte[] bytes = in.readNBytes((int) Math.min(maxFileBytes + 1, Integer.MAX_VALUE - 8));
        boolean entry = in instanceof BoundedInput;
        if (bytes.length > maxFileBytes || entry && ((BoundedInput) in).tooFar()) {
            if (entry) {
                return false;
            }
            refused.add(texts.text("upload.tooLarge", name, maxFileBytes / (1024 * 1024)));
            return true;
        }
        if (total + bytes.length > maxFileBytes * 8) {
            refused.add(texts.text("upload.totalTooLarge", name));
            return true;
        }
        String unique = name;
        for (int i = 2; !names.add(unique.toLowerCase(Locale.ROOT)); i++) {
            unique = i + "-" + name;
        }
        Path target = folder.resolve(unique);
        total += bytes.length;
        Files.write(target, bytes);
        files.add(target);
        return true;
    }

    /** A file's own name, without any folder a browser or a zip put before it. */
    private static String baseName(String name) {
        if (name == null) {
            return "";
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .strip();
        return last.equals(".") || last.equals("..") ? "" : last;
    }

    /** Deletes the folder and everything in it. */
    @Override
    public void close() {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip entry's bytes, counted as they inflate: it stops past the file limit or past the ratio. */
    private static final class BoundedInput extends InputStream {
        private final InputStream in;
        private final long limit;
        private final long compressed;
        private long read;
        private boolean tooFar;

        BoundedInput(InputStream in, long maxBytes, long compressed) {
            this.in = in;
            this.compressed = compressed;
            long byRatio = compressed > 0 ? compressed * MAX_RATIO : maxBytes;
            this.limit = Math.min(maxBytes, Math.max(byRatio, 64 * 1024));
        }

        boolean tooFar() {
            return tooFar;
        }

        @Override
        public int read() throws IOException {
            if (read >= limit) {
                tooFar = true;
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                read++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (read >= limit) {
                if (in.read() >= 0) {
                    tooFar = true;
                }
                return -1;
            }
            int n = in.read(buffer, offset, (int) Math.min(length, limit - read));
            if (n > 0) {
                read += n;
            }
            return n;
        }
    }
}
