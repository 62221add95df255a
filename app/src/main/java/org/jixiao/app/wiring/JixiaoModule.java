package org.jixiao.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Binder;
import com.google.inject.multibindings.Multibinder;
import org.jixiao.spi.IndicatorType;

/**
 * The composition root: installs one module per concern — the engine and its indicator types, the
 * rubric repository, the output writers.
 *
 * <p>Embedders that use Guice install this module and add their own types:
 * <pre>{@code
 * Guice.createInjector(new JixiaoModule(), binder ->
 *         JixiaoModule.indicatorTypes(binder).addBinding().to(MyType.class));
 * }</pre>
 */
public final class JixiaoModule extends AbstractModule {

    /**
     * The set of indicator types added to the discovered ones.
     *
     * @param binder the binder of any module
     * @return the multibinder to add types to
     */
    public static Multibinder<IndicatorType> indicatorTypes(Binder binder) {
        return Multibinder.newSetBinder(binder, IndicatorType.class);
    }

    @Override
    protected void configure() {
        install(new EngineModule());
        install(new RubricModule());
        install(new OutputModule());
    }
}
