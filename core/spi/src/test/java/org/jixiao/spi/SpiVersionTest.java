package org.jixiao.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SpiVersionTest {

    /**
     * The version written into every jar's manifest (a pom property) is the version the code says it
     * provides. Read from a resource Maven filters, so it fails under plain {@code mvn test} too, where
     * sibling modules are class folders without manifests.
     */
    @Test
    void the_manifest_version_of_the_build_is_the_version_the_code_provides() throws IOException {
        Properties build = new Properties();
        try (InputStream in = SpiVersionTest.class.getResourceAsStream("/jixiao-spi-version.properties")) {
            build.load(in);
        }
        assertThat(build.getProperty("manifest")).isEqualTo(SpiVersion.CURRENT);
    }

    @Test
    void a_plugin_is_refused_for_another_major_or_a_newer_minor_version() {
        assertThat(SpiVersion.incompatibility(SpiVersion.CURRENT)).isEmpty();
        assertThat(SpiVersion.incompatibility("1.0")).isEmpty();
        assertThat(SpiVersion.incompatibility("1.9"))
                .hasValue("was built for SPI 1.9; this engine provides " + SpiVersion.CURRENT);
        assertThat(SpiVersion.incompatibility("2.0"))
                .hasValue("was built for SPI 2.0; this engine provides " + SpiVersion.CURRENT);
        assertThat(SpiVersion.incompatibility("one").orElseThrow()).startsWith("declares SPI version 'one'");
    }
}
