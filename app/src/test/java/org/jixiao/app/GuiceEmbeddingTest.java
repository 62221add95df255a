package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.util.List;
import org.jixiao.app.wiring.JixiaoModule;
import org.jixiao.engine.Engine;
import org.jixiao.spi.FactSlot;
import org.jixiao.spi.Indicator;
import org.jixiao.spi.IndicatorConfig;
import org.jixiao.spi.IndicatorType;
import org.jixiao.spi.ParameterSpec;
import org.jixiao.spi.Score;
import org.junit.jupiter.api.Test;

/** Systems that already use Guice install the app's module and add their own types with a Multibinder. */
class GuiceEmbeddingTest {

    /** A type a host system adds in code. */
    static final class FixedType implements IndicatorType {
        @Override
        public String id() {
            return "fixed-points";
        }

        @Override
        public String name() {
            return "固定得分";
        }

        @Override
        public List<FactSlot> facts() {
            return List.of();
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of();
        }

        @Override
        public Indicator configure(IndicatorConfig config) {
            return facts -> new Score(config.weight(), "固定。", List.of());
        }
    }

    @Test
    void an_embedder_adds_a_type_beside_the_discovered_ones() {
        Injector injector = Guice.createInjector(
                new JixiaoModule(),
                binder -> JixiaoModule.indicatorTypes(binder).addBinding().to(FixedType.class));

        Engine engine = injector.getInstance(Engine.class);

        assertThat(engine.types()).extracting(t -> t.id()).contains("fixed-points", "plan-completion");
        assertThat(engine.type("fixed-points").orElseThrow().source()).startsWith("registered in code");
        assertThat(injector.getInstance(Engine.class)).isSameAs(engine);
    }

    @Test
    void the_cli_runs_with_the_embedders_module() {
        CliRun run = CliRun.with(
                binder -> {
                    binder.install(new JixiaoModule());
                    JixiaoModule.indicatorTypes(binder).addBinding().to(FixedType.class);
                },
                "indicators");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("fixed-points  固定得分\n  from: registered in code");
    }
}
