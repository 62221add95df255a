package org.jixiao.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Duration;
import java.util.Set;
import org.jixiao.engine.Engine;
import org.jixiao.spi.IndicatorType;

/** The engine: every indicator type {@link java.util.ServiceLoader} finds, plus those bound in a Multibinder. */
final class EngineModule extends AbstractModule {

    /** No indicator of ours takes a millisecond; one that takes this long is stuck, not slow. */
    static final Duration SCORING_TIMEOUT = Duration.ofSeconds(10);

    @Override
    protected void configure() {
        JixiaoModule.indicatorTypes(binder());
    }

    @Provides
    @Singleton
    Engine engine(Set<IndicatorType> extraTypes) {
        Engine.Builder builder = Engine.builder().discover(EngineModule.class.getClassLoader())
                .scoringTimeout(SCORING_TIMEOUT);
        extraTypes.forEach(builder::addType);
        return builder.build();
    }
}
