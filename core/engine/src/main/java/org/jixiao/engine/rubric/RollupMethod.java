package org.jixiao.engine.rubric;

import java.util.Optional;
import org.jixiao.spi.Api;

/**
 * How a rubric makes the upper level's result from the level below.
 *
 * @since 0.2
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.2")
public enum RollupMethod {
    /**
     * The counties' facts are combined, each by its rule, with the city's own facts, and the result is
     * scored like any submission: the city's rate is total actual over total plan, never a mean of rates.
     */
    FACTS("facts"),
    /** The plain mean of the counties' totals, exact, or rounded as the rubric's roll-up says. */
    MEAN_OF_TOTALS("mean-of-totals");

    private final String word;

    RollupMethod(String word) {
        this.word = word;
    }

    /**
     * The word rubrics and the command line use.
     *
     * @return {@code facts} or {@code mean-of-totals}
     */
    public String word() {
        return word;
    }

    /**
     * The method a word names.
     *
     * @param word such as {@code facts}
     * @return the method, or empty
     */
    public static Optional<RollupMethod> ofWord(String word) {
        for (RollupMethod method : values()) {
            if (method.word.equals(word)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }
}
