package org.jixiao.indicators.targets;

import java.util.List;
import org.jixiao.spi.IndicatorProvider;
import org.jixiao.spi.IndicatorType;

/** The project self-evaluation form's types, registered in {@code META-INF/services}. */
public final class TargetIndicators implements IndicatorProvider {

    @Override
    public List<IndicatorType> indicatorTypes() {
        return List.of(new TargetType(), new QualitativeTargetType(), new ExecutionRateType());
    }
}
