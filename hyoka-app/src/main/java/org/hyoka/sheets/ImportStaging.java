package org.hyoka.sheets;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.hyoka.sheet.Sheet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tables of an import in progress (V21), which lets an import commit a batch at a time and still be
 * all or nothing. {@code org.hyoka.imports.SheetImports} describes the whole mechanism; here is its SQL:
 * <ul>
 * <li>{@link #begin}: a row of {@code sheet_import}, committed at once, with a heartbeat;</li>
 * <li>{@link #stage}: the new sheets as rows of {@code sheet} with status {@value #IMPORTING} and the
 * import's id, plus their derived rows; no workflow, revision, tenant, audit or change-log row yet;</li>
 * <li>{@link #stageAudit}, {@link #stageUpdate}: audit entries and updates of stored sheets, waiting;</li>
 * <li>{@link #finish}: in the caller's (last) transaction, everything made real at once;</li>
 * <li>{@link #discard}, {@link #discardAbandoned}: removing the row removes the rest (ON DELETE CASCADE).</li>
 * </ul>
 */
public final class ImportStaging {

    /** The status of a sheet row of an import in progress: every public read asks for 'published' only. */
    public static final String IMPORTING = "importing";

    private final JdbcTemplate jdbc;
    private final SheetRepository repository;
    private final TransactionTemplate transactions;
    private final TransactionTemplate separate;
    private final SheetDocuments documents = new SheetDocuments();

    ImportStaging(JdbcTemplate jdbc, SheetRepository repository, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.transactions = new TransactionTemplate(transactionManager);
        this.separate = new TransactionTemplate(transactionManager);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** An update of a stored sheet the import will write at its end, if nobody changed the sheet meanwhile. */
    public record StagedUpdate(int position, long sheetId, String state, int baseRevision, String document) {
    }

    /** An audit entry the import will write at its end. */
    public record StagedAudit(int position, String action, @Nullable Long sheetId, String detail,
            @Nullable String municipalityCode) {
    }

    /** Runs {@code work} in a transaction of its own, or in the caller's if there is one. */
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    /** True inside a transaction that began before the import: then the import is one transaction, as before. */
    public static boolean joined() {
        return TransactionSynchronizationManager.isActualTransactionActive();
    }

    /** @return the new import's id */
    public long begin(String actor, @Nullable String role, @Nullable String from) {
        return inTransaction(() -> {
            OffsetDateTime now = now();
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update(connection -> {
                var statement = connection.prepareStatement("INSERT INTO sheet_import (origin, actor, role, remote_addr, "
                        + "started_at, heartbeat_at) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"});
                statement.setString(1, CorpusChanges.ORIGIN);
                statement.setString(2, actor);
                statement.setString(3, role);
                statement.setString(4, from);
                statement.setObject(5, now);
                statement.setObject(6, now);
                return statement;
            }, key);
            return key.getKeyAs(Number.class).longValue();
        });
    }

    /**
     * Says the import is alive, in the batch's transaction.
     *
     * @throws IllegalStateException if the import is gone: another process took it for abandoned
     */
    public void heartbeat(long importId) {
        if (jdbc.update("UPDATE sheet_import SET heartbeat_at = ? WHERE id = ?", now(), importId) != 1) {
            throw new IllegalStateException("取込み（" + importId + "）は中断されたものとして片付けられました。"
                    + "もう一度取り込んでください。");
        }
    }

    /** New sheets of the import, in the caller's transaction: stored, seen by nobody. */
    public List<StoredSheet> stage(long importId, List<Sheet> sheets) {
        Instant savedAt = now().toInstant();
        List<Long> ids = repository.insertRows(sheets, sheets.stream().map(documents::write).toList(), savedAt,
                IMPORTING, importId);
        List<StoredSheet> staged = new ArrayList<>(sheets.size());
        for (int i = 0; i < sheets.size(); i++) {
            staged.add(new StoredSheet(ids.get(i), sheets.get(i), savedAt));
        }
        return staged;
    }

    public void stageAudit(long importId, List<StagedAudit> entries) {
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (StagedAudit e : entries) {
            String detail = e.detail().length() <= 4000 ? e.detail() : e.detail().substring(0, 3999) + "…";
            rows.add(new Object[] {importId, e.position(), e.action(), e.sheetId(), detail, e.municipalityCode()});
        }
        BulkInsert.rows(jdbc, "INSERT INTO sheet_import_audit (import_id, position, action, sheet_id, detail, "
                + "municipality_code) VALUES (?, ?, ?, ?, ?, ?)", rows);
    }

    public void stageUpdate(long importId, List<StagedUpdate> updates) {
        jdbc.batchUpdate("INSERT INTO sheet_import_update (import_id, position, sheet_id, state, base_revision, "
                + "document) VALUES (?, ?, ?, ?, ?, ?)", updates.stream().map(u -> new Object[] {importId,
                    u.position(), u.sheetId(), u.state(), u.baseRevision(), u.document()}).toList());
    }

    /** The staged updates in the order they came, a batch at a time, in the caller's transaction. */
    public void forEachUpdate(long importId, Consumer<StagedUpdate> action) {
        int after = -1;
        while (true) {
            List<StagedUpdate> batch = jdbc.query("SELECT position, sheet_id, state, base_revision, document "
                    + "FROM sheet_import_update WHERE import_id = ? AND position > ? ORDER BY position LIMIT "
                    + SheetRepository.BATCH, (row, n) -> new StagedUpdate(row.getInt("position"), row.getLong("sheet_id"),
                            row.getString("state"), row.getInt("base_revision"), row.getString("document")),
                    importId, after);
            if (batch.isEmpty()) {
                return;
            }
            batch.forEach(action);
            after = batch.get(batch.size() - 1).position();
        }
    }

    /**
     * Makes the import real, in the caller's transaction (the import's last): the new sheets' tenants,
     * workflow rows and first revisions (whose document is the sheet row's), the audit entries, the
     * change-log rows of what became public, then the status that every read sees; last the import's row.
     */
    public void finish(long importId, boolean publish, String author) {
        OffsetDateTime at = now();
        Tenants.register(jdbc, jdbc.query("SELECT DISTINCT municipality_code, municipality_name, department, "
                + "division, section FROM sheet WHERE import_id = ?", (row, n) -> new Tenants.Unit(
                        row.getString("municipality_code"), row.getString("municipality_name"),
                        row.getString("department"), row.getString("division"), row.getString("section")), importId),
                at.toInstant());
        String state = publish ? "PUBLISHED" : "DRAFT";
        jdbc.update("INSERT INTO sheet_workflow (sheet_id, state, revision, published_revision, municipality_code, "
                + "fiscal_year, sheet_number, title, department, division, updated_at) SELECT id, ?, 1, "
                + (publish ? "1" : "NULL") + ", municipality_code, fiscal_year, sheet_number, title, department, "
                + "division, saved_at FROM sheet WHERE import_id = ?", state, importId);
        jdbc.update("INSERT INTO sheet_revision (sheet_id, number, document, author, saved_at, state, note) "
                + "SELECT id, 1, NULL, ?, saved_at, ?, '取込' FROM sheet WHERE import_id = ?", author, state, importId);
        jdbc.update("INSERT INTO audit_log (at, actor, role, remote_addr, action, sheet_id, detail, municipality_code) "
                + "SELECT ?, i.actor, i.role, i.remote_addr, a.action, a.sheet_id, a.detail, a.municipality_code "
                + "FROM sheet_import_audit a JOIN sheet_import i ON i.id = a.import_id WHERE a.import_id = ? "
                + "ORDER BY a.position", at, importId);
        if (publish) {
            CorpusChanges.savedByImport(jdbc, importId, at.toInstant());
        }
        List<Long> visible = publish
                ? jdbc.queryForList("SELECT id FROM sheet WHERE import_id = ?", Long.class, importId) : List.of();
        jdbc.update("UPDATE sheet SET status = ?, import_id = NULL WHERE import_id = ?",
                publish ? SheetRepository.PUBLISHED : SheetRepository.UNPUBLISHED, importId);
        // the facet counts follow the sheets that just became public, in the same transaction
        SheetTally.add(jdbc, visible);
        jdbc.update("DELETE FROM sheet_import WHERE id = ?", importId);
    }

    /**
     * After a large import, on PostgreSQL, the statistics of the tables it filled: autovacuum would get there,
     * but until it does the planner takes a table of a million rows for the empty one it saw and scans it.
     */
    public void analyzeAfter(long sheets) {
        if (sheets < 10_000) {
            return;
        }
        jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) connection -> {
            if (connection.isWrapperFor(org.postgresql.PGConnection.class)) {
                try (var statement = connection.createStatement()) {
                    statement.execute("ANALYZE sheet, sheet_workflow, sheet_revision, audit_log, corpus_change");
                }
            }
            return null;
        });
    }

    /** Removes what a failed import left, in a transaction of its own. */
    public void discard(long importId) {
        separate.executeWithoutResult(status -> jdbc.update("DELETE FROM sheet_import WHERE id = ?", importId));
    }

    /**
     * Removes every import whose heartbeat is older than {@code after}: its process died (kill -9, power
     * cut) or lost the database. Its rows were never visible; the cascade removes them.
     *
     * @return the number of imports removed
     */
    public int discardAbandoned(Duration after) {
        Integer removed = separate.execute(status -> jdbc.update("DELETE FROM sheet_import WHERE heartbeat_at < ?",
                now().minus(after)));
        return removed == null ? 0 : removed;
    }

    private static OffsetDateTime now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
