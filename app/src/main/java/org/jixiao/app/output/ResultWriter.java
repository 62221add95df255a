package org.jixiao.app.output;

import org.jixiao.engine.score.Evaluation;

/** Renders an evaluation as text. Implementations are stateless. */
public interface ResultWriter {

    /** The whole document, ending with a newline. */
    String render(Evaluation evaluation);
}
