package org.jixiao.engine.score;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jixiao.spi.InvalidFactException;
import org.jixiao.spi.Score;
import org.jixiao.spi.Subject;
import org.jixiao.spi.scoring.Numbers;

/**
 * Calls each row's indicator and judges what comes back. With a time budget, the rows are scored on a
 * worker thread watched by the caller: an indicator that runs past the budget is abandoned and
 * reported by name, and the rows after it are left unscored.
 */
final class RowScoring {

    /** What scoring one row gave. */
    sealed interface Outcome permits Scored, Failed, BadFact, NotApplicable {}

    /** Not scored: the row does not apply to the subject. */
    record NotApplicable(String reason) implements Outcome {}

    record Scored(Score score) implements Outcome {}

    record Failed(String message) implements Outcome {}

    record BadFact(String fact, String message) implements Outcome {}

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "jixiao-scoring");
        thread.setDaemon(true);
        return thread;
    });

    private RowScoring() {}

    /**
     * Outcomes by row; {@code null} for rows not reached because an earlier one ran out of time. Rows
     * with an outcome already {@code decided} (not applicable) are not scored; {@code decided} is {@code null}
     * when no row was.
     */
    static Outcome[] scoreAll(
            List<CompiledRubric.Row> rows,
            Subject subject,
            Object[] values,
            Duration budget,
            Outcome[] decided,
            boolean reasons) {
        if (budget == null) {
            Outcome[] outcomes = new Outcome[rows.size()];
            for (int i = 0; i < outcomes.length; i++) {
                outcomes[i] = decided != null && decided[i] != null
                        ? decided[i]
                        : score(rows.get(i), subject, values, reasons);
            }
            return outcomes;
        }
        AtomicReferenceArray<Outcome> outcomes = new AtomicReferenceArray<>(rows.size());
        AtomicInteger current = new AtomicInteger(-1);
        AtomicLong startedAt = new AtomicLong(System.nanoTime());
        AtomicBoolean abandoned = new AtomicBoolean();
        Future<?> work = WORKERS.submit(() -> {
            for (int i = 0; i < rows.size() && !abandoned.get(); i++) {
                startedAt.set(System.nanoTime());
                current.set(i);
                // a row the watcher has already marked as abandoned keeps that outcome
                outcomes.compareAndSet(
                        i,
                        null,
                        decided != null && decided[i] != null
                                ? decided[i]
                                : score(rows.get(i), subject, values, reasons));
            }
        });
        long budgetNanos = budget.toNanos();
        while (true) {
            try {
                work.get(Math.max(1, budgetNanos / 4), TimeUnit.NANOSECONDS);
                break;
            } catch (TimeoutException stillRunning) {
                int row = current.get();
                if (row >= 0 && outcomes.get(row) == null && System.nanoTime() - startedAt.get() > budgetNanos) {
                    abandoned.set(true);
                    outcomes.compareAndSet(
                            row, null, new Failed("took longer than " + budget.toMillis() + " ms and was abandoned"));
                    work.cancel(true);
                    break;
                }
            } catch (InterruptedException e) {
                work.cancel(true);
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while scoring", e);
            } catch (ExecutionException e) {
                // score() contains every Throwable of plugin code, so this is the engine's own fault
                throw new IllegalStateException("scoring failed outside any indicator", e.getCause());
            }
        }
        Outcome[] result = new Outcome[rows.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = outcomes.get(i);
        }
        return result;
    }

    private static Outcome score(CompiledRubric.Row row, Subject subject, Object[] values, boolean reasons) {
        Score score;
        // plugin code runs with its own class loader as the context loader, as when it was discovered
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        ClassLoader own = row.loader();
        if (own != previous) {
            thread.setContextClassLoader(own);
        }
        try {
            score = row.indicator().score(row.view(subject, values, reasons));
        } catch (org.jixiao.spi.ExactFigureNeeded e) {
            String fact = row.bindings().getOrDefault(e.slot(), e.slot());
            return new BadFact(
                    fact,
                    "needs the exact figure (the rule of " + row.row().name() + " cannot decide from a bound): "
                            + e.getMessage());
        } catch (InvalidFactException e) {
            return new BadFact(row.bindings().getOrDefault(e.slot(), e.slot()), e.getMessage());
        } catch (Throwable e) { // an Error from plugin code (OutOfMemoryError, AssertionError…) fails its row only
            return new Failed("threw " + Guard.describe(e));
        } finally {
            if (own != previous) {
                thread.setContextClassLoader(previous);
            }
        }
        if (score == null) {
            return new Failed("returned no score");
        }
        BigDecimal weight = row.row().weight();
        // before any arithmetic or text: 1E-999999999 is a valid BigDecimal inside [0, weight] whose plain form
        // and sums are a gigabyte
        String unreadable = unreadable(score.points(), "a score");
        for (int i = 0; unreadable == null && i < score.deductions().size(); i++) {
            unreadable = unreadable(score.deductions().get(i).points(), "a deduction");
        }
        if (unreadable != null) {
            return new Failed(unreadable);
        }
        if (score.points().signum() < 0 || score.points().compareTo(weight) > 0) {
            return new Failed("returned " + Numbers.plain(score.points()) + " points, outside [0, "
                    + Numbers.plain(weight) + "]");
        }
        BigDecimal itemised = BigDecimal.ZERO;
        List<org.jixiao.spi.Deduction> deductions = score.deductions();
        for (int i = 0; i < deductions.size(); i++) {
            itemised = itemised.add(deductions.get(i).points());
        }
        BigDecimal lost = weight.subtract(score.points());
        if (itemised.compareTo(lost) != 0) {
            return new Failed("returned deductions of " + Numbers.plain(itemised) + " points for "
                    + Numbers.plain(lost)
                    + " points lost; the itemised deductions must add up to the points lost");
        }
        return new Scored(score);
    }

    /** The most decimal places, and digits, a score from indicator code may have: points, not a computation. */
    static final int MOST_DECIMALS = 12;

    static final int MOST_DIGITS = 30;

    /** Why a number returned by indicator code is not a score anyone can read, or {@code null} when it is. */
    private static String unreadable(BigDecimal points, String what) {
        if (points.scale() > MOST_DECIMALS && points.stripTrailingZeros().scale() > MOST_DECIMALS) {
            return "returned " + what + " of " + points.stripTrailingZeros() + ", with more than " + MOST_DECIMALS
                    + " decimal places; scores are exact to at most " + MOST_DECIMALS + " (round it, as the rule says)";
        }
        if (points.precision() > MOST_DIGITS) {
            return "returned " + what + " of " + points.precision() + " digits; at most " + MOST_DIGITS + " are read";
        }
        return null;
    }
}
