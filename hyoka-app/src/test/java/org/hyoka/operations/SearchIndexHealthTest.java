package org.hyoka.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.hyoka.search.SearchIndex;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/** The index is out of service until its start-up build has finished, then up with the count of sheets. */
class SearchIndexHealthTest {

    @Test
    void outOfServiceUntilTheStartUpBuildHasFinished() {
        try (SearchIndex index = new SearchIndex(new ByteBuffersDirectory())) {
            SearchIndexHealth health = new SearchIndexHealth(index);
            assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

            index.rebuild(each -> List.of().forEach(none -> { }));
            assertThat(health.health().getStatus()).as("built, but the changes made meanwhile not yet applied")
                    .isEqualTo(Status.OUT_OF_SERVICE);
            index.markReady();

            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            assertThat(health.health().getDetails()).containsEntry("indexedSheets", 0L);
        }
    }
}
