package org.jixiao.app.output;

import org.jixiao.engine.json.EvaluationJson;
import org.jixiao.engine.score.Evaluation;

/** The documented JSON layout, written by the engine's {@link EvaluationJson}. */
public final class JsonResultWriter implements ResultWriter {

    @Override
    public String render(Evaluation evaluation) {
        return EvaluationJson.write(evaluation);
    }
}
