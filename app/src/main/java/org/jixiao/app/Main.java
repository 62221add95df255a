package org.jixiao.app;

import java.io.PrintWriter;
import org.jixiao.app.cli.Cli;

/** Entry point of the {@code jixiao} command. */
public final class Main {

    /** Set once jixiao itself ends the run; a JVM shutting down before that was ended by someone else. */
    private static volatile boolean finished;

    private Main() {}

    public static void main(String[] args) {
        if (!java.util.Arrays.asList(args).contains("--verbose") && System.getProperty("slf4j.provider") == null) {
            // Nothing is logged below DEBUG, which only --verbose shows: without it, no logging back end is started
            // (Logback reads its XML configuration: ~50 ms of a ~0.4 s run)
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
        // a Chinese Windows console reads GBK: what a person reads there is written in it, and UTF-8 anywhere else
        java.nio.charset.Charset charset = org.jixiao.app.cli.ConsoleCharset.detect();
        PrintWriter out = new org.jixiao.app.cli.StandardOutput(System.out, charset);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, charset), true);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            if (!finished && !Cli.endsByStopping()) {
                                // Java has no sandbox: plugin code can call System.exit. It must not pass for a
                                // clean run (exit 0, no output), so the run ends as failed and says why. (A signal
                                // such as Ctrl-C lands here too.)
                                err.println(
                                        "jixiao: the run was ended before it finished (an indicator plugin called System.exit,"
                                                + " or the process was stopped); no result was written");
                                err.flush();
                                Runtime.getRuntime().halt(Cli.INTERNAL_ERROR);
                            }
                        },
                        "jixiao-exit-guard"));
        int code = Cli.run(args, out, err);
        out.flush();
        err.flush();
        finished = true;
        System.exit(code);
    }
}
