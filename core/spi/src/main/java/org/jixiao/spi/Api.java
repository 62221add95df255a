package org.jixiao.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public type as part of jixiao's API and says how far to rely on it, as JUnit's {@code @API} does.
 * Every public type of the SPI, the engine, the review and the test kit carries it (a build rule checks);
 * a public type without it is not API.
 *
 * @since 0.2
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Api(status = Api.Status.STABLE, since = "0.2")
public @interface Api {

    /**
     * How far to rely on the type.
     *
     * @return the status
     */
    Status status();

    /**
     * The version that introduced the type in its current status.
     *
     * @return such as {@code 0.1}
     */
    String since();

    /** How far a type may be relied on. */
    enum Status {
        /** Kept compatible within a major version of its artifact. */
        STABLE,
        /** New: may still change in a minor version, said in the release notes. */
        EXPERIMENTAL,
        /** Public for technical reasons only (another jixiao package uses it); may change at any time. */
        INTERNAL
    }
}
