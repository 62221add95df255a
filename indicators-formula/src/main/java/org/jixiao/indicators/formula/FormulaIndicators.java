package org.jixiao.indicators.formula;

import java.util.List;
import org.jixiao.spi.IndicatorProvider;
import org.jixiao.spi.IndicatorType;

/** The formula type, registered in {@code META-INF/services}. */
public final class FormulaIndicators implements IndicatorProvider {

    @Override
    public List<IndicatorType> indicatorTypes() {
        return List.of(new FormulaType());
    }
}
