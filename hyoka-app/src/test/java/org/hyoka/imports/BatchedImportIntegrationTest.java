package org.hyoka.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.audit.AuditLog;
import org.hyoka.evaluation.ImportedRevisions;
import org.hyoka.generate.Municipalities;
import org.hyoka.generate.SheetGenerator;
import org.hyoka.importer.municipality.MunicipalityDirectory;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.ImportStaging;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An import commits a bounded batch at a time and is still all or nothing ({@link SheetImports#importEach}):
 * nothing is visible before its last commit, a failure in any batch leaves nothing behind, and the
 * leftovers of a process that died are removed by the next import. Observed from a connection of its own,
 * which sees what has been committed, while the import's stream is being read.
 */
class BatchedImportIntegrationTest {

    private static final int COMMIT = 4;

    private record Store(DataSource dataSource, JdbcTemplate jdbc, SheetRepository repository, SheetImports imports) {

        static Store on(TestDatabases.Kind kind) {
            DataSource dataSource = TestDatabases.fresh(kind);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            SheetRepository repository = new SheetRepository(jdbc, new DataSourceTransactionManager(dataSource), e -> { });
            SheetImports imports = new SheetImports(repository, ImportedRevisions.on(jdbc, repository),
                    new PendingImports(jdbc), new AuditLog(jdbc), Optional.empty(), 1 << 20, ImportMeters.unseen(), COMMIT,
                    Duration.ofMinutes(10));
            return new Store(dataSource, jdbc, repository, imports);
        }

        /** A count on a connection of its own: what other sessions see now. */
        long committed(String sql) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery(sql)) {
                row.next();
                return row.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        long count(String sql) {
            return jdbc.queryForObject(sql, Long.class);
        }

        /** Every row an import leaves while in progress, and every row it makes when done. */
        List<Long> footprint() {
            return List.of(count("SELECT COUNT(*) FROM sheet"), count("SELECT COUNT(*) FROM sheet_workflow"),
                    count("SELECT COUNT(*) FROM sheet_revision"), count("SELECT COUNT(*) FROM sheet_indicator"),
                    count("SELECT COUNT(*) FROM audit_log"), count("SELECT COUNT(*) FROM corpus_change"),
                    count("SELECT COUNT(*) FROM municipality"), count("SELECT COUNT(*) FROM sheet_import"),
                    count("SELECT COUNT(*) FROM sheet_import_audit"), count("SELECT COUNT(*) FROM sheet_import_update"));
        }
    }

    private static List<Sheet> generated(int count, long seed) {
        SheetGenerator generator = new SheetGenerator(Municipalities.choose(MunicipalityDirectory.shipped(), 2, seed),
                UnitCostTable.standard(), seed);
        List<Sheet> sheets = new ArrayList<>();
        generator.sheets(count).forEachRemaining(sheets::add);
        return sheets;
    }

    /** The sheets, with {@code observe} called before each is handed over; a failure at {@code failAt} (from 1). */
    private static Iterator<Sheet> watched(List<Sheet> sheets, Runnable observe, int failAt) {
        Iterator<Sheet> inner = sheets.iterator();
        return new Iterator<>() {
            private int taken;

            @Override
            public boolean hasNext() {
                return inner.hasNext();
            }

            @Override
            public Sheet next() {
                observe.run();
                if (++taken == failAt) {
                    throw new InvalidSheetException("sheet " + taken + " breaks the format", List.of());
                }
                return inner.next();
            }
        };
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void batchesCommitAsTheyGoAndNothingIsVisibleUntilTheLastCommit(TestDatabases.Kind kind) {
        Store store = Store.on(kind);
        List<Sheet> sheets = generated(10, 7);
        List<Long> staged = new ArrayList<>();
        List<Long> visible = new ArrayList<>();
        Runnable observe = () -> {
            staged.add(store.committed("SELECT COUNT(*) FROM sheet WHERE status = 'importing'"));
            visible.add(store.committed("SELECT COUNT(*) FROM sheet WHERE status = 'published'")
                    + store.committed("SELECT COUNT(*) FROM sheet_workflow")
                    + store.committed("SELECT COUNT(*) FROM audit_log")
                    + store.committed("SELECT COUNT(*) FROM corpus_change"));
        };

        ImportSummary summary = store.imports().importEach(watched(sheets, observe, -1),
                ImportOptions.commandLine(true, OnMatch.UPDATE));

        // before sheet k, the batches of COMMIT sheets before it have committed, and no more
        assertThat(staged).containsExactly(0L, 0L, 0L, 0L, 4L, 4L, 4L, 4L, 8L, 8L);
        assertThat(visible).containsOnly(0L);
        assertThat(summary.added()).isEqualTo(10);
        assertThat(store.count("SELECT COUNT(*) FROM sheet WHERE status = 'published' AND import_id IS NULL")).isEqualTo(10);
        assertThat(store.count("SELECT COUNT(*) FROM sheet_workflow WHERE state = 'PUBLISHED' AND published_revision = 1"))
                .isEqualTo(10);
        // one copy of each document: the first revision reads the sheet row's
        assertThat(store.count("SELECT COUNT(*) FROM sheet_revision WHERE number = 1 AND document IS NULL")).isEqualTo(10);
        assertThat(store.count("SELECT COUNT(*) FROM audit_log WHERE action = 'sheet.import.published'")).isEqualTo(10);
        assertThat(store.count("SELECT COUNT(*) FROM corpus_change WHERE kind = 'saved'")).isEqualTo(10);
        // the facet counts (sheet_tally) learn of the sheets in the same last transaction
        assertThat(store.count("SELECT COALESCE(SUM(sheets), 0) FROM sheet_tally WHERE facet = 'sheets'")).isEqualTo(10);
        assertThat(store.count("SELECT COUNT(*) FROM municipality")).isEqualTo(2);
        assertThat(store.count("SELECT COUNT(*) FROM sheet_import")).isZero();
        assertThat(store.repository().find(summary.sheets().get(9).sheetId()).orElseThrow().sheet()).isEqualTo(sheets.get(9));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anImportThatFailsInItsThirdBatchLeavesNothingVisibleAndNothingBehind(TestDatabases.Kind kind) {
        Store store = Store.on(kind);
        store.imports().importEach(generated(3, 1).iterator(), ImportOptions.commandLine(true, OnMatch.UPDATE));
        List<Long> before = store.footprint();
        List<Long> stagedAtFailure = new ArrayList<>();

        // sheets 1-8 are two committed batches when sheet 10 (third batch) breaks
        assertThatThrownBy(() -> store.imports().importEach(watched(generated(12, 9),
                () -> stagedAtFailure.add(store.committed("SELECT COUNT(*) FROM sheet WHERE status = 'importing'")), 10),
                ImportOptions.commandLine(true, OnMatch.UPDATE))).isInstanceOf(InvalidSheetException.class);

        assertThat(stagedAtFailure).last().isEqualTo(8L);
        assertThat(store.footprint()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anUpdateOfAStoredSheetWaitsForTheLastCommitAndAConflictThenUndoesEverything(TestDatabases.Kind kind) {
        Store store = Store.on(kind);
        List<Sheet> first = generated(2, 3);
        ImportSummary stored = store.imports().importEach(first.iterator(), ImportOptions.commandLine(false, OnMatch.UPDATE));
        long id = stored.sheets().get(0).sheetId();
        Sheet changed = ImportMatchingIntegrationTest.with(first.get(0), "purpose", "取込みで変えた目的");
        List<Long> revisionsSeen = new ArrayList<>();
        List<Sheet> again = new ArrayList<>(List.of(changed));
        again.addAll(generated(6, 11));

        ImportSummary summary = store.imports().importEach(watched(again, () -> revisionsSeen.add(
                store.committed("SELECT revision FROM sheet_workflow WHERE sheet_id = " + id)), -1),
                ImportOptions.commandLine(false, OnMatch.UPDATE));

        assertThat(summary.updated()).isEqualTo(1);
        assertThat(revisionsSeen).containsOnly(1L);
        assertThat(store.count("SELECT revision FROM sheet_workflow WHERE sheet_id = " + id)).isEqualTo(2);
        assertThat(store.count("SELECT COUNT(*) FROM audit_log WHERE action = 'sheet.import.update' AND sheet_id = " + id))
                .isEqualTo(1);

        // someone saves the sheet while the next import runs: the import fails at its end, all of it
        List<Long> before = store.footprint();
        Sheet changedAgain = ImportMatchingIntegrationTest.with(changed, "purpose", "もう一度変えた目的");
        List<Sheet> third = new ArrayList<>(List.of(changedAgain));
        third.addAll(generated(6, 13));
        int[] taken = {0};
        assertThatThrownBy(() -> store.imports().importEach(watched(third, () -> {
            if (++taken[0] == 6) {
                store.jdbc().update("UPDATE sheet_workflow SET revision = revision + 1 WHERE sheet_id = ?", id);
            }
        }, -1), ImportOptions.commandLine(false, OnMatch.UPDATE))).isInstanceOf(ImportedRevisions.ChangedMeanwhile.class);
        List<Long> after = store.footprint();
        assertThat(after).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theLeftoversOfAnImportWhoseProcessDiedAreRemovedByTheNextImport(TestDatabases.Kind kind) {
        Store store = Store.on(kind);
        List<Long> empty = store.footprint();
        // what a kill -9 after two committed batches leaves: the import's row and its staged sheets and entries
        ImportStaging staging = store.repository().staging();
        long dead = staging.begin("コマンドライン", "ADMINISTRATOR", null);
        new TransactionTemplate(new DataSourceTransactionManager(store.dataSource())).executeWithoutResult(status -> {
            staging.stage(dead, generated(5, 21));
            staging.stageAudit(dead, List.of(new ImportStaging.StagedAudit(0, "sheet.import.published", null, "x", null)));
        });
        assertThat(store.count("SELECT COUNT(*) FROM sheet WHERE import_id = " + dead)).isEqualTo(5);
        assertThat(store.count("SELECT COUNT(*) FROM sheet WHERE status = 'published'")).isZero();

        // a live import is left alone: its heartbeat is recent
        assertThat(store.imports().removeAbandoned()).isZero();
        store.jdbc().update("UPDATE sheet_import SET heartbeat_at = heartbeat_at - INTERVAL '1' HOUR WHERE id = ?", dead);

        ImportSummary next = store.imports().importEach(generated(3, 22).iterator(),
                ImportOptions.commandLine(true, OnMatch.UPDATE));

        assertThat(store.count("SELECT COUNT(*) FROM sheet WHERE import_id IS NOT NULL")).isZero();
        assertThat(store.count("SELECT COUNT(*) FROM sheet")).isEqualTo(3);
        assertThat(store.count("SELECT COUNT(*) FROM sheet_indicator WHERE sheet_id NOT IN (SELECT sheet_id FROM "
                + "sheet_workflow)")).isZero();
        assertThat(store.count("SELECT COUNT(*) FROM sheet_import")).isZero();
        assertThat(store.count("SELECT COUNT(*) FROM sheet_import_audit")).isZero();
        assertThat(next.added()).isEqualTo(3);
        assertThat(empty.get(0)).isZero();
    }
}
