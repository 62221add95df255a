package org.jixiao.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
                        "org.jixiao.testkit",
                        "org.jixiao.indicators.funding",
                        "org.jixiao.indicators.management",
                        "org.jixiao.indicators.output",
                        "org.jixiao.indicators.satisfaction",
                        "org.jixiao.indicators.formula",
                        "org.jixiao.app.cli",
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

    /** A reviewer's round is built on what embedders get: the engine's public types, the SPI's value types. */
    @Test
    void the_review_uses_only_the_engines_public_api() {
        classes()
                .that()
                .resideInAnyPackage("org.jixiao.review..", "org.jixiao.batch..")
                .should()
                .onlyDependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "the JDK, Jackson's generator, the SPI or public engine types",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName()
                                        .startsWith("java")
                                || c.getPackageName().startsWith("com.fasterxml.jackson.core")
                                || c.getPackageName().startsWith("org.jixiao.spi")
                                || c.getPackageName().startsWith("org.jixiao.review")
                                || c.getPackageName().startsWith("org.jixiao.batch")
                                || c.getPackageName().equals("org.jixiao.engine")
                                        && c.getModifiers()
                                                .contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)))
                .check(JIXIAO);
    }

    /** Every public type of what embedders and plugin authors use says how far to rely on it (JUnit's @API). */
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
