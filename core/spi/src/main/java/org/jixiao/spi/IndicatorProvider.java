package org.jixiao.spi;

import java.util.List;

/**
 * Entry point of a jar of indicator types, found with {@link java.util.ServiceLoader}.
 *
 * <p>Implementations need a public no-argument constructor and must be listed in
 * {@code META-INF/services/org.jixiao.spi.IndicatorProvider}. One provider per jar is the norm; it
 * returns every type the jar offers.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface IndicatorProvider {

    /**
     * The indicator types this provider offers.
     *
     * @return the types, never {@code null}; each with a distinct {@link IndicatorType#id()}
     */
    List<IndicatorType> indicatorTypes();
}
