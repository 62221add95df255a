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
        int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true), module);
        return new CliRun(code, out.toString(), err.toString());
    }
}
