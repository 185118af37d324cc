package org.hyoka.opendata;

import java.io.OutputStream;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.hyoka.sheets.SheetsSaved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import jakarta.annotation.PreDestroy;

/**
 * The byte size of each file, which the catalog shows and CKAN and DCAT report: measured by writing
 * the file into a counter, and kept under the file's ETag, so a size is never that of other content.
 * A small dataset is measured while the catalog waits; a large one (the corpus) in the background,
 * and until then its size is unknown (CKAN's null) rather than making a catalog request wait minutes.
 */
@Component
class DatasetSizes {

    private static final Logger log = LoggerFactory.getLogger(DatasetSizes.class);

    private final OpenDataExports exports;
    private final long waitForSheets;
    private final Map<String, Long> sizes = new ConcurrentHashMap<>();
    private final Map<String, Boolean> measuring = new ConcurrentHashMap<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "open-data-sizes");
        thread.setDaemon(true);
        return thread;
    });

    DatasetSizes(OpenDataExports exports,
            @Value("${hyoka.open-data.measure-while-waiting-up-to-sheets:2000}") long waitForSheets) {
        this.exports = exports;
        this.waitForSheets = waitForSheets;
    }

    /** The size if known or quick to learn; otherwise empty, and it is being measured. */
    OptionalLong size(Dataset dataset, Distribution distribution) {
        String key = dataset.href(distribution) + dataset.etag(distribution);
        Long known = sizes.get(key);
        if (known != null) {
            return OptionalLong.of(known);
        }
        if (dataset.set().sheets() <= waitForSheets) {
            return OptionalLong.of(measure(key, dataset, distribution));
        }
        if (measuring.putIfAbsent(key, Boolean.TRUE) == null) {
            background.execute(() -> {
                try {
                    measure(key, dataset, distribution);
                } catch (RuntimeException e) {
                    log.warn("Could not measure {}: {}", dataset.href(distribution), e.toString());
                } finally {
                    measuring.remove(key);
                }
            });
        }
        return OptionalLong.empty();
    }

    /** A file served in full: its size is now known without measuring. */
    void served(Dataset dataset, Distribution distribution, long bytes) {
        sizes.put(dataset.href(distribution) + dataset.etag(distribution), bytes);
    }

    private long measure(String key, Dataset dataset, Distribution distribution) {
        Counter counter = new Counter();
        exports.write(dataset, distribution, counter);
        sizes.put(key, counter.bytes);
        return counter.bytes;
    }

    /** Sizes of content that no longer exists would only take memory. */
    @TransactionalEventListener(fallbackExecution = true)
    void onSaved(SheetsSaved saved) {
        sizes.clear();
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** Counts what is written and keeps nothing. */
    static final class Counter extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
