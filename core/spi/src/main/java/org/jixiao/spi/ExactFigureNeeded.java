package org.jixiao.spi;

import static java.util.Objects.requireNonNull;

/**
 * Thrown by a {@link FactView} when an indicator reads the exact figure of a slot whose fact was given only as
 * a {@link Bound}: the indicator's rule cannot decide from the bound. The engine turns it into a message asking
 * for the figure. An indicator may throw it itself, with a reason, when it looked at the bound and found it not
 * enough.
 *
 * @since 0.2
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.2")
public class ExactFigureNeeded extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String slot;

    /**
     * @param slot the slot whose exact figure is needed; never {@code null}
     * @param why why the rule needs it, such as {@code 低于80%的每低一个百分点扣1分}; never {@code null}
     */
    public ExactFigureNeeded(String slot, String why) {
        super(requireNonNull(why, "why is null"));
        this.slot = requireNonNull(slot, "slot is null");
    }

    /**
     * The slot.
     *
     * @return its name
     */
    public String slot() {
        return slot;
    }
}
