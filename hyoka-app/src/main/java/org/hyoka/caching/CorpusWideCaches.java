package org.hyoka.caching;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hyoka.sheets.CorpusChanged;
import org.hyoka.sheets.SheetsSaved;
import org.hyoka.sheets.SheetsWithdrawn;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The caches whose every entry may depend on any sheet (list and search pages, facet counts, dashboards): each
 * publication or withdrawal empties them all, this node's after its commit, another node's when its change log
 * arrives ({@link CorpusChanged}). Their owners register them here instead of each listening for the same news.
 */
@Component
public class CorpusWideCaches {

    private final List<StampedCache<?, ?>> caches = new CopyOnWriteArrayList<>();

    /** Registers the cache to be emptied by every change of the public corpus; returns it. */
    public <K, V> StampedCache<K, V> emptiedByEveryChange(StampedCache<K, V> cache) {
        caches.add(cache);
        return cache;
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void onSaved(SheetsSaved saved) {
        emptyAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void onWithdrawn(SheetsWithdrawn withdrawn) {
        emptyAll();
    }

    /** Another node published or withdrew sheets. */
    @TransactionalEventListener(fallbackExecution = true)
    public void onCorpusChanged(CorpusChanged changed) {
        emptyAll();
    }

    private void emptyAll() {
        caches.forEach(StampedCache::clear);
    }
}
