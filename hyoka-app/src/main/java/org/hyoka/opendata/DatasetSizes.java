package org.hyoka.opendata;

import java.io.OutputStream;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * The byte size of each file, which the catalog shows and CKAN and DCAT report: measured by writing
 * the file into a counter, and kept under the file's ETag, so a size is never that of other content.
 * Measuring means exporting, so one catalog request measures while it waits only up to a budget of
 * sheets (the configured number); what is beyond it (the corpus, or many datasets after many
 * publications) is measured in the background, and until then its size is unknown (CKAN's null)
 * rather than making a catalog request wait minutes. A publication changes the ETags of its
 * municipality × year and of the corpus only, so only their files are measured again.
 */
@Component
class DatasetSizes {

    private static final Logger log = LoggerFactory.getLogger(DatasetSizes.class);

    private final OpenDataExports exports;
    /** Sizes of files at ETags that are no longer current are not looked up again; past this many, start afresh. */
    static final int KEPT = 4_096;

    private final long waitForSheets;
    private final Map<String, Long> sizes = new ConcurrentHashMap<>();
    private final Map<String, Boolean> measuring = new ConcurrentHashMap<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "open-data-sizes");
        thread.setDaemon(true);
        return thread;
    });

    DatasetSizes(OpenDataExports exports,
            @Value("${hyoka.open-data.measure-while-waiting-up-to-sheets:500}") long waitForSheets) {
        this.exports = exports;
        this.waitForSheets = waitForSheets;
    }

    /** What one request may spend on measuring while it waits, in sheets exported. */
    Budget budget() {
        return new Budget(waitForSheets);
    }

    /** The size if known or affordable within the budget; otherwise empty, and it is being measured. */
    OptionalLong size(Dataset dataset, Distribution distribution, Budget budget) {
        String key = dataset.href(distribution) + dataset.etag(distribution);
        Long known = sizes.get(key);
        if (known != null) {
            return OptionalLong.of(known);
        }
        // the ZIP holds the three tables and the JSON: four exports of the sheets
        long cost = dataset.set().sheets() * (distribution == Distribution.ZIP ? 4 : 1);
        if (cost <= budget.remaining) {
            budget.remaining -= cost;
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
        keep(dataset.href(distribution) + dataset.etag(distribution), bytes);
    }

    private long measure(String key, Dataset dataset, Distribution distribution) {
        Counter counter = new Counter();
        exports.write(dataset, distribution, counter);
        keep(key, counter.bytes);
        return counter.bytes;
    }

    private void keep(String key, long bytes) {
        if (sizes.size() >= KEPT) {
            sizes.clear();
        }
        sizes.put(key, bytes);
    }

    /** Sheets one request may still export to measure sizes. */
    static final class Budget {
        private long remaining;

        Budget(long sheets) {
            this.remaining = sheets;
        }
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
