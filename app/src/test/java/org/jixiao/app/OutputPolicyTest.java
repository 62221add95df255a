package org.jixiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -o writes through a symbolic link, keeps an existing file's mode and gives a new one the umask's. */
class OutputPolicyTest {

    @Test
    void a_symbolic_link_is_written_through_and_stays_a_link(@TempDir Path dir) throws Exception {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());

        CliRun run = CliRun.of("evaluate", CliRun.ZHUMADIAN.toString(), "-f", "json", "-o", link.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("\"total\": 98.1,");
    }

    @Test
    void a_dangling_link_is_refused_and_left_alone(@TempDir Path dir) throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), dir.resolve("nowhere.json"));

        CliRun run = CliRun.of("evaluate", CliRun.ZHUMADIAN.toString(), "-o", link.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("it is a symbolic link to " + dir.resolve("nowhere.json") + ", which does not exist");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(dir.resolve("nowhere.json")).doesNotExist();
    }

    @Test
    void an_existing_file_keeps_its_mode_and_a_new_one_gets_the_umasks(@TempDir Path dir) throws Exception {
        Path existing = Files.writeString(dir.resolve("existing.txt"), "old");
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-r-----"));
        assertThat(CliRun.of("evaluate", CliRun.ZHUMADIAN.toString(), "-o", existing.toString())
                        .exitCode())
                .isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing)))
                .isEqualTo("rw-r-----");

        Path created = dir.resolve("new.txt");
        assertThat(CliRun.of("evaluate", CliRun.ZHUMADIAN.toString(), "-o", created.toString())
                        .exitCode())
                .isZero();
        Path reference = Files.createFile(dir.resolve("reference.txt"));
        assertThat(Files.getPosixFilePermissions(created)).isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void a_review_output_folder_that_holds_the_inputs_is_refused(@TempDir Path dir) throws Exception {
        Path copy = ZhumadianReviewTest.copy(dir);
        CliRun run = CliRun.of("review", copy.toString(), "-o", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("it holds an input of this run");
        assertThat(copy.resolve("city.json")).exists();
    }
}
