package org.jixiao.spi;

/**
 * The kinds of value a rubric row's parameter takes. The engine converts and checks the rubric's
 * text against the kind before the type sees it.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum ParameterKind {
    /** An exact decimal number, read as {@link java.math.BigDecimal}. */
    DECIMAL("a number"),
    /** A whole number, read as {@code long}. */
    INTEGER("a whole number"),
    /** A piece of text. */
    TEXT("a text"),
    /** {@code true} or {@code false}. */
    FLAG("true or false"),
    /** One of the {@linkplain ParameterSpec#choices() listed} words. */
    CHOICE("one of the listed words");

    private final String expected;

    ParameterKind(String expected) {
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
