package org.jixiao.spi;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A rubric row's parameter values, already converted to their {@link ParameterKind} and with defaults
 * filled in. Immutable.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class Parameters {

    private final Map<String, Object> values;

    private Parameters(Map<String, Object> values) {
        this.values = values;
    }

    /**
     * Parameters from a map of converted values ({@link BigDecimal}, {@link Long}, {@link String} or
     * {@link Boolean}). The engine builds these; tests may too.
     *
     * @param values the values by name; never {@code null}
     * @return the parameters
     */
    public static Parameters of(Map<String, ?> values) {
        requireNonNull(values, "values is null");
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((name, value) -> copy.put(
                requireNonNull(name, "parameter name is null"),
                requireNonNull(value, () -> "value of parameter " + name + " is null")));
        return new Parameters(Collections.unmodifiableMap(copy));
    }

    /**
     * Reads a {@link ParameterKind#DECIMAL} parameter.
     *
     * @param name the parameter
     * @return its value, never {@code null}
     * @throws IllegalArgumentException if absent or of another kind
     */
    public BigDecimal decimal(String name) {
        return get(name, BigDecimal.class);
    }

    /**
     * Reads a {@link ParameterKind#DECIMAL} parameter that must be greater than zero.
     *
     * @param name the parameter
     * @return its value, greater than zero
     * @throws InvalidParameterException if the value is zero or less
     */
    public BigDecimal positive(String name) {
        BigDecimal value = decimal(name);
        if (value.signum() <= 0) {
            throw new InvalidParameterException(name, "must be greater than 0, got " + value.toPlainString());
        }
        return value;
    }

    /**
     * Reads a {@link ParameterKind#DECIMAL} parameter that must be zero or more.
     *
     * @param name the parameter
     * @return its value, zero or more
     * @throws InvalidParameterException if the value is negative
     */
    public BigDecimal nonNegative(String name) {
        BigDecimal value = decimal(name);
        if (value.signum() < 0) {
            throw new InvalidParameterException(name, "must be 0 or more, got " + value.toPlainString());
        }
        return value;
    }

    /**
     * Reads an {@link ParameterKind#INTEGER} parameter.
     *
     * @param name the parameter
     * @return its value
     * @throws IllegalArgumentException if absent or of another kind
     */
    public long integer(String name) {
        return get(name, Long.class);
    }

    /**
     * Reads a {@link ParameterKind#TEXT} or {@link ParameterKind#CHOICE} parameter.
     *
     * @param name the parameter
     * @return its value, never {@code null}
     * @throws IllegalArgumentException if absent or of another kind
     */
    public String text(String name) {
        return get(name, String.class);
    }

    /**
     * Reads a {@link ParameterKind#FLAG} parameter.
     *
     * @param name the parameter
     * @return its value
     * @throws IllegalArgumentException if absent or of another kind
     */
    public boolean flag(String name) {
        return get(name, Boolean.class);
    }

    /**
     * Reads a {@link ParameterKind#CHOICE} parameter as a constant of {@code type}, matching the
     * word to the constant's name without regard to case and with {@code -} read as {@code _}.
     *
     * @param name the parameter
     * @param type the enum whose constants are the choices
     * @param <E> the enum
     * @return the constant, never {@code null}
     * @throws IllegalArgumentException if absent, of another kind, or no constant matches
     */
    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        return Enum.valueOf(type, text(name).replace('-', '_').toUpperCase(Locale.ROOT));
    }

    /**
     * Whether a value is present.
     *
     * @param name the parameter
     * @return {@code true} if present
     */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /**
     * All values by name, in the rubric's order.
     *
     * @return an unmodifiable map, never {@code null}
     */
    public Map<String, Object> asMap() {
        return values;
    }

    private <T> T get(String name, Class<T> type) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no parameter " + name + "; present: " + values.keySet());
        }
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("parameter " + name + " is a "
                    + value.getClass().getSimpleName() + ", not a " + type.getSimpleName());
        }
        return type.cast(value);
    }

    static boolean fits(ParameterKind kind, List<String> choices, Object value) {
        return switch (kind) {
            case DECIMAL -> value instanceof BigDecimal;
            case INTEGER -> value instanceof Long;
            case TEXT -> value instanceof String;
            case FLAG -> value instanceof Boolean;
            case CHOICE -> value instanceof String s && choices.contains(s);
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Parameters that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
