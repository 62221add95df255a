package org.jixiao.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering of jixiao, executable: each rule is named as the sentence it checks. */
class ArchitectureTest {

    /** Main classes of every module (the app's test class path holds them all, as folders or jars), no tests. */
    private static final JavaClasses JIXIAO = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.jixiao");

    @Test
    void every_module_is_imported() {
        org.assertj.core.api.Assertions.assertThat(
                        JIXIAO.stream().map(c -> c.getPackageName()).distinct())
                .contains(
                        "org.jixiao.spi",
                        "org.jixiao.spi.scoring",
                        "org.jixiao.engine",
                        "org.jixiao.engine.score",
                        "org.jixiao.testkit",
                        "org.jixiao.indicators.funding",
                        "org.jixiao.indicators.management",
                        "org.jixiao.indicators.output",
                        "org.jixiao.indicators.satisfaction",
                        "org.jixiao.indicators.formula",
                        "org.jixiao.app.cli",
                        "org.jixiao.web",
                        "org.jixiao.engine.form",
                        "org.jixiao.review");
    }

    @Test
    void spi_depends_only_on_the_jdk() {
        classes()
                .that()
                .resideInAPackage("org.jixiao.spi..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.jixiao.spi..")
                .check(JIXIAO);
    }

    @Test
    void families_use_only_the_spi() {
        classes()
                .that()
                .resideInAPackage("org.jixiao.indicators..")
                .and()
                .resideOutsideOfPackage("org.jixiao.indicators.formula..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.jixiao.spi..", "org.jixiao.indicators..")
                .check(JIXIAO);
    }

    /** The one exception: the formula type evaluates its expressions with EvalEx, the library chosen for it. */
    @Test
    void the_formula_family_uses_only_the_spi_and_its_expression_library() {
        classes()
                .that()
                .resideInAPackage("org.jixiao.indicators.formula..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..", "org.jixiao.spi..", "org.jixiao.indicators.formula..", "com.udojava.evalex..")
                .check(JIXIAO);
    }

    @Test
    void a_family_does_not_reach_into_another_family() {
        slices().matching("org.jixiao.indicators.(*)..")
                .should()
                .notDependOnEachOther()
                .check(JIXIAO);
    }

    /** The page is an edge like the Excel workbook: over the engine's API, never known by the engine. */
    @Test
    void the_engine_knows_nothing_of_its_formats_and_the_web() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.jixiao.spi..", "org.jixiao.engine..", "org.jixiao.review..", "org.jixiao.batch..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.jixiao.web..", "org.jixiao.io..", "org.jixiao.report..", "io.javalin..")
                .check(JIXIAO);
        noClasses()
                .that()
                .resideInAPackage("org.jixiao.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.jixiao.app..", "com.google.inject..", "picocli..")
                .check(JIXIAO);
    }

    @Test
    void core_does_not_depend_on_the_app_guice_or_picocli() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.jixiao.spi..", "org.jixiao.engine..", "org.jixiao.testkit..", "org.jixiao.review..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.jixiao.app..", "com.google.inject..", "jakarta.inject..", "picocli..", "ch.qos.logback..")
                .check(JIXIAO);
    }

    @Test
    void only_the_app_uses_guice() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.jixiao.app..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.google.inject..", "jakarta.inject..")
                .check(JIXIAO);
    }

    @Test
    void the_engine_does_not_know_the_families() {
        noClasses()
                .that()
                .resideInAnyPackage("org.jixiao.engine..", "org.jixiao.spi..", "org.jixiao.app..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.jixiao.indicators..")
                .check(JIXIAO);
    }

    /** A reviewer's round is built on what embedders get: the engine's API types, the SPI's value types. */
    @Test
    void the_review_uses_only_the_engines_public_api() {
        classes()
                .that()
                .resideInAnyPackage("org.jixiao.review..", "org.jixiao.batch..")
                .should()
                .onlyDependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "the JDK, Jackson's generator, the SPI or the engine's @Api types",
                        (JavaClass c) -> c.getPackageName().startsWith("java")
                                || c.getPackageName().startsWith("com.fasterxml.jackson.core")
                                || c.getPackageName().startsWith("org.jixiao.spi")
                                || c.getPackageName().startsWith("org.jixiao.review")
                                || c.getPackageName().startsWith("org.jixiao.batch")
                                || c.getPackageName().startsWith("org.jixiao.engine") && isApi(c)))
                .check(JIXIAO);
    }

    /**
     * The engine's rooms share some types among themselves that must be public for it (a tree node, the
     * compiler, the problem collector); they carry no {@code @Api}, and nothing outside the engine may use them:
     * the app, the formats and the examples go through the API.
     */
    @Test
    void nothing_outside_the_engine_uses_its_internals() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.jixiao.engine..")
                .should()
                .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "are engine types without @Api",
                        (JavaClass c) -> c.getPackageName().startsWith("org.jixiao.engine") && !isApi(c)))
                .check(JIXIAO);
    }

    /**
     * The data walks one way through the engine's rooms: problems and places, then reading, then submissions
     * and rubrics, then scoring, then programme sets, then JSON; plugins are loaded beside scoring, and a rubric's
     * form is read off a compiled rubric; the Engine is the front door over all of them, and only the rubric test
     * cases sit above it, as its first client.
     */
    @Test
    void the_engines_rooms_are_layered() {
        com.tngtech.archunit.library.Architectures.layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("problem")
                .definedBy("org.jixiao.engine.problem..")
                .layer("read")
                .definedBy("org.jixiao.engine.read..")
                .layer("submission")
                .definedBy("org.jixiao.engine.submission..")
                .layer("rubric")
                .definedBy("org.jixiao.engine.rubric..")
                .layer("score")
                .definedBy("org.jixiao.engine.score..")
                .layer("programme")
                .definedBy("org.jixiao.engine.programme..")
                .layer("json")
                .definedBy("org.jixiao.engine.json..")
                .layer("plugin")
                .definedBy("org.jixiao.engine.plugin..")
                .layer("front door")
                .definedBy("org.jixiao.engine")
                .layer("form")
                .definedBy("org.jixiao.engine.form..")
                .layer("cases")
                .definedBy("org.jixiao.engine.cases..")
                .whereLayer("form")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("cases")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("front door")
                .mayOnlyBeAccessedByLayers("cases")
                .whereLayer("json")
                .mayOnlyBeAccessedByLayers("front door", "cases")
                .whereLayer("plugin")
                .mayOnlyBeAccessedByLayers("front door", "cases")
                .whereLayer("programme")
                .mayOnlyBeAccessedByLayers("json", "front door", "cases")
                .whereLayer("score")
                .mayOnlyBeAccessedByLayers("programme", "json", "plugin", "form", "front door", "cases")
                .whereLayer("rubric")
                .mayOnlyBeAccessedByLayers("score", "programme", "json", "form", "front door", "cases")
                .whereLayer("submission")
                .mayOnlyBeAccessedByLayers("score", "programme", "json", "form", "front door", "cases")
                .whereLayer("read")
                .mayOnlyBeAccessedByLayers(
                        "submission", "rubric", "score", "programme", "json", "plugin", "form", "front door", "cases")
                .check(JIXIAO);
    }

    @Test
    void reading_knows_nothing_of_scoring_and_scoring_nothing_of_json_or_plugin_loading() {
        noClasses()
                .that()
                .resideInAnyPackage("org.jixiao.engine.problem..", "org.jixiao.engine.read..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.jixiao.engine.submission..", "org.jixiao.engine.rubric..", "org.jixiao.engine.score..")
                .check(JIXIAO);
        noClasses()
                .that()
                .resideInAPackage("org.jixiao.engine.score..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.jixiao.engine.json..", "org.jixiao.engine.plugin..")
                .check(JIXIAO);
    }

    @Test
    void the_engines_rooms_have_no_cycles() {
        slices().matching("org.jixiao.engine.(*)..").should().beFreeOfCycles().check(JIXIAO);
    }

    /** An engine type is API when it, or the top-level type it is nested in, carries {@code @Api}. */
    private static boolean isApi(JavaClass type) {
        JavaClass top = type;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top.isAnnotatedWith(org.jixiao.spi.Api.class);
    }

    /**
     * Every public type of what embedders and plugin authors use says how far to rely on it (JUnit's @API). In the
     * engine's rooms a public type without it is internal, kept from the outside by the rule above.
     */
    @Test
    void every_public_type_of_the_api_is_marked() {
        classes()
                .that()
                .resideInAnyPackage(
                        "org.jixiao.spi..",
                        "org.jixiao.engine",
                        "org.jixiao.review",
                        "org.jixiao.batch",
                        "org.jixiao.testkit")
                .and()
                .arePublic()
                .and()
                .areTopLevelClasses()
                .should()
                .beAnnotatedWith(org.jixiao.spi.Api.class)
                .check(JIXIAO);
    }

    /** The artifacts follow the class loaders: a plugin compiles against jixiao-spi, which holds the SPI alone. */
    @Test
    void the_spi_is_its_own_artifact_and_holds_only_the_spi() {
        classes()
                .that()
                .resideInAPackage("org.jixiao.spi..")
                .should(beLocatedIn("/core/spi/", "jixiao-spi"))
                .check(JIXIAO);
        classes()
                .that()
                .resideInAnyPackage("org.jixiao.engine..", "org.jixiao.review..", "org.jixiao.testkit..")
                .should(notBeLocatedIn("/core/spi/", "jixiao-spi"))
                .check(JIXIAO);
    }

    @Test
    void the_engine_does_not_depend_on_the_test_kit() {
        noClasses()
                .that()
                .resideInAnyPackage("org.jixiao.engine..", "org.jixiao.review..", "org.jixiao.spi..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.jixiao.testkit..")
                .check(JIXIAO);
    }

    private static com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass> beLocatedIn(
            String folder, String jar) {
        return new com.tngtech.archunit.lang.ArchCondition<>("be located in " + folder + " or " + jar + "*.jar") {
            @Override
            public void check(
                    com.tngtech.archunit.core.domain.JavaClass item, com.tngtech.archunit.lang.ConditionEvents events) {
                String uri = item.getSource()
                        .map(source -> source.getUri().toString())
                        .orElse("");
                if (!uri.contains(folder) && !uri.contains(jar)) {
                    events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(
                            item, item.getName() + " is in " + uri));
                }
            }
        };
    }

    private static com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass> notBeLocatedIn(
            String folder, String jar) {
        return new com.tngtech.archunit.lang.ArchCondition<>("not be located in " + folder + " or " + jar + "*.jar") {
            @Override
            public void check(
                    com.tngtech.archunit.core.domain.JavaClass item, com.tngtech.archunit.lang.ConditionEvents events) {
                String uri = item.getSource()
                        .map(source -> source.getUri().toString())
                        .orElse("");
                if (uri.contains(folder) || uri.contains(jar)) {
                    events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(
                            item, item.getName() + " is in " + uri));
                }
            }
        };
    }

    @Test
    void no_package_cycles() {
        slices().matching("org.jixiao.(**)").should().beFreeOfCycles().check(JIXIAO);
    }
}
