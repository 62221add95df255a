package org.jixiao.engine.problem;

import java.util.List;
import java.util.stream.Collectors;
import org.jixiao.spi.Api;

/**
 * Bad input (a rubric, a submission, a plugin setup): every problem found, each with its place.
 * The CLI prints {@link #getMessage()} and exits with code 2.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param what what was being read, such as {@code submission} or {@code rubric}; never
     *     {@code null}
     * @param problems the problems, at least one; never {@code null}
     */
    public InputException(String what, List<Problem> problems) {
        super(format(what, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * Creates the exception for a single problem.
     *
     * @param what what was being read
     * @param problem the problem
     */
    public InputException(String what, Problem problem) {
        this(what, List.of(problem));
    }

    /**
     * One problem with an input as a whole, with no position or path in it: a missing file, a file of the wrong
     * kind, an option that does not fit.
     *
     * @param what what was being read, such as {@code submission}
     * @param source the file, resource or option concerned
     * @param message what is wrong and what was expected
     * @return the exception
     * @since 0.3
     */
    public static InputException of(String what, String source, String message) {
        return new InputException(what, new Problem(source, null, null, message));
    }

    /**
     * The problems, in the order found.
     *
     * @return the problems, never empty
     */
    public List<Problem> problems() {
        return problems;
    }

    private static String format(String what, List<Problem> problems) {
        if (problems.size() == 1) {
            return "invalid " + what + ": " + problems.get(0).format();
        }
        return problems.size() + " problems in " + what + ":\n"
                + java.util.stream.IntStream.range(0, problems.size())
                        .mapToObj(i -> "  " + (i + 1) + ". " + problems.get(i).format())
                        .collect(Collectors.joining("\n"));
    }
}
