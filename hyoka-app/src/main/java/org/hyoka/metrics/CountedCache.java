package org.hyoka.metrics;

/** A cache whose hit ratio the operators see (hyoka_cache_hits_total, hyoka_cache_misses_total). */
public interface CountedCache {

    /** The {@code cache} tag of its meters. */
    String cacheName();

    HitCounter hitCounter();
}
