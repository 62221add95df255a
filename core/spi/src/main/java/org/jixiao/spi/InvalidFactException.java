package org.jixiao.spi;

import static java.util.Objects.requireNonNull;

/**
 * Thrown by {@link Indicator#score(FactView)} when facts that are each valid contradict each other.
 * The engine reports it as bad input (naming the fact), not as the indicator's fault.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public class InvalidFactException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The slot whose fact is wrong. */
    private final String slot;

    /**
     * Creates the exception.
     *
     * @param slot the slot whose fact is wrong; never {@code null}
     * @param message what is wrong and what was expected; never {@code null}
     */
    public InvalidFactException(String slot, String message) {
        super(requireNonNull(message, "message is null"));
        this.slot = requireNonNull(slot, "slot is null");
    }

    /**
     * The slot whose fact is wrong.
     *
     * @return the slot name, never {@code null}
     */
    public String slot() {
        return slot;
    }
}
