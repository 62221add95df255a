package org.jixiao.engine.submission;

import org.jixiao.engine.Engine;
import org.jixiao.spi.Api;

/**
 * What a submission file holds: one programme's facts ({@link Submission}) or several programmes' ({@link
 * ProgrammeSubmission}), as {@link Engine#readSubmissionDocument} tells them apart from one reading of the file.
 *
 * @since 0.3
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.3")
public sealed interface SubmissionDocument permits Submission, ProgrammeSubmission {

    /**
     * Where it came from, for messages.
     *
     * @return the file or resource name
     */
    String source();
}
