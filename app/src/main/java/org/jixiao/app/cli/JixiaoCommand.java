package org.jixiao.app.cli;

import jakarta.inject.Inject;
import java.nio.file.Path;
import org.jixiao.app.wiring.RunOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code jixiao} command. */
@Command(
        name = "jixiao",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Scores fiscal performance evaluations (财政资金绩效评价) from versioned rubrics.",
        footer = {"", "Exit codes: 0 success, 1 internal error or failed indicator, 2 bad input."})
public final class JixiaoCommand implements java.util.concurrent.Callable<Integer> {

    /**
     * The subcommands by name, in the order help lists them. Added by {@link Cli} — all of them, or only the one a
     * run names first, so that a run does not build every command's model.
     */
    static final java.util.Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static java.util.Map<String, Class<?>> subcommands() {
        java.util.Map<String, Class<?>> commands = new java.util.LinkedHashMap<>();
        for (Class<?> command : java.util.List.of(
                EvaluateCommand.class,
                ReviewCommand.class,
                BatchCommand.class,
                TemplateCommand.class,
                ReportCommand.class,
                RubricCommand.class,
                IndicatorsCommand.class,
                ServeCommand.class)) {
            commands.put(command.getAnnotation(Command.class).name(), command);
        }
        return java.util.Collections.unmodifiableMap(commands);
    }

    @Option(
            names = "--verbose",
            scope = ScopeType.INHERIT,
            description = "Log what jixiao does to stderr, and show stack traces of errors.")
    boolean verbose;

    /** The languages of jixiao's messages. */
    enum Language {
        zh,
        en
    }

    @Option(
            names = "--lang",
            paramLabel = "zh|en",
            scope = ScopeType.INHERIT,
            description = "The language of messages: zh (中文) or en. Default: the system's language (zh on a Chinese"
                    + " Windows), else en. Results, reasons and reports are always Chinese.")
    Language language;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final RunOptions options;

    @Inject
    JixiaoCommand(RunOptions options) {
        this.options = options;
    }

    @Option(
            names = "--plugins",
            paramLabel = "DIR",
            scope = ScopeType.INHERIT,
            description = "Load indicator types from the jars in DIR, each in its own class loader."
                    + " Default: $JIXIAO_PLUGINS, else ./plugins when it exists.")
    void plugins(Path folder) {
        options.plugins(folder);
    }

    @Option(
            names = "--skip-bad-plugins",
            scope = ScopeType.INHERIT,
            description = "Leave out a plugin that cannot be loaded, with a warning, instead of failing.")
    void skipBadPlugins(boolean skip) {
        options.skipBadPlugins(skip);
    }

    @Option(
            names = "--plugin-timeout",
            paramLabel = "SECONDS",
            scope = ScopeType.INHERIT,
            description = "The time each call into indicator code may take, when loading and when scoring, before it"
                    + " is abandoned and reported. Default: 10.")
    void pluginTimeout(java.math.BigDecimal seconds) {
        if (seconds.signum() <= 0 || seconds.compareTo(java.math.BigDecimal.valueOf(3600)) > 0) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(),
                    "--plugin-timeout: expected seconds greater than 0 and at most 3600, got "
                            + seconds.toPlainString());
        }
        options.pluginTimeout(
                java.time.Duration.ofMillis(seconds.movePointRight(3).longValue())
                        .plusNanos(1));
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("jixiao: missing command");
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.BAD_INPUT;
    }
}
