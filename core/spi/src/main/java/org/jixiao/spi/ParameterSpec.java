package org.jixiao.spi;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A parameter an indicator type takes from its rubric row.
 *
 * @param name the key in the rubric row's {@code params}, such as {@code stepSize}; never
 *     {@code null}
 * @param kind the kind of value; never {@code null}
 * @param description what it means, for {@code jixiao indicators}; never {@code null}
 * @param defaultValue the value used when the row omits the key ({@link BigDecimal}, {@link Long},
 *     {@link String} or {@link Boolean}, matching the kind); {@code null} if the row must set it
 * @param choices the allowed words of a {@link ParameterKind#CHOICE}; empty for other kinds
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record ParameterSpec(
        String name, ParameterKind kind, String description, Object defaultValue, List<String> choices) {

    /** Checks the components and copies the list. */
    public ParameterSpec {
        requireNonNull(name, "name is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(description, "description is null");
        choices = List.copyOf(requireNonNull(choices, "choices is null"));
        if (kind == ParameterKind.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("choice parameter " + name + " lists no choices");
        }
        if (defaultValue != null && !Parameters.fits(kind, choices, defaultValue)) {
            throw new IllegalArgumentException(
                    "default of parameter " + name + " is not " + kind.expected() + ": " + defaultValue);
        }
    }

    /**
     * A decimal parameter.
     *
     * @param name the key
     * @param description what it means
     * @param defaultValue the default, or {@code null} if required
     * @return the spec
     */
    public static ParameterSpec decimal(String name, String description, String defaultValue) {
        return new ParameterSpec(
                name,
                ParameterKind.DECIMAL,
                description,
                defaultValue == null ? null : new BigDecimal(defaultValue),
                List.of());
    }

    /**
     * A text parameter.
     *
     * @param name the key
     * @param description what it means
     * @param defaultValue the default, or {@code null} if required
     * @return the spec
     */
    public static ParameterSpec text(String name, String description, String defaultValue) {
        return new ParameterSpec(name, ParameterKind.TEXT, description, defaultValue, List.of());
    }

    /**
     * A true-or-false parameter.
     *
     * @param name the key
     * @param description what it means
     * @param defaultValue the default, or {@code null} if required
     * @return the spec
     */
    public static ParameterSpec flag(String name, String description, Boolean defaultValue) {
        return new ParameterSpec(name, ParameterKind.FLAG, description, defaultValue, List.of());
    }

    /**
     * A choice parameter.
     *
     * @param name the key
     * @param description what it means
     * @param defaultValue the default, one of {@code choices}, or {@code null} if required
     * @param choices the allowed words
     * @return the spec
     */
    public static ParameterSpec choice(String name, String description, String defaultValue, String... choices) {
        return new ParameterSpec(name, ParameterKind.CHOICE, description, defaultValue, List.of(choices));
    }

    /**
     * Whether a rubric row must set this parameter.
     *
     * @return {@code true} if there is no default
     */
    public boolean required() {
        return defaultValue == null;
    }

    /**
     * The default value.
     *
     * @return the default, or empty if the parameter is required
     */
    public Optional<Object> defaultIfAny() {
        return Optional.ofNullable(defaultValue);
    }
}
