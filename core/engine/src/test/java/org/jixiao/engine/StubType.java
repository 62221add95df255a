package org.jixiao.engine;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.jixiao.spi.FactSlot;
import org.jixiao.spi.FactView;
import org.jixiao.spi.Indicator;
import org.jixiao.spi.IndicatorConfig;
import org.jixiao.spi.IndicatorType;
import org.jixiao.spi.ParameterSpec;
import org.jixiao.spi.Score;

/** A hand-written fake type: fixed slots and parameters, a check at configure time, scoring by a function. */
public record StubType(
        String id,
        List<FactSlot> facts,
        List<ParameterSpec> parameters,
        Consumer<IndicatorConfig> check,
        BiFunction<IndicatorConfig, FactView, Score> scoring)
        implements IndicatorType {

    /** A type that accepts any parameters. */
    public StubType(String id, List<FactSlot> facts, BiFunction<IndicatorConfig, FactView, Score> scoring) {
        this(id, facts, List.of(), config -> {}, scoring);
    }

    @Override
    public String name() {
        return "测试类型 " + id;
    }

    @Override
    public Indicator configure(IndicatorConfig config) {
        check.accept(config);
        return facts -> scoring.apply(config, facts);
    }
}
