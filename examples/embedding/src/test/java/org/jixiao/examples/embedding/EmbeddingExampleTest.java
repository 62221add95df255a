package org.jixiao.examples.embedding;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

    @Test
    void the_example_runs_and_scores_without_the_app_and_logs_nothing_at_info() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
        try {
            EmbeddingExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), java.nio.file.Path.of(".."));
        } finally {
            System.setErr(stderr);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(logged.toString(StandardCharsets.UTF_8))
                .as("slf4j-simple logs INFO and above to stderr")
                .isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Class.forName("org.jixiao.app.Main"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThat(out)
                .contains("built-in [henan-2020-old-community, project-self-evaluation]: 驻马店市 98.1 优")
                .contains("review: 10 counties, 2 over-claimed by 19 points; city 98.1 优");

        assertThat(out)
                .contains("reads [households, undisclosedItems]")
                // 24 / 1200 = 2 points below plan: 13; one item not disclosed: 4.5
                .contains("record: total 17.5, grade 差")
                .contains("  output.households 13/15 实际开工量为1176户，年度计划为1200户，比年度计划少24户，低2个百分点，扣2分。")
                .contains("  management.disclosure 4.5/5 有1项政策、计划等信息未及时对外公开，每少公开1项扣0.5分，扣0.5分。")
                .contains("  claimed total 20, computed 17.5")
                .contains("json: \"total\": 20,")
                .contains("rejected: bad.json:1:35: facts.households.plan: expected a plan greater than 0, got 0;")
                .contains("rejected: bad.json:1:11: facts: missing fact \"undisclosedItems\"");
        // actual 1100..1199 of 1200: k = 1..100 short, floor(k / 12) points lost, 376 in all; 100 × (15 + 5) - 376
        assertThat(out).contains("batch: 100 counties, sum of totals 1624");
    }

    @Test
    void the_example_uses_only_the_public_api() {
        classes()
                .that()
                .resideInAPackage("org.jixiao.examples.embedding..")
                .should()
                .onlyDependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "the JDK, the SPI, the review or the engine's @Api types",
                        (com.tngtech.archunit.core.domain.JavaClass c) ->
                                c.getPackageName().startsWith("java")
                                        || c.getPackageName().equals("org.jixiao.spi")
                                        || c.getPackageName().equals("org.jixiao.review")
                                        || c.getPackageName().startsWith("org.jixiao.examples.embedding")
                                        || c.getPackageName().startsWith("org.jixiao.engine") && isApi(c)))
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.jixiao.examples.embedding"));
    }

    /** An engine type is API when it, or the top-level type it is nested in, carries {@code @Api}. */
    private static boolean isApi(com.tngtech.archunit.core.domain.JavaClass type) {
        com.tngtech.archunit.core.domain.JavaClass top = type;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top.isAnnotatedWith(org.jixiao.spi.Api.class);
    }
}
