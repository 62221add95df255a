package org.jixiao.review;

import java.nio.file.Path;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.submission.Submission;
import org.jixiao.spi.Api;

/**
 * Finds the compiled rubric a submission is scored with. Implementations compile each rubric once and
 * must be thread-safe: a review asks from several threads at once.
 *
 * @since 0.2
 */
@FunctionalInterface
@Api(status = Api.Status.EXPERIMENTAL, since = "0.2")
public interface RubricSource {

    /**
     * The rubric for one submission: one given for all, or the one the submission names (by id, or by a
     * path relative to {@code file}).
     *
     * @param submission the submission as read; never {@code null}
     * @param file the file it was read from; never {@code null}
     * @return the compiled rubric, never {@code null}
     * @throws org.jixiao.engine.problem.InputException if the submission names no rubric or an unknown one
     */
    CompiledRubric rubricFor(Submission submission, Path file);
}
