package org.hyoka.metrics;

import java.util.concurrent.atomic.LongAdder;

/** Hits and misses of one cache, counted without a lock on the request path. */
public final class HitCounter {

    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    public void hit() {
        hits.increment();
    }

    public void miss() {
        misses.increment();
    }

    public long hits() {
        return hits.sum();
    }

    public long misses() {
        return misses.sum();
    }
}
