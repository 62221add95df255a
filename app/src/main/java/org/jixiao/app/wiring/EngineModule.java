package org.jixiao.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.util.Set;
import org.jixiao.engine.Engine;
import org.jixiao.spi.IndicatorType;

/** The engine: every indicator type {@link java.util.ServiceLoader} finds, plus those bound in a Multibinder. */
final class EngineModule extends AbstractModule {

    @Override
    protected void configure() {
        JixiaoModule.indicatorTypes(binder());
    }

    @Provides
    @Singleton
    Engine engine(Set<IndicatorType> extraTypes) {
        Engine.Builder builder = Engine.builder().discover(EngineModule.class.getClassLoader());
        extraTypes.forEach(builder::addType);
        return builder.build();
    }
}
