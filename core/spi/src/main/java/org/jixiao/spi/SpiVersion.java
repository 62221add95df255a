package org.jixiao.spi;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of this SPI, {@code MAJOR.MINOR}. A jar of indicator types records the version it was
 * built against in its manifest, as {@value #MANIFEST_ATTRIBUTE}; the engine loads it when the majors
 * are equal and the jar's minor is not newer than the engine's. Minor versions only add (new
 * {@code default} methods, new helpers); a major version may remove or change.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class SpiVersion {

    /** The major version: changes when something is removed or changed incompatibly. */
    public static final int MAJOR = 1;
    /** The minor version: changes when something is added. */
    public static final int MINOR = 4;
    /** {@code MAJOR.MINOR} as text. */
    public static final String CURRENT = MAJOR + "." + MINOR;
    /** The jar manifest attribute that records the SPI version a jar was built against. */
    public static final String MANIFEST_ATTRIBUTE = "Jixiao-Spi-Version";

    private static final Pattern FORM = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

    private SpiVersion() {}

    /**
     * Why a jar built for {@code declared} cannot run on this SPI.
     *
     * @param declared the version the jar records, such as {@code 1.0}; never {@code null}
     * @return the reason it is incompatible, or empty when it can be loaded
     */
    public static Optional<String> incompatibility(String declared) {
        Matcher version = FORM.matcher(declared.strip());
        if (!version.matches()) {
            return Optional.of("declares SPI version '" + declared + "'; expected MAJOR.MINOR, such as " + CURRENT);
        }
        int major = Integer.parseInt(version.group(1));
        int minor = Integer.parseInt(version.group(2));
        if (major != MAJOR || minor > MINOR) {
            return Optional.of("was built for SPI " + major + "." + minor + "; this engine provides " + CURRENT);
        }
        return Optional.empty();
    }
}
