package org.hyoka.metrics;

import java.util.function.LongSupplier;

/** Hits and misses of one cache since start, read from wherever the cache counts them (Caffeine's statistics). */
public final class HitCounter {

    private final LongSupplier hits;
    private final LongSupplier misses;

    public HitCounter(LongSupplier hits, LongSupplier misses) {
        this.hits = hits;
        this.misses = misses;
    }

    public long hits() {
        return hits.getAsLong();
    }

    public long misses() {
        return misses.getAsLong();
    }
}
