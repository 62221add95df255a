package org.jixiao.app.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import com.google.inject.Stage;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.jixiao.app.wiring.JixiaoModule;
import org.jixiao.app.wiring.RunOptions;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.problem.Suggestions;
import org.jixiao.engine.problem.Translator;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Runs the {@code jixiao} command line: wires the application, parses the arguments, and turns
 * exceptions into the documented exit codes (0 success, 1 internal error or failed indicator,
 * 2 bad input or usage).
 */
public final class Cli {

    /** Set by a command that runs until it is stopped ({@code serve}): Ctrl+C is then its normal end. */
    private static volatile boolean endsByStopping;

    /**
     * Whether the running command ends when it is stopped, so that a signal is no failure.
     *
     * @return {@code true} while {@code serve} runs
     */
    public static boolean endsByStopping() {
        return endsByStopping;
    }

    static void runUntilStopped() {
        endsByStopping = true;
    }

    /** The Chinese wording of the commands' help. */
    static final String HELP = "org.jixiao.app.cli.help";

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;

    private Cli() {}

    /** Runs one command with the application's own wiring. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, new JixiaoModule());
    }

    /** Runs one command with the given wiring, for tests and embedders that add types. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Module module) {
        return run(args, out, err, module, System::getenv);
    }

    /** Runs one command with the given wiring and environment variables. */
    public static int run(
            String[] args, PrintWriter out, PrintWriter err, Module module, Function<String, String> environment) {
        return run(args, out, err, module, environment, Path.of(""));
    }

    /** Runs one command as if started in {@code workingDir}, where {@code ./plugins} is looked for. */
    public static int run(
            String[] args,
            PrintWriter out,
            PrintWriter err,
            Module module,
            Function<String, String> environment,
            Path workingDir) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        Translator translator = translator(args);
        PrintWriter messages = TranslatingWriter.wrap(err, translator);
        try {
            return execute(args, out, messages, module, environment, workingDir, verbose, translator);
        } catch (OutOfMemoryError e) {
            return outOfMemory(e, messages, verbose);
        } finally {
            messages.flush();
        }
    }

    /**
     * The language of the messages: {@code --lang zh|en}, else the system's (Chinese on a Chinese Windows). Read here,
     * before picocli, so that picocli's own messages about the command line are translated too; picocli checks the
     * value.
     */
    static Translator translator(String[] args) {
        String language = Locale.getDefault().getLanguage();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            } else if (args[i].equals("--lang") && i + 1 < args.length) {
                language = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                language = args[i].substring("--lang=".length());
            }
        }
        return language.equals("zh") ? Translator.chinese() : Translator.english();
    }

    /** Running out of memory, here or on a worker thread (then it is the cause of what the worker's task threw). */
    private static int outOfMemory(Throwable e, PrintWriter err, boolean verbose) {
        // what the run held is garbage now: there is room for one message
        err.println("jixiao: out of memory: the Java heap holds at most "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB; the run stopped and wrote no output"
                + " file. Give Java more memory, such as JIXIAO_JAVA_OPTS=-Xmx4g, or score fewer files at once"
                + " (batch streams any number of lines in bounded memory)");
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return INTERNAL_ERROR;
    }

    private static int execute(
            String[] args,
            PrintWriter out,
            PrintWriter err,
            Module module,
            Function<String, String> environment,
            Path workingDir,
            boolean verbose,
            Translator translator) {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            // Logback, as the app ships; an embedder's class path may bind SLF4J to something else
            root.setLevel(verbose ? Level.DEBUG : Level.WARN);
        }
        Injector injector = Guice.createInjector(Stage.DEVELOPMENT, module, binder -> {
            binder.bind(PrintWriter.class).annotatedWith(Out.class).toInstance(out);
            binder.bind(PrintWriter.class).annotatedWith(Err.class).toInstance(err);
        });
        RunOptions options = injector.getInstance(RunOptions.class);
        options.plugins(defaultPlugins(environment, workingDir));
        options.warnings(message -> err.println("jixiao: warning: " + message));
        CommandLine commandLine = new CommandLine(JixiaoCommand.class, new GuiceFactory(injector));
        // a run that starts with a command's name parses the same with that command alone (the top level takes no
        // positional arguments); anything else — help, options first, a typo — gets every command
        Class<?> named = args.length > 0 ? JixiaoCommand.SUBCOMMANDS.get(args[0]) : null;
        if (named != null) {
            commandLine.addSubcommand(named);
        } else {
            for (Class<?> command : JixiaoCommand.SUBCOMMANDS.values()) {
                commandLine.addSubcommand(command);
            }
        }
        if (translator.locale().getLanguage().equals("zh")) {
            // the help in Chinese: picocli reads descriptions from this bundle before the annotations' English
            commandLine.setResourceBundle(ResourceBundle.getBundle(HELP, Locale.CHINESE));
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        // Classes, not lambdas, for picocli's handlers here: the launcher's start-up archive resolves the lambdas it
        // saw at archiving time, which links picocli's interfaces, and Java 17 leaves linked classes compiled for Java
        // 5 (picocli's) out of the archive — CommandLine itself with them
        commandLine.setExecutionExceptionHandler(new CommandLine.IExecutionExceptionHandler() {
            @Override
            public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
                return handle(e, err, verbose);
            }
        });
        commandLine.setParameterExceptionHandler(new CommandLine.IParameterExceptionHandler() {
            @Override
            public int handleParseException(CommandLine.ParameterException e, String[] arguments) {
                return badArguments(e, err);
            }
        });
        return commandLine.execute(args);
    }

    /** A command line picocli cannot parse: its message, the closest option or command, and where help is. */
    private static int badArguments(CommandLine.ParameterException e, PrintWriter err) {
        CommandLine command = e.getCommandLine();
        err.println("jixiao: " + e.getMessage());
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> known = command.getCommandSpec().options().stream()
                    .flatMap(option -> Arrays.stream(option.names()))
                    .toList();
            unmatched.getUnmatched().stream()
                    .filter(arg -> arg.startsWith("-"))
                    .map(arg -> arg.replaceFirst("=.*", ""))
                    .forEach(arg -> Suggestions.closest(arg, known)
                            .ifPresent(option -> err.println("Did you mean " + option + "?")));
            if (!command.getSubcommands().isEmpty()
                    && !unmatched.getUnmatched().isEmpty()
                    && !unmatched.getUnmatched().get(0).startsWith("-")) {
                // a mistyped command: the closest of the commands at this level
                Suggestions.closest(
                                unmatched.getUnmatched().get(0),
                                List.copyOf(command.getSubcommands().keySet()))
                        .ifPresent(name -> err.println("Did you mean " + name + "?"));
            }
        }
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return BAD_INPUT;
    }

    /** $JIXIAO_PLUGINS, else ./plugins when it exists; --plugins overrides either. */
    private static Path defaultPlugins(Function<String, String> environment, Path workingDir) {
        String variable = environment.apply("JIXIAO_PLUGINS");
        if (variable != null && !variable.isBlank()) {
            return Path.of(variable);
        }
        Path local = workingDir.resolve("plugins");
        return Files.isDirectory(local) ? local : null;
    }

    private static int handle(Exception thrown, PrintWriter err, boolean verbose) {
        Throwable e = thrown;
        // Guice wraps what a provider throws (the engine is built lazily, by a provider)
        while ((e instanceof ProvisionException || e instanceof CreationException) && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof InputException input) {
            err.println("jixiao: " + input.getMessage());
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return BAD_INPUT;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return outOfMemory(e, err, verbose);
            }
        }
        err.println("jixiao: internal error: " + e + "");
        err.println("This is a bug in jixiao or in an indicator plugin; please report it with the input files"
                + (verbose ? "." : " and the output of the same command with --verbose."));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return INTERNAL_ERROR;
    }
}
