package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code review --notices DIR}: the 复核意见 a city sends back, one a county, as Word and Markdown. */
class ReviewNoticesCliTest {

    @Test
    void each_scored_county_gets_its_notice_signed_by_the_city(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("复核意见");
        CliRun run = CliRun.of(
                "review", "../examples/zhumadian-2020-counties", "--notices", out.toString(), "--from", "驻马店市财政局");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("wrote 10 复核意见 (docx and md) into " + out);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .hasSize(20)
                    .contains("复核意见-正阳县.docx", "复核意见-正阳县.md", "复核意见-驿城区.md");
        }
        assertThat(Files.readString(out.resolve("复核意见-正阳县.md")))
                .contains("# 关于正阳县2020年城镇老旧小区改造财政资金绩效自评结果的复核意见")
                .contains("你县自评得分84分，经复核，核定得分70分，等级为中，比自评少14分。")
                .contains("驻马店市财政局");
    }
}
