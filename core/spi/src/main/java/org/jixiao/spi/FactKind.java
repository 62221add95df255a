package org.jixiao.spi;

/**
 * The kinds of fact a submission gives. The engine checks every fact against its kind before any
 * indicator sees it, so indicators never parse or range-check input themselves.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum FactKind {
    /** {@code true} or {@code false}. Read with {@link FactView#flag(String)}. */
    FLAG("true or false"),
    /** A whole number, zero or more. Read with {@link FactView#count(String)}. */
    COUNT("a whole number, 0 or more"),
    /** A decimal number, zero or more. Read with {@link FactView#decimal(String)}. */
    DECIMAL("a number, 0 or more"),
    /** A percent number from 0 to 100 (16.4 means 16.4%). Read with {@link FactView#percent(String)}. */
    PERCENT("a percent number from 0 to 100"),
    /**
     * A planned and an actual quantity, written {@code {"plan": 100, "actual": 98}}, plan greater
     * than zero and actual zero or more. Read with {@link FactView#planActual(String)}.
     */
    PLAN_ACTUAL("an object {\"plan\": number > 0, \"actual\": number >= 0}"),
    /**
     * A written text, not blank, such as an evaluator's reason. Read with {@link FactView#text(String)}.
     */
    TEXT("a non-empty text");

    private final String expected;

    FactKind(String expected) {
        this.expected = expected;
    }

    /**
     * What a valid value looks like, for error messages.
     *
     * @return a short English phrase, never {@code null}
     */
    public String expected() {
        return expected;
    }
}
