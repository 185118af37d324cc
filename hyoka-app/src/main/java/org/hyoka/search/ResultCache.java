package org.hyoka.search;

import java.io.IOException;
import java.util.Optional;

import org.apache.lucene.index.IndexReader;
import org.hyoka.caching.CacheNames;
import org.hyoka.caching.StampedCache;
import org.hyoka.metrics.HitCounter;
import org.jspecify.annotations.Nullable;

/**
 * Search results keyed by request, valid for one index reader. Entries hold only ids, scores and
 * snippets, and the first request on a new reader (after any change of the index: a local save or
 * withdrawal, or another node's as the index learns of it) empties the cache, so a result is never
 * older than the index it was computed on. The index makes this cache itself, outside the manager.
 */
final class ResultCache {

    /** Computes a result that is not cached. */
    interface Search {
        SearchResults run() throws IOException;
    }

    private final StampedCache<SearchRequest, SearchResults> results;
    final HitCounter counter;
    private @Nullable IndexReader reader;

    ResultCache(long capacity) {
        this.results = StampedCache.standalone(CacheNames.SEARCH_RESULTS, capacity, SearchResults.class);
        this.counter = results.hitCounter();
    }

    SearchResults get(IndexReader current, SearchRequest request, Search search) throws IOException {
        long stamp;
        synchronized (this) {
            if (current != reader) {
                reader = current;
                results.clear();
            }
            stamp = results.stamp();
        }
        Optional<SearchResults> cached = results.find(request);
        if (cached.isPresent()) {
            return cached.get();
        }
        SearchResults computed = search.run();
        // a newer reader came meanwhile: this result is of the old one
        results.putIfUnchanged(request, computed, stamp);
        return computed;
    }
}
