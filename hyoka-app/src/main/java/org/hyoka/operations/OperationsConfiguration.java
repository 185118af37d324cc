package org.hyoka.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hyoka.caching.CacheConfiguration;
import org.hyoka.metrics.CountedCache;
import org.hyoka.search.SearchIndex;
import org.hyoka.sheets.SheetsSaved;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The web application's health contributors and meters; who may see them is
 * {@code org.hyoka.security.ActuatorSecurity}'s.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class OperationsConfiguration {

    @Bean
    SearchIndexHealth searchIndexHealthIndicator(SearchIndex index) {
        return new SearchIndexHealth(index);
    }

    /** The search index counts its own result cache; the public caches are the cache manager's. */
    @Bean
    HyokaMeters hyokaMeters(List<CountedCache> counted, List<CacheManager> managers, Optional<SearchIndex> index) {
        List<CountedCache> caches = new ArrayList<>(counted);
        managers.forEach(manager -> caches.addAll(CacheConfiguration.counted(manager)));
        return new HyokaMeters(caches, index);
    }

    @Bean
    SavedSheetsListener savedSheetsListener(HyokaMeters meters) {
        return new SavedSheetsListener(meters);
    }

    /** After commit, as the search index hears of the same saves. */
    record SavedSheetsListener(HyokaMeters meters) {
        @TransactionalEventListener(fallbackExecution = true)
        public void onSaved(SheetsSaved saved) {
            meters.saved(saved);
        }
    }
}
