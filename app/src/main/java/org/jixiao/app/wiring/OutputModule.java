package org.jixiao.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.jixiao.app.output.JsonResultWriter;
import org.jixiao.app.output.MarkdownWriter;
import org.jixiao.app.output.OutputFormat;
import org.jixiao.app.output.ResultWriter;
import org.jixiao.app.output.TableWriter;

/** The result writers, by {@link OutputFormat}. */
final class OutputModule extends AbstractModule {

    @Override
    protected void configure() {
        MapBinder<OutputFormat, ResultWriter> writers =
                MapBinder.newMapBinder(binder(), OutputFormat.class, ResultWriter.class);
        writers.addBinding(OutputFormat.table).to(TableWriter.class);
        writers.addBinding(OutputFormat.json).to(JsonResultWriter.class);
        writers.addBinding(OutputFormat.markdown).to(MarkdownWriter.class);
    }
}
