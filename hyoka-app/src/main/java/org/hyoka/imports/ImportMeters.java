package org.hyoka.imports;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Imports for the operators' metrics (hyoka_imports_total, hyoka_imports_sheets_total by outcome),
 * counted when the import's transaction commits: a rolled-back import imported nothing.
 */
@Component
class ImportMeters {

    private final MeterRegistry registry;

    ImportMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** For an import put together by hand (tests): counted, but seen by nobody. */
    static ImportMeters unseen() {
        return new ImportMeters(new SimpleMeterRegistry());
    }

    void imported(ImportSummary summary) {
        Runnable count = () -> {
            Counter.builder("hyoka.imports").description("imports committed").register(registry).increment();
            for (ImportSummary.Outcome outcome : ImportSummary.Outcome.values()) {
                long sheets = summary.sheets().stream().filter(s -> s.outcome() == outcome).count();
                Counter.builder("hyoka.imports.sheets").tag("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT))
                        .description("sheets of committed imports").register(registry).increment(sheets);
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    count.run();
                }
            });
        } else {
            count.run();
        }
    }
}
