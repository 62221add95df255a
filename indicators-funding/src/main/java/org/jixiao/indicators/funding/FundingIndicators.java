package org.jixiao.indicators.funding;

import java.util.List;
import org.jixiao.spi.IndicatorProvider;
import org.jixiao.spi.IndicatorType;

/** The 资金管理 family's types, registered in {@code META-INF/services}. */
public final class FundingIndicators implements IndicatorProvider {

    @Override
    public List<IndicatorType> indicatorTypes() {
        return List.of(new FundingRaisingType(), new FundingAllocationType(), new FundingUseType());
    }
}
