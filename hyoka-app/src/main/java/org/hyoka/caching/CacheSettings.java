package org.hyoka.caching;

import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The size and expiry of each public cache as a Caffeine specification ({@code maximumSize=256,expireAfterWrite=1h}),
 * set once in {@code application.properties}; {@code maximumSize=0} turns a cache off (to measure without it).
 */
@ConfigurationProperties("hyoka.caches")
public record CacheSettings(String publicPages, String publicSheets, String sheetPages, String facets,
        String dashboards) {

    public CacheSettings {
        // a missing line in application.properties is a start-up error, not a silently unbounded cache
        Objects.requireNonNull(publicPages, "hyoka.caches.public-pages");
        Objects.requireNonNull(publicSheets, "hyoka.caches.public-sheets");
        Objects.requireNonNull(sheetPages, "hyoka.caches.sheet-pages");
        Objects.requireNonNull(facets, "hyoka.caches.facets");
        Objects.requireNonNull(dashboards, "hyoka.caches.dashboards");
    }
}
