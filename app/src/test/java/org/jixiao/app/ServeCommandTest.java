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
        // example-three-level, example-province-2021, example-rental-2021, example-shantytown-2021, the three project
        // forms (water, eldercare, subsidy) and the programme set example-anju-2021: eight more forms
        assertThat(pages).isEqualTo(pages(builtIn.out()) + 8);
        assertThat(run.err())
                .contains("jixiao: 未在网页中提供 ../examples/rubrics/example-county-2021.json（不是评分细则或项目组合）")
                .contains(
                        "jixiao: 未在网页中提供 ../examples/rubrics/example-province-project-skeleton.yaml：这是骨架评分表，供项目的评分表继承，不单独填报")
                .doesNotContain("example-anju-2021.yaml")
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

    /** A second double-click on 打开网页.bat finds the page already up and opens it, instead of failing on the port. */
    @Test
    void a_second_start_finds_its_page_already_up() throws Exception {
        org.jixiao.engine.Engine engine = org.jixiao.engine.Engine.builder()
                .discover(getClass().getClassLoader())
                .build();
        try (org.jixiao.web.WebServer running = org.jixiao.web.WebServer.start(
                engine,
                org.jixiao.web.rubrics.RubricCatalog.of(
                        engine,
                        org.jixiao.engine.rubric.RubricLibrary.onClassPath(
                                getClass().getClassLoader())),
                org.jixiao.web.WebOptions.on("127.0.0.1", 0))) {
            CliRun again = CliRun.of("serve", "--port", String.valueOf(running.port()));
            assertThat(again.exitCode()).isZero();
            assertThat(again.out()).isEqualTo("jixiao 网页已在运行：http://127.0.0.1:" + running.port() + "/\n");
        }
    }

    @Test
    void a_port_another_program_holds_is_refused_with_another_to_try() throws Exception {
        try (java.net.ServerSocket other =
                new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.of("serve", "--port", String.valueOf(other.getLocalPort()));
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("端口已被其他程序占用：请用 --port 指定其他端口");
        }
    }

    /** Bound to every address, the page says that everyone on the network can use it, in the clerk's language. */
    @Test
    void listening_on_every_address_warns_first() throws Exception {
        org.jixiao.engine.Engine engine = org.jixiao.engine.Engine.builder()
                .discover(getClass().getClassLoader())
                .build();
        try (org.jixiao.web.WebServer running = org.jixiao.web.WebServer.start(
                engine,
                org.jixiao.web.rubrics.RubricCatalog.of(
                        engine,
                        org.jixiao.engine.rubric.RubricLibrary.onClassPath(
                                getClass().getClassLoader())),
                org.jixiao.web.WebOptions.on("0.0.0.0", 0))) {
            // the port is taken by the page already running, so the second start warns, finds it and ends
            CliRun run = CliRun.of("serve", "--host", "0.0.0.0", "--port", String.valueOf(running.port()));
            assertThat(run.err()).startsWith("警告：网页监听 0.0.0.0，同一网络中的任何人都可以打开并使用它。");
            assertThat(run.exitCode()).isZero();
        }
    }
}
