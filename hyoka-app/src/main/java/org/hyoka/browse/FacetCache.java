package org.hyoka.browse;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hyoka.metrics.CountedCache;
import org.hyoka.metrics.HitCounter;
import org.hyoka.sheets.FacetCounts;
import org.hyoka.sheets.SheetQuery;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.sheets.SheetSort;
import org.hyoka.sheets.SheetsSaved;
import org.hyoka.sheets.SheetsWithdrawn;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Facet counts of recently asked filter combinations. Counting is one GROUP BY per filter over the
 * whole corpus, the dearest part of a list page, and its answer changes only when sheets are saved,
 * so every save empties the cache. Page and sort do not change counts and are not part of the key.
 */
@Component
class FacetCache implements CountedCache {

    private static final int CAPACITY = 1000;

    private final SheetRepository repository;
    private final HitCounter counter = new HitCounter();
    private final Map<SheetQuery, FacetCounts> recent = new LinkedHashMap<>(CAPACITY * 4 / 3 + 1, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SheetQuery, FacetCounts> eldest) {
            return size() > CAPACITY;
        }
    };
    /** Bumped by every save, so that counts computed from older data are not stored after it. */
    private long generation;

    FacetCache(SheetRepository repository) {
        this.repository = repository;
    }

    FacetCounts facets(SheetQuery query) {
        SheetQuery key = new SheetQuery(query.municipalityCode(), query.fiscalYear(), query.department(),
                query.division(), query.direction(), query.sdg(), query.strategicPlanCode(), query.category(),
                query.continuity(), query.form(), query.achievement(), query.indicatorKind(), query.policy(),
                SheetSort.NUMBER, 0, 1);
        long seen;
        synchronized (recent) {
            FacetCounts cached = recent.get(key);
            if (cached != null) {
                counter.hit();
                return cached;
            }
            seen = generation;
        }
        counter.miss();
        FacetCounts counted = repository.facets(key);
        synchronized (recent) {
            if (generation == seen) {
                recent.put(key, counted);
            }
        }
        return counted;
    }

    @Override
    public String cacheName() {
        return "facets";
    }

    @Override
    public HitCounter hitCounter() {
        return counter;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onSaved(SheetsSaved saved) {
        clear();
    }

    /** A withdrawn sheet no longer counts. */
    @TransactionalEventListener(fallbackExecution = true)
    void onWithdrawn(SheetsWithdrawn withdrawn) {
        clear();
    }

    private void clear() {
        synchronized (recent) {
            generation++;
            recent.clear();
        }
    }
}
