package org.jixiao.engine.score;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Every call into plugin code goes through here: with the plugin's own class loader as the thread's
 * context loader, every {@link Throwable} it throws (an {@code Error} included) caught and described,
 * and — with a budget — on a watched thread that is abandoned when it runs too long, so that a plugin
 * that loops in its constructor, {@code id()} or {@code configure()} is reported instead of hanging the run.
 *
 * <p>Internal to the engine: public for its other rooms only, not API.
 */
public final class Guard {

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "jixiao-plugin-call");
        thread.setDaemon(true);
        return thread;
    });

    private Guard() {}

    /** What went wrong in a plugin call, as the message says it. */
    public static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Calls plugin code.
     *
     * @param loader the plugin's class loader, set as the context loader during the call; {@code null} to keep
     *     the caller's
     * @param budget the time the call may take, or {@code null} to run it on the caller's thread
     * @param call the call
     * @return what it returned
     * @throws Failure naming what it threw or that it ran out of time
     */
    public static <T> T call(ClassLoader loader, Duration budget, Callable<T> call) throws Failure {
        Callable<T> withLoader = () -> {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            if (loader != null) {
                thread.setContextClassLoader(loader);
            }
            try {
                return call.call();
            } finally {
                thread.setContextClassLoader(previous);
            }
        };
        if (budget == null) {
            try {
                return withLoader.call();
            } catch (Throwable e) {
                throw new Failure("threw " + describe(e), e);
            }
        }
        Future<T> future = WORKERS.submit(withLoader);
        try {
            return future.get(budget.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new Failure("took longer than " + budget.toMillis() + " ms and was abandoned", e);
        } catch (ExecutionException e) {
            throw new Failure("threw " + describe(e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new Failure("was interrupted", e);
        }
    }

    /** A throwable in one line: its class and message, never a stack trace, never many lines. */
    static String describe(Throwable e) {
        String text = String.valueOf(e);
        int newline = text.indexOf('\n');
        if (newline >= 0) {
            text = text.substring(0, newline) + " …";
        }
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
