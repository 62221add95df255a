package org.jixiao.app.cli;

import java.util.List;
import org.jixiao.engine.problem.InputException;
import org.jixiao.engine.problem.Problem;

/** {@code --strict}: the warnings a submission earned become its refusal, each as its own problem. */
final class Strictness {

    private Strictness() {}

    static InputException refusal(String source, List<String> warnings) {
        return new InputException(
                "submission (--strict refuses warnings)",
                warnings.stream().map(w -> new Problem(source, null, null, w)).toList());
    }
}
