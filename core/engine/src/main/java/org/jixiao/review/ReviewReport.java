package org.jixiao.review;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.spi.Api;

/**
 * Everything a review found: each input's result in input-path order, the counties compared, and the
 * roll-up into the upper level when there was one to make.
 *
 * @param results one per input file, ordered by path (so the order the files were given in changes
 *     nothing); the upper level's own file is not among them; never {@code null}
 * @param comparison the scored counties side by side; never {@code null}
 * @param rollup the roll-up, or {@code null} if none was asked for or found
 * @since 0.2
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.2")
public record ReviewReport(List<SubmissionResult> results, Comparison comparison, RollupResult rollup) {

    /** Checks the components and copies the list. */
    public ReviewReport {
        results = List.copyOf(requireNonNull(results, "results is null"));
        requireNonNull(comparison, "comparison is null");
    }

    /** How a review ended, worst first. */
    public enum Outcome {
        /** An input was refused, or the roll-up was blocked: exit code 2. */
        REFUSED,
        /** An indicator type failed or jixiao erred on an input: exit code 1. */
        FAILED,
        /** Every input scored, and the roll-up (if any) made: exit code 0. */
        OK
    }

    /**
     * How the review ended.
     *
     * @return the worst thing that happened
     */
    public Outcome outcome() {
        if (count(SubmissionResult.Status.REFUSED) > 0 || rollup != null && !rollup.made()) {
            return Outcome.REFUSED;
        }
        if (count(SubmissionResult.Status.FAILED) > 0
                || count(SubmissionResult.Status.ERROR) > 0
                || rollup != null
                        && rollup.evaluation() != null
                        && rollup.evaluation().failed()) {
            return Outcome.FAILED;
        }
        return Outcome.OK;
    }

    /**
     * How many inputs ended with a status.
     *
     * @param status the status
     * @return the count
     */
    public long count(SubmissionResult.Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    /**
     * One thing a reviewer should look at that changed no score.
     *
     * @param region the county, as {@link SubmissionResult#name()}
     * @param file its file
     * @param what what it is about: {@code 数据提醒} (a figure out of its range), {@code 填报读取说明} (a workbook
     *     figure not read as typed) or the ratio a county stands out on
     * @param message the reminder itself
     * @since 0.3
     */
    public record Reminder(String region, java.nio.file.Path file, String what, String message) {

        /**
         * The reminder as one line, starting with the county.
         *
         * @return such as {@code 确山县（06-queshan.xlsx）：…}
         */
        public String line() {
            return region + "（" + file.getFileName() + "）：" + message;
        }
    }

    /**
     * What a reviewer should look at that changed no score, county by county: each county's own warnings (a figure
     * outside its plausible range, at its cell), how its workbook's figures were read where not as typed (a percent
     * cell scaled, a formula calculated), and the counties far from the others on a ratio ({@link Outliers}).
     *
     * @return the reminders, in the results' order, then the outliers'; never {@code null}
     * @since 0.3
     */
    public List<Reminder> reminders() {
        List<Reminder> reminders = new java.util.ArrayList<>();
        for (SubmissionResult result : results) {
            if (result.evaluation() != null) {
                result.evaluation()
                        .warnings()
                        .forEach(w -> reminders.add(new Reminder(result.name(), result.file(), "数据提醒", w)));
                result.evaluation()
                        .notes()
                        .forEach(n -> reminders.add(new Reminder(result.name(), result.file(), "填报读取说明", n)));
            }
        }
        for (Outliers.Outlier outlier : Outliers.of(results)) {
            reminders.add(new Reminder(outlier.region(), outlier.file(), outlier.what(), outlier.message()));
        }
        return reminders;
    }

    /**
     * The results that claimed a higher total than they earned.
     *
     * @return those results, in order
     */
    public List<SubmissionResult> overClaimed() {
        return results.stream().filter(r -> r.overClaim().signum() > 0).toList();
    }

    /**
     * The points of total claimed beyond what was earned, over every result.
     *
     * @return zero or more
     */
    public BigDecimal overClaimedPoints() {
        BigDecimal sum = results.stream()
                .map(SubmissionResult::overClaim)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .stripTrailingZeros();
        return sum.scale() < 0 ? sum.setScale(0) : sum;
    }
}
