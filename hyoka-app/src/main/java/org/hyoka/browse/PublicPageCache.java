package org.hyoka.browse;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.hyoka.metrics.CountedCache;
import org.hyoka.metrics.HitCounter;
import org.hyoka.sheets.SheetsSaved;
import org.hyoka.sheets.SheetsWithdrawn;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * List and search pages as anonymous readers get them. What the public sees changes only when a
 * sheet is published, so a rendered page stays right until the next save, which empties the cache.
 * Only successful pages are kept; signed-in users and error pages are always rendered afresh.
 */
@Component
class PublicPageCache implements CountedCache {

    private final HitCounter counter = new HitCounter();

    private final Map<String, byte[]> pages;
    /** Counts saves, so that a page rendered across a save is not kept. */
    private long generation;

    PublicPageCache(@Value("${hyoka.pages.public-cache-size:256}") int capacity) {
        this.pages = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The cached page for this key, or the rendered one, kept when it is a 200. */
    ResponseEntity<?> get(String key, Supplier<ResponseEntity<String>> render) {
        byte[] cached;
        long generation;
        synchronized (pages) {
            cached = pages.get(key);
            generation = this.generation;
        }
        if (cached != null) {
            counter.hit();
            return ResponseEntity.ok().contentType(Pages.HTML).cacheControl(CacheControl.noCache()).body(cached);
        }
        counter.miss();
        ResponseEntity<String> rendered = render.get();
        if (rendered.getStatusCode() == HttpStatus.OK && rendered.getBody() != null) {
            byte[] html = rendered.getBody().getBytes(StandardCharsets.UTF_8);
            synchronized (pages) {
                // a save while rendering may have made this page stale: keep it only if none happened
                if (generation == this.generation) {
                    pages.put(key, html);
                }
            }
        }
        return rendered;
    }

    @Override
    public String cacheName() {
        return "public_pages";
    }

    @Override
    public HitCounter hitCounter() {
        return counter;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onSaved(SheetsSaved saved) {
        clear();
    }

    /** A withdrawn sheet leaves every list and search page that showed it. */
    @TransactionalEventListener(fallbackExecution = true)
    void onWithdrawn(SheetsWithdrawn withdrawn) {
        clear();
    }

    private void clear() {
        synchronized (pages) {
            pages.clear();
            generation++;
        }
    }
}
