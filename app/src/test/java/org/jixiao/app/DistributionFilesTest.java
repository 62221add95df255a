package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The zip's launchers and instructions as a Chinese Windows PC reads them: cmd.exe reads a .bat in the console's
 * code page (936) and Notepad reads GBK, so each is the UTF-8 source re-encoded as GBK with CRLF line ends (the build
 * writes them to target/dist before the tests run; CI unpacks the zip and runs it).
 */
class DistributionFilesTest {

    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void the_windows_files_are_their_sources_in_gbk_with_crlf() throws Exception {
        for (String name : List.of("bin/jixiao.bat", "bin/打开网页.bat", "使用说明.txt")) {
            String source = Files.readString(Path.of("src/dist", name), StandardCharsets.UTF_8);
            byte[] written = Files.readAllBytes(Path.of("target/dist", name));
            assertThat(written).as(name).isEqualTo(source.replace("\n", "\r\n").getBytes(GBK));
        }
    }

    @Test
    void without_java_the_starters_say_so_in_chinese_and_what_to_install() throws Exception {
        for (String name : List.of("bin/jixiao.bat", "bin/打开网页.bat")) {
            String text = new String(Files.readAllBytes(Path.of("target/dist", name)), GBK);
            assertThat(text)
                    .contains("-version >nul 2>nul")
                    .contains("未找到 Java")
                    .contains("Java 17");
        }
        assertThat(Files.readString(Path.of("target/dist/bin/打开网页.bat"), GBK)).contains("serve --open");
    }
}
