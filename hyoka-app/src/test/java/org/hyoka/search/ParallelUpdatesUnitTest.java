package org.hyoka.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.hyoka.sheets.StoredSheet;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** A rebuild's updates on several threads: every one done before close returns, the first failure thrown. */
class ParallelUpdatesUnitTest {

    @Test
    void everySubmittedUpdateHasRunWhenCloseReturns() {
        AtomicInteger done = new AtomicInteger();
        java.util.Set<String> threads = ConcurrentHashMap.newKeySet();
        try (ParallelUpdates updates = new ParallelUpdates(3)) {
            for (int i = 0; i < 20_000; i++) {
                updates.submit(() -> {
                    threads.add(Thread.currentThread().getName());
                    done.incrementAndGet();
                });
            }
        }
        assertThat(done).hasValue(20_000);
        assertThat(threads).as("pool threads and, while the queue is full, the submitting one").hasSizeGreaterThan(1);
    }

    @Test
    void theFirstFailureIsThrownAndStopsTheUpdatesNotYetStarted() {
        AtomicInteger done = new AtomicInteger();
        ParallelUpdates updates = new ParallelUpdates(1);
        updates.submit(() -> {
            throw new IllegalStateException("disk full");
        });
        assertThatThrownBy(() -> {
            for (int i = 0; i < 10_000; i++) {
                updates.submit(done::incrementAndGet);
            }
            updates.close();
        }).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
        assertThat(done.get()).isLessThan(10_000);
    }

    @Test
    void aRebuildOnAllCoresIndexesEverySheetOnce() {
        List<StoredSheet> seed = SeedSheets.all();
        try (SearchIndex index = new SearchIndex(new ByteBuffersDirectory())) {
            for (int round = 0; round < 2; round++) {
                index.rebuild(each -> {
                    for (int id = 1; id <= 2_000; id++) {
                        StoredSheet model = seed.get((id - 1) % seed.size());
                        each.accept(new StoredSheet(id, model.sheet(), model.savedAt()));
                    }
                });
                assertThat(index.indexedCount()).isEqualTo(2_000);
                assertThat(index.search(SearchRequest.of("オープンデータ")).total())
                        .as("sheet 6 of the seed, 250 times, after rebuild %d", round + 1).isEqualTo(250);
            }
        }
    }
}
