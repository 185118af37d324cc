package org.hyoka.dashboard;

import java.util.List;
import java.util.Optional;

import org.hyoka.caching.CacheNames;
import org.hyoka.caching.CorpusWideCaches;
import org.hyoka.caching.StampedCache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

/**
 * The dashboards' numbers of recently asked scopes (cache {@value CacheNames#DASHBOARDS}), for anyone: they are
 * public, the same for every reader, and change only when the public corpus does. The national page sums the
 * maintained counts of every municipality (270 ms at a million sheets, BENCHMARKS.md), too dear to do for every
 * reader. Every publication or withdrawal, this node's or another's ({@link CorpusChanged}), empties the cache:
 * a city's change moves the national numbers as well as its own.
 */
@Component
class DashboardCache {

    /** What a dashboard page shows of its scope: the tables, and the municipalities and years to choose from. */
    record Numbers(List<DashboardTable> tables, List<String> municipalities, List<Integer> years) {
        Numbers {
            tables = List.copyOf(tables);
            municipalities = List.copyOf(municipalities);
            years = List.copyOf(years);
        }
    }

    private final Dashboards dashboards;
    private final DashboardRepository repository;
    private final StampedCache<DashboardScope, Numbers> numbers;

    DashboardCache(Dashboards dashboards, DashboardRepository repository, CacheManager caches,
            CorpusWideCaches corpusWide) {
        this.dashboards = dashboards;
        this.repository = repository;
        this.numbers = corpusWide.emptiedByEveryChange(StampedCache.of(caches, CacheNames.DASHBOARDS, Numbers.class));
    }

    Numbers of(DashboardScope scope) {
        long stamp = numbers.stamp();
        Optional<Numbers> cached = numbers.find(scope);
        if (cached.isPresent()) {
            return cached.get();
        }
        Numbers made = new Numbers(dashboards.all(scope), repository.municipalities(), repository.years(scope));
        numbers.putIfUnchanged(scope, made, stamp);
        return made;
    }

    /** One table of the scope, as the page shows it. */
    Optional<DashboardTable> table(String id, DashboardScope scope) {
        return of(scope).tables().stream().filter(table -> table.id().equals(id)).findFirst();
    }
}
