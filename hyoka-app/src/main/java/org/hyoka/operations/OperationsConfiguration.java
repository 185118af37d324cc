package org.hyoka.operations;

import java.util.List;
import java.util.Optional;

import org.hyoka.metrics.CountedCache;
import org.hyoka.search.SearchIndex;
import org.hyoka.sheets.SheetsSaved;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
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

    @Bean
    HyokaMeters hyokaMeters(List<CountedCache> caches, Optional<SearchIndex> index) {
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
