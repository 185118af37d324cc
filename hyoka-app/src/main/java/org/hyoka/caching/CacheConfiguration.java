package org.hyoka.caching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hyoka.metrics.CountedCache;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * One Caffeine cache manager with a fixed set of caches, each recording its statistics, so that
 * Spring Boot's cache metrics ({@code cache_gets_total{cache,result="hit"|"miss"}}, evictions, size)
 * reach Prometheus for every one of them. A name that is not configured is an error, not a new cache.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
@EnableConfigurationProperties(CacheSettings.class)
public class CacheConfiguration {

    @Bean
    CaffeineCacheManager cacheManager(CacheSettings settings) {
        return manager(settings);
    }

    /** The manager of these settings (tests build one of their own). */
    public static CaffeineCacheManager manager(CacheSettings settings) {
        CaffeineCacheManager manager = new CaffeineCacheManager();
        manager.setAllowNullValues(false);
        // no names: the manager makes no cache on demand, only the registered ones exist
        manager.setCacheNames(List.of());
        Map.of(CacheNames.PUBLIC_PAGES, settings.publicPages(), CacheNames.PUBLIC_SHEETS, settings.publicSheets(),
                CacheNames.SHEET_PAGES, settings.sheetPages(), CacheNames.FACETS, settings.facets(),
                CacheNames.DASHBOARDS, settings.dashboards())
                .forEach((name, spec) -> manager.registerCustomCache(name, Caffeine.from(spec).recordStats()
                        // evictions are done by the thread that caused them, not later on the shared pool: a
                        // maximumSize of 0 keeps nothing even for a moment
                        .executor(Runnable::run).build()));
        return manager;
    }

    /** Each Caffeine cache of the manager, as Hyoka's own hit and miss meters count it. */
    public static List<CountedCache> counted(CacheManager manager) {
        List<CountedCache> counted = new ArrayList<>();
        for (String name : manager.getCacheNames()) {
            if (manager.getCache(name) instanceof CaffeineCache cache) {
                counted.add(CountedCache.of(name, StampedCache.counter(cache.getNativeCache())));
            }
        }
        return counted;
    }
}
