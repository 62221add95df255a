package org.jixiao.app.cli;

import java.io.PrintWriter;
import org.jixiao.engine.programme.ProgrammeEvaluation;
import org.jixiao.engine.score.Evaluation;

/** The lines naming each indicator that failed, as the commands print them before saying there is no result. */
final class Failures {

    private Failures() {}

    /** One line per failed indicator of the evaluation. */
    static void print(PrintWriter err, Evaluation evaluation) {
        print(err, "", evaluation);
    }

    /** One line per failed indicator of each programme, after the programme's id. */
    static void print(PrintWriter err, ProgrammeEvaluation evaluation) {
        for (ProgrammeEvaluation.ProgrammeResult programme : evaluation.programmes()) {
            print(err, programme.id() + ": ", programme.evaluation());
        }
    }

    private static void print(PrintWriter err, String programme, Evaluation evaluation) {
        for (Evaluation.Failure f : evaluation.failures()) {
            err.println("jixiao: " + programme + "indicator " + f.indicatorId() + " failed: type " + f.typeId() + " ("
                    + f.typeSource() + ") " + f.message());
        }
    }
}
