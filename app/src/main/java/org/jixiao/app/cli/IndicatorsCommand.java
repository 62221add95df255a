package org.jixiao.app.cli;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jixiao.engine.Engine;
import org.jixiao.engine.score.RegisteredType;
import org.jixiao.spi.FactSlot;
import org.jixiao.spi.ParameterSpec;
import picocli.CommandLine.Command;

/** {@code jixiao indicators}: every known indicator type, what it reads and takes, and where it came from. */
@Command(
        name = "indicators",
        mixinStandardHelpOptions = true,
        description = "List the indicator types: id, name, facts, parameters and where each was loaded from.")
final class IndicatorsCommand implements Callable<Integer> {

    private final Provider<Engine> engine;
    private final PrintWriter out;

    @Inject
    IndicatorsCommand(Provider<Engine> engine, @Out PrintWriter out) {
        this.engine = engine;
        this.out = out;
    }

    @Override
    public Integer call() {
        for (RegisteredType registered : engine.get().types()) {
            out.println(registered.id() + "  " + registered.type().name());
            out.println("  from: " + registered.source() + "  (SPI " + registered.spiVersion() + ")");
            if (!registered.type().description().isEmpty()) {
                out.println("  " + registered.type().description());
            }
            out.println(
                    registered.type().facts().isEmpty()
                            ? "  facts: named by each rubric row, under facts:"
                            : "  facts:");
            for (FactSlot slot : registered.type().facts()) {
                out.println("    " + slot.slot() + "  " + slot.kind().name().toLowerCase(java.util.Locale.ROOT)
                        + (slot.unit().isEmpty() ? "" : " (" + slot.unit() + ")") + "  " + slot.label()
                        + slot.defaultFactName()
                                .map(f -> "  default fact: " + f)
                                .orElse("  bound by the rubric"));
            }
            out.println("  parameters:");
            for (ParameterSpec parameter : registered.type().parameters()) {
                out.println("    " + parameter.name() + "  "
                        + parameter.kind().name().toLowerCase(java.util.Locale.ROOT)
                        + (parameter.choices().isEmpty() ? "" : " " + parameter.choices())
                        + parameter
                                .defaultIfAny()
                                .map(d -> "  default " + display(d))
                                .orElse("  required")
                        + "  " + parameter.description());
            }
            out.println();
        }
        out.flush();
        return Cli.OK;
    }

    private static String display(Object value) {
        return value instanceof java.math.BigDecimal number
                ? org.jixiao.spi.scoring.Numbers.plain(number)
                : String.valueOf(value);
    }
}
