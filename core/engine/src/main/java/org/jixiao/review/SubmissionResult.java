package org.jixiao.review;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jixiao.engine.score.CompiledRubric;
import org.jixiao.engine.score.Evaluation;
import org.jixiao.engine.submission.Submission;
import org.jixiao.spi.Api;

/**
 * What a review made of one input file: scored (perhaps with a failed indicator), or refused with the
 * reason, never lost.
 *
 * @param file the input file; never {@code null}
 * @param status what happened; never {@code null}
 * @param submission the submission as read, or {@code null} if it could not be read
 * @param rubric the rubric it was scored with, or {@code null} if none was found
 * @param evaluation the evaluation, or {@code null} unless {@link Status#SCORED} or {@link Status#FAILED}
 * @param refusal why the file was refused: every problem with its file, position and what was expected;
 *     {@code null} unless {@link Status#REFUSED} or {@link Status#ERROR}
 * @param findings what the check of the claimed scores found; never {@code null}
 * @since 0.2
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.2")
public record SubmissionResult(
        Path file,
        Status status,
        Submission submission,
        CompiledRubric rubric,
        Evaluation evaluation,
        String refusal,
        List<ClaimFinding> findings) {

    /** Checks the components and copies the list. */
    public SubmissionResult {
        requireNonNull(file, "file is null");
        requireNonNull(status, "status is null");
        findings = List.copyOf(requireNonNull(findings, "findings is null"));
    }

    /** What happened to an input. */
    public enum Status {
        /** Scored: a total and a grade. */
        SCORED,
        /** Read and scored, but an indicator type failed, so there is no total. */
        FAILED,
        /** Refused as bad input: unreadable, malformed, a missing or wrong fact, an unknown rubric. */
        REFUSED,
        /** An internal error of jixiao or of a plugin while handling this input. */
        ERROR
    }

    /**
     * The region the submission names, else the file name.
     *
     * @return a name for tables and messages, never {@code null}
     */
    public String name() {
        if (submission != null && submission.subject().region() != null) {
            return submission.subject().region();
        }
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /**
     * The computed total.
     *
     * @return the total, or empty if not scored
     */
    public Optional<BigDecimal> total() {
        return Optional.ofNullable(evaluation).map(Evaluation::total);
    }

    /**
     * The total the submission claims.
     *
     * @return the claimed total, or empty if it claims none or could not be read
     */
    public Optional<BigDecimal> claimedTotal() {
        return Optional.ofNullable(submission).map(s -> s.claimed().get(CompiledRubric.TOTAL_ID));
    }

    /**
     * Points of the total claimed beyond the computed total.
     *
     * @return zero or more
     */
    public BigDecimal overClaim() {
        BigDecimal total = total().orElse(null);
        BigDecimal claimed = claimedTotal().orElse(null);
        return total == null || claimed == null || claimed.compareTo(total) <= 0
                ? BigDecimal.ZERO
                : claimed.subtract(total);
    }
}
