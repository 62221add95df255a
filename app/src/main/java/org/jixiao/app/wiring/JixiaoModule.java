package org.jixiao.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import java.util.Set;
import org.jixiao.app.output.JsonResultWriter;
import org.jixiao.app.output.MarkdownWriter;
import org.jixiao.app.output.OutputFormat;
import org.jixiao.app.output.ResultWriter;
import org.jixiao.app.output.TableWriter;
import org.jixiao.engine.Engine;
import org.jixiao.spi.IndicatorType;

/**
 * The composition root: the engine with every indicator type found on the class path plus any bound
 * with {@link #indicatorTypes}, and the output writers by format.
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
    public static Multibinder<IndicatorType> indicatorTypes(com.google.inject.Binder binder) {
        return Multibinder.newSetBinder(binder, IndicatorType.class);
    }

    @Override
    protected void configure() {
        indicatorTypes(binder());
        MapBinder<OutputFormat, ResultWriter> writers =
                MapBinder.newMapBinder(binder(), OutputFormat.class, ResultWriter.class);
        writers.addBinding(OutputFormat.table).to(TableWriter.class);
        writers.addBinding(OutputFormat.json).to(JsonResultWriter.class);
        writers.addBinding(OutputFormat.markdown).to(MarkdownWriter.class);
    }

    @Provides
    @Singleton
    Engine engine(Set<IndicatorType> extraTypes) {
        Engine.Builder builder = Engine.builder().discover(JixiaoModule.class.getClassLoader());
        extraTypes.forEach(builder::addType);
        return builder.build();
    }
}
