package org.hyoka.operations;

import org.hyoka.search.SearchIndex;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The search index is ready once its start-up build, or the catch-up of an index kept on disk with the
 * change log, has finished: before that a search would miss
 * sheets, so the node is left out of the load balancer (readiness group) but not restarted (liveness).
 */
final class SearchIndexHealth implements HealthIndicator {

    private final SearchIndex index;

    SearchIndexHealth(SearchIndex index) {
        this.index = index;
    }

    @Override
    public Health health() {
        Health.Builder health = index.isReady() ? Health.up() : Health.outOfService();
        return health.withDetail("indexedSheets", index.indexedCount()).withDetail("rereadSheets", index.rereadCount())
                .withDetail("changeLogPosition", index.position().changeId()).build();
    }
}
