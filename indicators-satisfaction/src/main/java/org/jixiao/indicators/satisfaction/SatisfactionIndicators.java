package org.jixiao.indicators.satisfaction;

import java.util.List;
import org.jixiao.spi.IndicatorProvider;
import org.jixiao.spi.IndicatorType;

/** The 服务对象满意度 family's types, registered in {@code META-INF/services}. */
public final class SatisfactionIndicators implements IndicatorProvider {

    @Override
    public List<IndicatorType> indicatorTypes() {
        return List.of(new ResidentSatisfactionType());
    }
}
