package org.jixiao.indicators.output;

import java.util.List;
import org.jixiao.spi.IndicatorProvider;
import org.jixiao.spi.IndicatorType;

/** The 产出效益 family's types, registered in {@code META-INF/services}. */
public final class OutputIndicators implements IndicatorProvider {

    @Override
    public List<IndicatorType> indicatorTypes() {
        return List.of(new PlanCompletionType(), new QualityIssuesType());
    }
}
