package org.jixiao.spi;

import static java.util.Objects.requireNonNull;

/**
 * Thrown by {@link IndicatorType#configure(IndicatorConfig)} when a parameter's value is out of range
 * or inconsistent with the row. The engine reports it against the rubric row and parameter.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public class InvalidParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The offending parameter. */
    private final String parameter;

    /**
     * Creates the exception.
     *
     * @param parameter the offending parameter's name; never {@code null}
     * @param message what is wrong and what was expected; never {@code null}
     */
    public InvalidParameterException(String parameter, String message) {
        super(requireNonNull(message, "message is null"));
        this.parameter = requireNonNull(parameter, "parameter is null");
    }

    /**
     * The offending parameter.
     *
     * @return its name, never {@code null}
     */
    public String parameter() {
        return parameter;
    }
}
