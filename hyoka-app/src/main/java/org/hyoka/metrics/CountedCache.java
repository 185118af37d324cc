package org.hyoka.metrics;

/** A cache whose hit ratio the operators see (hyoka_cache_hits_total, hyoka_cache_misses_total, hyoka_cache_hit_ratio). */
public interface CountedCache {

    /** The {@code cache} tag of its meters. */
    String cacheName();

    HitCounter hitCounter();

    static CountedCache of(String name, HitCounter counter) {
        record Named(String cacheName, HitCounter hitCounter) implements CountedCache {
        }
        return new Named(name, counter);
    }
}
