package org.hyoka.operations;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.hyoka.metrics.CountedCache;
import org.hyoka.search.SearchIndex;
import org.hyoka.sheets.SheetsSaved;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Hyoka's own meters (hyoka_* in Prometheus): saved sheets, each cache's hits and misses (the ratio is
 * hits / (hits + misses), also given as a gauge; Spring Boot's {@code cache_gets_total} shows the same
 * Caffeine statistics of the cache manager's caches, with evictions and sizes), and how far the
 * search index is behind the saves.
 * Imports are counted where they commit ({@code org.hyoka.imports}).
 */
final class HyokaMeters implements MeterBinder {

    private final List<CountedCache> caches;
    private final Optional<SearchIndex> index;
    private final AtomicLong savedSheets = new AtomicLong();

    HyokaMeters(List<CountedCache> caches, Optional<SearchIndex> index) {
        this.caches = caches;
        this.index = index;
    }

    /** Counted after commit, as the index learns of them: the difference is the index lag. */
    void saved(SheetsSaved saved) {
        savedSheets.addAndGet(saved.sheets().size());
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("hyoka.sheets.saved", savedSheets, AtomicLong::get)
                .description("sheets saved (published or changed) since start").register(registry);
        for (CountedCache cache : caches) {
            FunctionCounter.builder("hyoka.cache.hits", cache, c -> c.hitCounter().hits())
                    .tag("cache", cache.cacheName()).description("requests answered from the cache").register(registry);
            FunctionCounter.builder("hyoka.cache.misses", cache, c -> c.hitCounter().misses())
                    .tag("cache", cache.cacheName()).description("requests the cache could not answer").register(registry);
            Gauge.builder("hyoka.cache.hit.ratio", cache, HyokaMeters::ratio)
                    .tag("cache", cache.cacheName()).description("hits / (hits + misses) since start").register(registry);
        }
        index.ifPresent(search -> {
            Gauge.builder("hyoka.search.index.ready", search, s -> s.isReady() ? 1 : 0)
                    .description("1 once the start-up build or catch-up of the search index has finished").register(registry);
            Gauge.builder("hyoka.search.index.sheets", search, SearchIndex::indexedCount)
                    .description("sheets indexed by a start-up rebuild (0 when the index on disk was brought up to date)").register(registry);
            Gauge.builder("hyoka.search.index.lag.sheets", this, m -> Math.max(0, m.savedSheets.get() - search.updatedCount()))
                    .description("sheets saved but not yet searchable").register(registry);
            Gauge.builder("hyoka.search.index.last.commit.age", search,
                    s -> (System.currentTimeMillis() - s.lastCommitMillis()) / 1000.0)
                    .baseUnit("seconds").description("seconds since the index last committed a change").register(registry);
        });
    }

    private static double ratio(CountedCache cache) {
        long hits = cache.hitCounter().hits();
        long all = hits + cache.hitCounter().misses();
        return all == 0 ? 0 : (double) hits / all;
    }
}
