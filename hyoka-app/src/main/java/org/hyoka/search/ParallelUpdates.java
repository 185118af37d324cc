package org.hyoka.search;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

/**
 * Index updates of a rebuild spread over the cores: analysing a sheet (Kuromoji, bigrams) is most of a
 * rebuild's cost and Lucene's writer takes documents from several threads at once, while one thread reads
 * the database. The queue is bounded and a full queue makes the reader do the work itself, so a rebuild
 * holds a few hundred sheets in memory at most, whatever the corpus. The first failure stops the rest
 * and is thrown by {@link #close}.
 */
final class ParallelUpdates implements AutoCloseable {

    /** Sheets waiting per thread: enough to keep every thread busy, few enough not to matter for the heap. */
    private static final int QUEUED_PER_THREAD = 64;

    private final ThreadPoolExecutor pool;
    private final AtomicReference<@Nullable RuntimeException> failure = new AtomicReference<>();

    ParallelUpdates(int threads) {
        int n = Math.max(1, threads);
        AtomicInteger number = new AtomicInteger();
        pool = new ThreadPoolExecutor(n, n, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(n * QUEUED_PER_THREAD),
                task -> {
                    Thread thread = new Thread(task, "hyoka-index-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
    }

    /** As many threads as the machine has cores. */
    static ParallelUpdates onAllCores() {
        return new ParallelUpdates(Runtime.getRuntime().availableProcessors());
    }

    /** Runs the update on a pool thread (or on this one while the queue is full); throws a failure seen so far. */
    void submit(Runnable update) {
        throwIfFailed();
        pool.execute(() -> {
            if (failure.get() != null) {
                return;
            }
            try {
                update.run();
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            }
        });
    }

    /** Waits for every submitted update; throws the first failure. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // a slow disk: keep waiting, the updates are still running
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the search index was being rebuilt", e);
        }
        throwIfFailed();
    }

    private void throwIfFailed() {
        RuntimeException seen = failure.get();
        if (seen != null) {
            throw seen;
        }
    }
}
