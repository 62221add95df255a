package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What a person reads on a Chinese Windows console is written in its code page (936, GBK), byte for byte; the same
 * run into a file or pipe is UTF-8. Forced with {@code -Djixiao.console.charset}, as a Windows console would set it.
 */
class ConsoleCharsetTest {

    @Test
    void a_gbk_console_gets_the_score_table_in_gbk_byte_for_byte() throws Exception {
        byte[] utf8 = run(null);
        byte[] gbk = run("GBK");
        String table = new String(utf8, StandardCharsets.UTF_8);
        assertThat(table).contains("总分98.1分，等级：优");
        assertThat(gbk).isEqualTo(table.getBytes(Charset.forName("GBK")));
        assertThat(new String(gbk, Charset.forName("GBK"))).contains("总分98.1分，等级：优");
    }

    @Test
    void messages_on_standard_error_follow_the_console_too() throws Exception {
        Process process = start("GBK", List.of("evaluate", "上蔡县填报.json"));
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        String message = new String(err, Charset.forName("GBK"));
        assertThat(message).contains("上蔡县填报.json");
        assertThat(new String(err, StandardCharsets.ISO_8859_1))
                .contains(new String("上蔡县填报.json".getBytes(Charset.forName("GBK")), StandardCharsets.ISO_8859_1));
    }

    private static byte[] run(String charset) throws Exception {
        Process process = start(
                charset,
                List.of("evaluate", Path.of("../examples/zhumadian-2020.json").toString()));
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return out;
    }

    private static Process start(String charset, List<String> args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path")));
        if (charset != null) {
            command.add("-Djixiao.console.charset=" + charset);
        }
        command.add(Main.class.getName());
        command.addAll(args);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().remove("JIXIAO_CONSOLE_CHARSET");
        return builder.start();
    }
}
