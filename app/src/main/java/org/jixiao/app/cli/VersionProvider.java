package org.jixiao.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** {@code jixiao --version}: the version Maven stamped into the jar. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/jixiao-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {
            "jixiao " + properties.getProperty("version", "(unknown version)"),
            "Java " + System.getProperty("java.version")
        };
    }
}
