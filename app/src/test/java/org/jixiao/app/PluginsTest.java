package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jixiao.app.cli.Cli;
import org.jixiao.app.wiring.JixiaoModule;
import org.jixiao.engine.plugin.Plugin;
import org.jixiao.engine.plugin.Plugins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drop-in plugins with real jars: the example plugin, and jars built here to misbehave. */
class PluginsTest {

    private static final String SERVICES = "META-INF/services/org.jixiao.spi.IndicatorProvider";

    /** A provider offering one type with the given id, scoring full points. */
    private static Map<String, String> providerOffering(String typeId) {
        return Map.of(
                "test.plugin.Provider",
                """
                package test.plugin;
                import java.util.List;
                import org.jixiao.spi.*;
                public final class Provider implements IndicatorProvider {
                    public List<IndicatorType> indicatorTypes() {
                        return List.of(new IndicatorType() {
                            public String id() { return "%s"; }
                            public String name() { return "测试"; }
                            public List<FactSlot> facts() { return List.of(); }
                            public List<ParameterSpec> parameters() { return List.of(); }
                            public Indicator configure(IndicatorConfig c) { return f -> new Score(c.weight(), "。", List.of()); }
                        });
                    }
                }
                """
                        .formatted(typeId));
    }

    @TempDir
    Path dir;

    private Path plugins;

    @BeforeEach
    void makePluginsFolder() throws Exception {
        plugins = Files.createDirectory(dir.resolve("plugins"));
    }

    @Test
    void the_example_plugin_adds_a_type_that_a_rubric_uses_without_any_change_to_the_app() throws Exception {
        Files.copy(TestJars.examplePlugin(), plugins.resolve("elevator.jar"));
        Path rubric = Files.writeString(
                dir.resolve("elevators.yaml"),
                """
                id: example-elevators
                version: "1"
                total: 10
                grades: [{ grade: 优, min: 9 }, { grade: 差, min: 0 }]
                groups:
                  - id: output
                    name: 产出效益
                    weight: 10
                    indicators:
                      - { id: output.elevators, name: 加装电梯完成率, weight: 10, type: elevator-completion }
                """);
        Path submission = Files.writeString(
                dir.resolve("county.json"),
                """
                {"subject": {"region": "某县", "year": 2021}, "facts": {"elevators": {"plan": 40, "actual": 39}}}""");

        CliRun listed = CliRun.of("--plugins", plugins.toString(), "indicators");
        CliRun scored = CliRun.of(
                "evaluate",
                submission.toString(),
                "--rubric",
                rubric.toString(),
                "--plugins",
                plugins.toString(),
                "-f",
                "json");

        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out())
                .contains("elevator-completion  加装电梯完成率\n  from: " + plugins.resolve("elevator.jar") + "  (SPI 1.1)");
        assertThat(scored.exitCode()).as(scored.err()).isZero();
        // 1 / 40 = 2.5 points below plan: 2 whole points
        assertThat(scored.out())
                .contains("\"total\": 8,")
                .contains("\"reason\": \"2021年计划加装电梯40部，已完成39部，完成率97.5%，扣2分。\"");
    }

    @Test
    void the_plugins_folder_also_comes_from_the_environment() throws Exception {
        Files.copy(TestJars.examplePlugin(), plugins.resolve("elevator.jar"));
        StringWriter out = new StringWriter();

        int code = Cli.run(
                new String[] {"indicators"},
                new PrintWriter(out, true),
                new PrintWriter(new StringWriter()),
                new JixiaoModule(),
                name -> name.equals("JIXIAO_PLUGINS") ? plugins.toString() : null);

        assertThat(code).isZero();
        assertThat(out.toString()).contains("elevator-completion");
    }

    @Test
    void a_plugins_folder_in_the_working_directory_is_loaded_without_an_option() throws Exception {
        Files.copy(TestJars.examplePlugin(), plugins.resolve("elevator.jar"));
        StringWriter out = new StringWriter();

        int code = Cli.run(
                new String[] {"indicators"},
                new PrintWriter(out, true),
                new PrintWriter(new StringWriter()),
                new JixiaoModule(),
                name -> null,
                dir);
        StringWriter elsewhere = new StringWriter();
        Cli.run(
                new String[] {"indicators"},
                new PrintWriter(elsewhere, true),
                new PrintWriter(new StringWriter()),
                new JixiaoModule(),
                name -> null,
                plugins);

        assertThat(code).isZero();
        assertThat(out.toString()).contains("from: " + dir.resolve("plugins").resolve("elevator.jar"));
        assertThat(elsewhere.toString()).contains("plan-completion").doesNotContain("elevator-completion");
    }

    @Test
    void a_plugin_sees_only_the_spi_and_the_jdk_and_its_own_libraries() throws Exception {
        Files.copy(TestJars.examplePlugin(), plugins.resolve("elevator.jar"));

        Plugin plugin = Plugins.load(plugins).get(0);
        ClassLoader loader = plugin.types().get(0).type().getClass().getClassLoader();

        assertThat(plugin.ok()).isTrue();
        assertThat(loader.loadClass("org.jixiao.spi.IndicatorType")).isSameAs(org.jixiao.spi.IndicatorType.class);
        assertThat(loader.loadClass("org.apache.commons.text.StringSubstitutor").getClassLoader())
                .isSameAs(loader);
        assertThatThrownBy(() -> loader.loadClass("org.jixiao.engine.Engine"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> loader.loadClass("com.google.inject.Guice"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> loader.loadClass("com.fasterxml.jackson.core.JsonFactory"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void the_same_type_id_in_two_jars_names_both() throws Exception {
        Files.copy(TestJars.examplePlugin(), plugins.resolve("a-elevator.jar"));
        Files.copy(TestJars.examplePlugin(), plugins.resolve("b-elevator.jar"));

        CliRun run = CliRun.of("--plugins", plugins.toString(), "indicators");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("jixiao: invalid indicator types: " + plugins.resolve("b-elevator.jar")
                        + ": indicator type \"elevator-completion\" is offered twice: by"
                        + " org.jixiao.examples.elevator.ElevatorCompletionType (" + plugins.resolve("b-elevator.jar")
                        + ") and by org.jixiao.examples.elevator.ElevatorCompletionType ("
                        + plugins.resolve("a-elevator.jar")
                        + ")\n");
    }

    @Test
    void a_jar_offering_a_built_in_type_id_names_the_jar_and_the_built_in() throws Exception {
        TestJars.compile(
                plugins.resolve("impostor.jar"),
                providerOffering("plan-completion"),
                Map.of(SERVICES, "test.plugin.Provider\n"),
                "1.0");

        CliRun run = CliRun.of("--plugins", plugins.toString(), "indicators");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("jixiao: invalid indicator types: " + plugins.resolve("impostor.jar")
                        + ": indicator type \"plan-completion\" is offered twice: by test.plugin.Provider$1 ("
                        + plugins.resolve("impostor.jar") + ") and by org.jixiao.indicators.output.PlanCompletionType"
                        + " (jixiao-indicators-output");
    }

    @Test
    void a_plugin_built_for_another_spi_major_is_refused_naming_both_versions() throws Exception {
        TestJars.withSpiVersion(TestJars.examplePlugin(), plugins.resolve("future.jar"), "2.1");

        CliRun run = CliRun.of("--plugins", plugins.toString(), "indicators");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("jixiao: invalid indicator types: " + plugins.resolve("future.jar")
                        + ": plugin was built for SPI 2.1; this engine provides 1.4\n");
    }

    @Test
    void a_plugin_that_declares_no_spi_version_is_refused() throws Exception {
        TestJars.withSpiVersion(TestJars.examplePlugin(), plugins.resolve("anonymous.jar"), null);

        CliRun run = CliRun.of("--plugins", plugins.toString(), "indicators");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("jixiao: invalid indicator types: " + plugins.resolve("anonymous.jar")
                        + ": plugin declares no SPI version; its jar's manifest needs Jixiao-Spi-Version: 1.4 (the SPI"
                        + " version it was built against)\n");
    }

    @Test
    void a_jar_whose_services_name_a_missing_class_names_the_jar_and_the_class() throws Exception {
        TestJars.compile(
                plugins.resolve("stale.jar"),
                providerOffering("stale-type"),
                Map.of(SERVICES, "test.plugin.Provider\ntest.plugin.Gone\n"),
                "1.0");

        CliRun run = CliRun.of("--plugins", plugins.toString(), "indicators");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo(
                        "jixiao: invalid indicator types: " + plugins.resolve("stale.jar")
                                + ": ServiceConfigurationError: org.jixiao.spi.IndicatorProvider: Provider test.plugin.Gone not found\n");
    }

    @Test
    void a_provider_whose_constructor_throws_names_the_jar_and_the_class() throws Exception {
        TestJars.compile(
                plugins.resolve("broken.jar"),
                Map.of(
                        "test.plugin.Broken",
                        """
                package test.plugin;
                public final class Broken implements org.jixiao.spi.IndicatorProvider {
                    public Broken() { throw new IllegalStateException("no licence file"); }
                    public java.util.List<org.jixiao.spi.IndicatorType> indicatorTypes() { return java.util.List.of(); }
                }
                """),
                Map.of(SERVICES, "test.plugin.Broken\n"),
                "1.0");

        CliRun run = CliRun.of("--plugins", plugins.toString(), "indicators");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("jixiao: invalid indicator types: " + plugins.resolve("broken.jar")
                        + ": ServiceConfigurationError: org.jixiao.spi.IndicatorProvider: Provider test.plugin.Broken could"
                        + " not be instantiated; caused by IllegalStateException: no licence file\n");
    }

    @Test
    void every_bad_plugin_is_listed_at_once() throws Exception {
        TestJars.withSpiVersion(TestJars.examplePlugin(), plugins.resolve("future.jar"), "2.1");
        TestJars.withSpiVersion(TestJars.examplePlugin(), plugins.resolve("older-engine.jar"), "1.7");

        CliRun run = CliRun.of("--plugins", plugins.toString(), "indicators");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("jixiao: 2 problems in indicator types:\n")
                .contains("1. " + plugins.resolve("future.jar")
                        + ": plugin was built for SPI 2.1; this engine provides 1.4")
                .contains("2. " + plugins.resolve("older-engine.jar") + ": plugin was built for SPI 1.7; this engine"
                        + " provides 1.4");
    }

    @Test
    void skipping_bad_plugins_is_explicit_and_says_which_were_skipped() throws Exception {
        Files.copy(TestJars.examplePlugin(), plugins.resolve("a-elevator.jar"));
        TestJars.withSpiVersion(TestJars.examplePlugin(), plugins.resolve("b-future.jar"), "2.1");
        Files.copy(TestJars.examplePlugin(), plugins.resolve("c-duplicate.jar"));

        CliRun run = CliRun.of("--plugins", plugins.toString(), "--skip-bad-plugins", "indicators");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("from: " + plugins.resolve("a-elevator.jar"));
        assertThat(run.err().lines())
                .containsExactly(
                        "jixiao: warning: skipped plugin " + plugins.resolve("b-future.jar")
                                + ": plugin was built for SPI" + " 2.1; this engine provides 1.4",
                        "jixiao: warning: skipped plugin " + plugins.resolve("c-duplicate.jar") + ": indicator type"
                                + " \"elevator-completion\" is offered twice: by org.jixiao.examples.elevator.ElevatorCompletionType ("
                                + plugins.resolve("c-duplicate.jar")
                                + ") and by org.jixiao.examples.elevator.ElevatorCompletionType ("
                                + plugins.resolve("a-elevator.jar") + ")");
    }

    @Test
    void plugin_code_scores_with_its_own_class_loader_as_the_context_loader() throws Exception {
        TestJars.compile(
                plugins.resolve("context.jar"),
                Map.of(
                        "test.plugin.Provider",
                        """
                package test.plugin;
                import java.util.List;
                import org.jixiao.spi.*;
                public final class Provider implements IndicatorProvider {
                    public List<IndicatorType> indicatorTypes() {
                        return List.of(new IndicatorType() {
                            public String id() { return "context-check"; }
                            public String name() { return "测试"; }
                            public List<FactSlot> facts() { return List.of(); }
                            public List<ParameterSpec> parameters() { return List.of(); }
                            public Indicator configure(IndicatorConfig c) {
                                return f -> new Score(c.weight(), Thread.currentThread().getContextClassLoader()
                                        == Provider.class.getClassLoader() ? "own loader" : "other loader", List.of());
                            }
                        });
                    }
                }
                """),
                Map.of(SERVICES, "test.plugin.Provider\n"),
                "1.0");
        Path rubric = Files.writeString(
                dir.resolve("context.yaml"),
                """
                id: context
                version: "1"
                total: 1
                grades: [{ grade: 差, min: 0 }]
                groups:
                  - { id: g, name: 组, weight: 1, indicators: [{ id: g.a, name: 甲, weight: 1, type: context-check }] }
                """);
        Path submission = Files.writeString(dir.resolve("s.json"), "{\"facts\": {}}");

        CliRun run = CliRun.of(
                "--plugins",
                plugins.toString(),
                "evaluate",
                submission.toString(),
                "--rubric",
                rubric.toString(),
                "-f",
                "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"reason\": \"own loader\"");
    }

    @Test
    void a_missing_plugins_folder_is_bad_input() {
        CliRun run = CliRun.of("--plugins", dir.resolve("nowhere").toString(), "indicators");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("jixiao: invalid plugins: " + dir.resolve("nowhere") + ": no such plugins folder\n");
    }

    @Test
    void built_in_jars_declare_the_spi_version_the_engine_provides() {
        List<String> versions = CliRun.of("indicators")
                .out()
                .lines()
                .filter(l -> l.startsWith("  from: "))
                .map(l -> l.replaceAll(".*\\(SPI (.*)\\)$", "$1"))
                .distinct()
                .toList();
        assertThat(versions).containsExactly(org.jixiao.spi.SpiVersion.CURRENT);
    }

    @Test
    void a_class_path_provider_built_for_another_spi_is_refused_too() throws Exception {
        Path jar = TestJars.compile(
                dir.resolve("future-on-class-path.jar"),
                Map.of(
                        "test.cp.Provider",
                        """
                package test.cp;
                public final class Provider implements org.jixiao.spi.IndicatorProvider {
                    public java.util.List<org.jixiao.spi.IndicatorType> indicatorTypes() { return java.util.List.of(); }
                }
                """),
                Map.of(SERVICES, "test.cp.Provider\n"),
                "2.0");
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(
                new java.net.URL[] {jar.toUri().toURL()}, PluginsTest.class.getClassLoader())) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                            org.jixiao.engine.Engine.builder().discover(loader).build())
                    .isInstanceOf(org.jixiao.engine.problem.InputException.class)
                    .hasMessage("invalid indicator types: future-on-class-path.jar: provider test.cp.Provider was built"
                            + " for SPI 2.0; this engine provides 1.4");
        }
    }
}
