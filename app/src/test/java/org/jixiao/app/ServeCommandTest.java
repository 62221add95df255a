package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code jixiao serve} as a clerk's machine runs it, checked with {@code --check} (starts, opens each page, stops). */
class ServeCommandTest {

    @Test
    void the_page_starts_opens_every_page_and_stops() {
        CliRun run = CliRun.of("serve", "--check");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("网页检查通过：").contains("个页面均可打开");
    }

    /**
     * A folder's rubric files and programme sets are offered by file name; a file that is neither is named and left
     * out, and a rubric's test cases beside it are passed over quietly.
     */
    @Test
    void a_folder_of_rubrics_is_offered_and_what_is_not_a_rubric_is_named() {
        CliRun builtIn = CliRun.of("serve", "--check");
        CliRun run = CliRun.of("serve", "--check", "--rubrics", "../examples/rubrics");
        assertThat(run.exitCode()).isZero();
        int pages = pages(run.out());
        // example-three-level, example-province-2021, example-rental-2021, example-shantytown-2021 and the programme
        // set example-anju-2021: five more forms
        assertThat(pages).isEqualTo(pages(builtIn.out()) + 5);
        assertThat(run.err())
                .contains("example-county-2021.json is not offered")
                .doesNotContain("example-anju-2021.yaml is not offered")
                .doesNotContain(".cases.yaml");
    }

    @Test
    void a_folder_that_is_not_one_is_refused() {
        CliRun run = CliRun.of("serve", "--check", "--rubrics", "../examples/zhumadian-2020.json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is not a folder of rubric files");
    }

    private static int pages(String out) {
        return Integer.parseInt(out.replaceAll("(?s).*：(\\d+) 个页面.*", "$1"));
    }
}
