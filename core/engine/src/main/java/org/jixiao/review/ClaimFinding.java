package org.jixiao.review;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.jixiao.spi.Api;

/**
 * One thing a reviewer's check (复核) found wrong with the scores a submission claims.
 *
 * @param kind what is wrong; never {@code null}
 * @param id the indicator or group id, or {@code total}; never {@code null}
 * @param name its Chinese name; never {@code null}
 * @param claimed the claimed score; never {@code null}
 * @param expected what it should be: the computed score, the weight it exceeds, or the sum of the claimed
 *     parts; never {@code null}
 * @param message the finding in the words of a review (Chinese); never {@code null}
 * @since 0.2
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.2")
public record ClaimFinding(Kind kind, String id, String name, BigDecimal claimed, BigDecimal expected, String message) {

    /** Checks the components. */
    public ClaimFinding {
        requireNonNull(kind, "kind is null");
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(claimed, "claimed is null");
        requireNonNull(expected, "expected is null");
        requireNonNull(message, "message is null");
    }

    /** What a finding is about. */
    public enum Kind {
        /** The claim differs from the score jixiao computes from the facts. */
        DIFFERS_FROM_COMPUTED,
        /** The claim is above the indicator's or group's weight: it cannot be right on its face. */
        ABOVE_WEIGHT,
        /** The claimed rows do not add up to the claimed group score or total. */
        PARTS_DO_NOT_ADD_UP
    }

    /**
     * Points claimed beyond what is due: the difference for {@link Kind#DIFFERS_FROM_COMPUTED}, zero when
     * the claim is below it or for the other kinds.
     *
     * @return zero or more
     */
    public BigDecimal overClaim() {
        return kind == Kind.DIFFERS_FROM_COMPUTED && claimed.compareTo(expected) > 0
                ? claimed.subtract(expected)
                : BigDecimal.ZERO;
    }
}
