package org.hyoka.browse;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

import org.hyoka.caching.CacheNames;
import org.hyoka.caching.CorpusWideCaches;
import org.hyoka.caching.StampedCache;
import org.springframework.cache.CacheManager;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

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

    PublicPageCache(CacheManager caches, CorpusWideCaches corpusWide) {
        this.pages = corpusWide.emptiedByEveryChange(StampedCache.of(caches, CacheNames.PUBLIC_PAGES, byte[].class));
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
}
