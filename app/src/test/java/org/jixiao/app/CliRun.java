package org.jixiao.app;

import com.google.inject.Module;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.jixiao.app.cli.Cli;
import org.jixiao.app.wiring.JixiaoModule;

/** Runs the CLI in-process through its picocli entry point and captures what it prints. */
record CliRun(int exitCode, String out, String err) {

    /** The project's copy of the acceptance example. */
    static final Path ZHUMADIAN = Path.of("..", "examples", "zhumadian-2020.json");

    static CliRun of(String... args) {
        return with(new JixiaoModule(), args);
    }

    static CliRun with(Module module, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(language(args), new PrintWriter(out, true), new PrintWriter(err, true), module);
        record(err.toString());
        return new CliRun(code, out.toString(), err.toString());
    }

    /**
     * For translators: with {@code -Djixiao.test.lang=zh} every run is made in Chinese and what it printed on stderr
     * is kept in {@code target/stderr-zh.txt}, to find what is still English (tests that read English then fail).
     */
    private static String[] language(String[] args) {
        String language = System.getProperty("jixiao.test.lang");
        if (language == null) {
            return args;
        }
        String[] all = new String[args.length + 2];
        all[0] = "--lang";
        all[1] = language;
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }

    private static synchronized void record(String err) {
        if (System.getProperty("jixiao.test.lang") == null || err.isEmpty()) {
            return;
        }
        try {
            java.nio.file.Files.writeString(
                    Path.of("target", "stderr-zh.txt"),
                    err,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
