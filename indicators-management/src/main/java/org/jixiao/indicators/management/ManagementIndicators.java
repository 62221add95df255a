package org.jixiao.indicators.management;

import java.util.List;
import org.jixiao.spi.IndicatorProvider;
import org.jixiao.spi.IndicatorType;

/** The 项目管理 family's types, registered in {@code META-INF/services}. */
public final class ManagementIndicators implements IndicatorProvider {

    @Override
    public List<IndicatorType> indicatorTypes() {
        return List.of(new PolicyDisclosureType(), new ReportTimelinessType(), new EvaluatorScoreType());
    }
}
