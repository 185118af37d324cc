package org.hyoka.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.hyoka.metrics.HitCounter;
import org.jspecify.annotations.Nullable;

/**
 * Search results keyed by request, valid for one index reader. Entries hold only ids, scores and
 * snippets, and the first request after a save (a new reader) starts an empty map, so a result is
 * never older than the index it was computed on.
 */
final class ResultCache {

    /** Computes a result that is not cached. */
    interface Search {
        SearchResults run() throws IOException;
    }

    private final int capacity;
    final HitCounter counter = new HitCounter();
    private @Nullable IndexReader reader;
    private Map<SearchRequest, SearchResults> results;

    ResultCache(int capacity) {
        this.capacity = capacity;
        this.results = newMap();
    }

    SearchResults get(IndexReader current, SearchRequest request, Search search) throws IOException {
        synchronized (this) {
            if (current != reader) {
                reader = current;
                results = newMap();
            }
            SearchResults cached = results.get(request);
            if (cached != null) {
                counter.hit();
                return cached;
            }
        }
        counter.miss();
        SearchResults computed = search.run();
        synchronized (this) {
            if (current == reader) {
                results.put(request, computed);
            }
        }
        return computed;
    }

    private Map<SearchRequest, SearchResults> newMap() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<SearchRequest, SearchResults> eldest) {
                return size() > capacity;
            }
        };
    }
}
