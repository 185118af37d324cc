package org.hyoka.browse;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

import org.hyoka.caching.CacheNames;
import org.hyoka.caching.StampedCache;
import org.hyoka.sheets.CorpusChanged;
import org.hyoka.sheets.SheetsSaved;
import org.hyoka.sheets.SheetsWithdrawn;
import org.springframework.cache.CacheManager;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * List and search pages as anonymous readers get them (cache {@value CacheNames#PUBLIC_PAGES}). What
 * the public sees changes only when a sheet is published or withdrawn, here or on another node, so a
 * rendered page stays right until then; any such change may touch any list (the national one, the
 * facet counts of every other), so it empties the cache. Only successful pages are kept; the
 * controllers never ask it for signed-in users, whose pages are always rendered afresh.
 */
@Component
class PublicPageCache {

    private final StampedCache<String, byte[]> pages;

    PublicPageCache(CacheManager caches) {
        this.pages = StampedCache.of(caches, CacheNames.PUBLIC_PAGES, byte[].class);
    }

    /** The cached page for this key, or the rendered one, kept when it is a 200. */
    ResponseEntity<?> get(String key, Supplier<ResponseEntity<String>> render) {
        long stamp = pages.stamp();
        Optional<byte[]> cached = pages.find(key);
        if (cached.isPresent()) {
            return ResponseEntity.ok().contentType(Pages.HTML).cacheControl(CacheControl.noCache()).body(cached.get());
        }
        ResponseEntity<String> rendered = render.get();
        if (rendered.getStatusCode() == HttpStatus.OK && rendered.getBody() != null) {
            pages.putIfUnchanged(key, rendered.getBody().getBytes(StandardCharsets.UTF_8), stamp);
        }
        return rendered;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onSaved(SheetsSaved saved) {
        pages.clear();
    }

    /** A withdrawn sheet leaves every list and search page that showed it. */
    @TransactionalEventListener(fallbackExecution = true)
    void onWithdrawn(SheetsWithdrawn withdrawn) {
        pages.clear();
    }

    /** Another node published or withdrew sheets. */
    @TransactionalEventListener(fallbackExecution = true)
    void onCorpusChanged(CorpusChanged changed) {
        pages.clear();
    }
}
