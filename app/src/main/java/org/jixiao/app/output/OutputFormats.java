package org.jixiao.app.output;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.engine.problem.InputException;

/**
 * The format of a command's output, from {@code --format} or else from {@code -o}'s extension, in every command alike:
 * {@code -o 指标表.xlsx} writes a workbook, {@code -o result.json} JSON; an extension that disagrees with
 * {@code --format}, or names a format the command does not write, is refused before anything is read.
 */
public final class OutputFormats {

    /** Extensions of formats a command may be asked for by mistake; any other unknown one (.out, .log) is text. */
    private static final Set<String> OTHER_FORMATS = Set.of("docx", "doc", "html", "htm", "xls", "pdf", "csv", "wps");

    private OutputFormats() {}

    /**
     * The format to write.
     *
     * @param command the command, for messages, such as {@code evaluate}
     * @param given {@code --format}, or {@code null} when not given
     * @param output {@code -o}, or {@code null} for standard output
     * @param allowed the formats the command writes
     * @param folder whether {@code -o} may name a folder (review writes one file per submission)
     * @return the format; never {@code null}
     * @throws InputException naming the option and the extension when they disagree or the command cannot
     */
    public static OutputFormat resolve(
            String command, OutputFormat given, Path output, Set<OutputFormat> allowed, boolean folder) {
        String ext = extension(output);
        boolean isFolder = output != null && (Files.isDirectory(output) || folder && ext.isEmpty());
        OutputFormat named = isFolder ? null : ofExtension(ext);
        if (!isFolder && named == null && OTHER_FORMATS.contains(ext)) {
            // a document format jixiao writes elsewhere, or not at all: never text under its name
            throw refusal(command, output, ext, allowed);
        }
        if (named != null && !allowed.contains(named)) {
            throw refusal(command, output, ext, allowed);
        }
        if (given != null && named != null && given != named) {
            throw InputException.of(
                    "usage",
                    "-o " + output.getFileName(),
                    "the file's extension ." + ext + " says " + named + ", but --format says " + given
                            + "; give --format " + named + ", or name the file ." + extensionOf(given));
        }
        if (given != null) {
            return given;
        }
        return named != null ? named : OutputFormat.table;
    }

    /** The extension a format's file takes. */
    public static String extensionOf(OutputFormat format) {
        return switch (format) {
            case table -> "txt";
            case json -> "json";
            case markdown -> "md";
            case xlsx -> "xlsx";
        };
    }

    private static OutputFormat ofExtension(String ext) {
        return switch (ext) {
            case "txt" -> OutputFormat.table;
            case "json" -> OutputFormat.json;
            case "md", "markdown" -> OutputFormat.markdown;
            case "xlsx" -> OutputFormat.xlsx;
            default -> null;
        };
    }

    private static InputException refusal(String command, Path output, String ext, Set<OutputFormat> allowed) {
        String writes =
                EnumSet.copyOf(allowed).stream().map(f -> "." + extensionOf(f)).collect(Collectors.joining(", "));
        String hint =
                switch (ext) {
                    case "docx",
                            "html",
                            "htm" -> "; Word and HTML drafts are written by jixiao report (jixiao report INPUT -o "
                            + output.getFileName() + ")";
                    case "xls" -> "; the old .xls format is not written: name the file .xlsx, which Excel, WPS and"
                            + " LibreOffice open";
                    default -> "";
                };
        return InputException.of(
                "usage",
                "-o " + output.getFileName(),
                "jixiao " + command + " does not write ." + ext + " files; it writes " + writes + hint);
    }

    private static String extension(Path output) {
        if (output == null || output.getFileName() == null) {
            return "";
        }
        String name = output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
