package org.jixiao.examples.elevator;

import java.util.List;
import org.jixiao.spi.IndicatorProvider;
import org.jixiao.spi.IndicatorType;

/** The plugin's entry point, listed in {@code META-INF/services/org.jixiao.spi.IndicatorProvider}. */
public final class ElevatorPlugin implements IndicatorProvider {

    @Override
    public List<IndicatorType> indicatorTypes() {
        return List.of(new ElevatorCompletionType());
    }
}
