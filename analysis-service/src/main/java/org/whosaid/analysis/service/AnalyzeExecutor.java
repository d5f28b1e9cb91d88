package org.whosaid.analysis.service;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.whosaid.analysis.config.WhosaidConfig;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Runs the extractions of POST /api/analyze on a small pool of their own, with a time budget per request
 * ({@code whosaid.analysis.analyze-timeout}, queueing included) and a bounded queue
 * ({@code whosaid.analysis.analyze-queue}). Work whose budget is spent or whose client has gone away before it started
 * is never started; a running extraction cannot be stopped (the engine has no cancellation points), so its cost is
 * bounded by the size caps instead (linear extraction, docs/operations.md "Hostile input"), and the request answers
 * 503 at the budget without waiting for it.
 */
@ApplicationScoped
public class AnalyzeExecutor {

    private final WhosaidConfig config;
    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService timer;
    private final Counter timeouts;
    private final Counter rejected;
    private final Counter abandoned;

    public AnalyzeExecutor(WhosaidConfig config, MeterRegistry meters) {
        this.config = config;
        int threads = config.analysis().analyzeThreads() > 0 ? config.analysis().analyzeThreads()
                : Runtime.getRuntime().availableProcessors();
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, config.analysis().analyzeQueue())), r -> {
                    Thread t = new Thread(r, "whosaid-analyze-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "whosaid-analyze-timer");
            t.setDaemon(true);
            return t;
        });
        this.timeouts = Counter.builder("whosaid.analyze.refused").tag("reason", "time-budget").register(meters);
        this.rejected = Counter.builder("whosaid.analyze.refused").tag("reason", "busy").register(meters);
        this.abandoned = Counter.builder("whosaid.analyze.refused").tag("reason", "client-gone").register(meters);
    }

    /**
     * Runs {@code work} within the budget. The stage fails with a 503 {@link ApiException} when the queue is full or the
     * budget is spent; {@code clientGone} is polled while waiting, and work not yet started is dropped once it is true.
     */
    public <T> CompletableFuture<T> submit(Supplier<T> work, BooleanSupplier clientGone) {
        Duration budget = config.analysis().analyzeTimeout();
        long deadline = System.nanoTime() + budget.toNanos();
        CompletableFuture<T> result = new CompletableFuture<>();
        Future<?> task;
        try {
            task = pool.submit(() -> {
                if (result.isDone()) {
                    return; // budget spent or client gone while queued: never start
                }
                if (System.nanoTime() > deadline || clientGone.getAsBoolean()) {
                    result.completeExceptionally(budgetSpent(budget));
                    return;
                }
                try {
                    result.complete(work.get());
                } catch (RuntimeException | Error e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            rejected.increment();
            throw new ApiException(503, "busy", "too many analyses are waiting (whosaid.analysis.analyze-queue="
                    + config.analysis().analyzeQueue() + "); retry shortly");
        }
        ScheduledFuture<?> watch = timer.scheduleWithFixedDelay(() -> {
            if (result.isDone()) {
                return;
            }
            if (clientGone.getAsBoolean()) {
                abandoned.increment();
                result.completeExceptionally(new ApiException(499, "client-gone", "the client closed the connection"));
                task.cancel(false);
            } else if (System.nanoTime() > deadline) {
                timeouts.increment();
                result.completeExceptionally(budgetSpent(budget));
                task.cancel(false);
            }
        }, 50, 50, TimeUnit.MILLISECONDS);
        result.whenComplete((v, e) -> watch.cancel(false));
        return result;
    }

    private static ApiException budgetSpent(Duration budget) {
        return new ApiException(503, "time-budget", "the analysis did not finish within its time budget of "
                + budget.toMillis() + " ms (whosaid.analysis.analyze-timeout); send a shorter text or retry later");
    }

    /** Extractions running or queued now (for tests and health). */
    public int inFlight() {
        return pool.getActiveCount() + pool.getQueue().size();
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
        timer.shutdownNow();
    }
}
