package org.jixiao.indicators.targets;

/**
 * A target's or an actual value's text that cannot be read, with what was expected; the caller places it (the form's
 * row, the rubric's parameter).
 */
public final class TargetTextException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * A text that cannot be read.
     *
     * @param message what is wrong and what was expected, naming the text
     */
    public TargetTextException(String message) {
        super(message);
    }
}
