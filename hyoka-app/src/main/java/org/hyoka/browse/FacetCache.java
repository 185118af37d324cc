package org.hyoka.browse;

import java.util.Optional;

import org.hyoka.caching.CacheNames;
import org.hyoka.caching.CorpusWideCaches;
import org.hyoka.caching.StampedCache;
import org.hyoka.sheets.FacetCounts;
import org.hyoka.sheets.SheetQuery;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.sheets.SheetSort;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

/**
 * Facet counts of recently asked filter combinations (cache {@value CacheNames#FACETS}). Counting is
 * the dearest part of a list page and its answer changes only when the public corpus does. Each
 * filter is counted under the query's other filters, so a change in one city changes the counts of a
 * query filtered to another (its municipality facet): every change empties the whole cache. Page and
 * sort do not change counts and are not part of the key.
 */
@Component
class FacetCache {

    private final SheetRepository repository;
    private final StampedCache<SheetQuery, FacetCounts> counts;

    FacetCache(SheetRepository repository, CacheManager caches, CorpusWideCaches corpusWide) {
        this.repository = repository;
        this.counts = corpusWide.emptiedByEveryChange(StampedCache.of(caches, CacheNames.FACETS, FacetCounts.class));
    }

    FacetCounts facets(SheetQuery query) {
        SheetQuery key = new SheetQuery(query.municipalityCode(), query.fiscalYear(), query.department(),
                query.division(), query.direction(), query.sdg(), query.strategicPlanCode(), query.category(),
                query.continuity(), query.form(), query.achievement(), query.indicatorKind(), query.policy(),
                SheetSort.NUMBER, 0, 1);
        long stamp = counts.stamp();
        Optional<FacetCounts> cached = counts.find(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        FacetCounts counted = repository.facets(key);
        counts.putIfUnchanged(key, counted, stamp);
        return counted;
    }
}
