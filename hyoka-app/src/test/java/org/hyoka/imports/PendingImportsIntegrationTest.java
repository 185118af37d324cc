package org.hyoka.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Sheet;
import org.hyoka.testing.TestDatabases;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Previews waiting for confirmation in the database (V20), on H2 and PostgreSQL: two instances on one
 * database stand for two application nodes (the same across real processes behind nginx:
 * {@code org.hyoka.app.TwoNodesBehindNginxIntegrationTest}).
 */
class PendingImportsIntegrationTest {

    static final Actor OFFICE = new Actor("pending-office", Role.ADMINISTRATOR, ImportMatchingIntegrationTest.TSUKUBA, null);
    static final Actor COLLEAGUE = new Actor("pending-colleague", Role.ADMINISTRATOR, ImportMatchingIntegrationTest.TSUKUBA, null);
    /** The same account name, but of another city (the account moved, or a forged actor). */
    static final Actor OTHER_CITY = new Actor("pending-office", Role.ADMINISTRATOR, ImportMatchingIntegrationTest.TSUCHIURA, null);

    private static final SheetJson JSON = new SheetJson();
    private static final List<Sheet> SHEETS = ImportMatchingIntegrationTest.tsukuba();

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aPreviewKeptOnOneNodeIsConfirmedOnAnotherOnceAndOnlyByItsOwnerOfItsCity(TestDatabases.Kind kind) {
        DataSource database = TestDatabases.fresh(kind);
        PendingImports nodeA = new PendingImports(new JdbcTemplate(database));
        PendingImports nodeB = new PendingImports(new JdbcTemplate(database));
        ImportPreview preview = preview(Instant.now(), true);
        nodeA.keep(preview, OFFICE);

        assertThat(nodeB.peek(preview.token(), COLLEAGUE)).as("another account of the same city").isEmpty();
        assertThat(nodeB.take(preview.token(), OTHER_CITY)).as("the same name in another city").isEmpty();
        assertThat(nodeB.take(preview(Instant.now(), true).token(), OFFICE)).as("a token never kept").isEmpty();

        PendingImports.Kept kept = nodeB.take(preview.token(), OFFICE).orElseThrow();
        // the database holds sheets as their interchange document: the same document is the same sheet
        assertThat(JSON.writeAll(kept.sheets())).isEqualTo(JSON.writeAll(SHEETS));
        assertThat(kept.publish()).isTrue();
        assertThat(nodeA.take(preview.token(), OFFICE)).as("confirmed once, on either node").isEmpty();
        assertThat(nodeB.take(preview.token(), OFFICE)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anImportThatRollsBackLeavesThePreviewToConfirmAgain(TestDatabases.Kind kind) {
        DataSource database = TestDatabases.fresh(kind);
        PendingImports pending = new PendingImports(new JdbcTemplate(database));
        ImportPreview preview = preview(Instant.now(), false);
        pending.keep(preview, OFFICE);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(database));
        transaction.executeWithoutResult(status -> {
            assertThat(pending.take(preview.token(), OFFICE)).isPresent();
            status.setRollbackOnly();
        });
        assertThat(pending.take(preview.token(), OFFICE).map(PendingImports.Kept::publish)).contains(false);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void expiredPreviewsAreNotConfirmedAndAreDeletedByTheNextUpload(TestDatabases.Kind kind) {
        DataSource database = TestDatabases.fresh(kind);
        JdbcTemplate jdbc = new JdbcTemplate(database);
        Instant upload = Instant.parse("2026-06-01T09:00:00Z");
        PendingImports then = new PendingImports(jdbc, Clock.fixed(upload, ZoneOffset.UTC), 1 << 20);
        ImportPreview old = preview(upload, false);
        then.keep(old, OFFICE);

        Instant later = upload.plus(PendingImports.LIFETIME).plus(Duration.ofSeconds(1));
        PendingImports now = new PendingImports(jdbc, Clock.fixed(later, ZoneOffset.UTC), 1 << 20);
        assertThat(now.peek(old.token(), OFFICE)).isEmpty();
        now.keep(preview(later, false), COLLEAGUE);
        assertThat(rows(jdbc, old.token())).as("deleted as another office uploads").isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void eachAccountKeepsItsLatestPreviewsOnlyAndTooLargeAnUploadIsRefusedWithAMessage(TestDatabases.Kind kind) {
        DataSource database = TestDatabases.fresh(kind);
        JdbcTemplate jdbc = new JdbcTemplate(database);
        Instant start = Instant.parse("2026-06-01T09:00:00Z");
        ImportPreview colleagues = preview(start, false);
        new PendingImports(jdbc, Clock.fixed(start, ZoneOffset.UTC), 1 << 20).keep(colleagues, COLLEAGUE);
        ImportPreview first = null;
        for (int i = 0; i <= PendingImports.MAX_PER_OWNER; i++) {
            Instant at = start.plusSeconds(i + 1);
            ImportPreview preview = preview(at, false);
            new PendingImports(jdbc, Clock.fixed(at, ZoneOffset.UTC), 1 << 20).keep(preview, OFFICE);
            first = first == null ? preview : first;
        }
        assertThat(rows(jdbc, first.token())).as("the oldest of one more than the bound").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pending_import WHERE owner = ?", Long.class, OFFICE.username()))
                .isEqualTo(PendingImports.MAX_PER_OWNER);
        assertThat(rows(jdbc, colleagues.token())).as("another account's preview is not crowded out").isOne();

        ImportPreview large = preview(start, false);
        assertThatThrownBy(() -> new PendingImports(jdbc, Clock.systemUTC(), 1000).keep(large, OFFICE))
                .isInstanceOf(PendingImports.TooLargeException.class).hasMessageContaining("大きすぎる");
        assertThat(rows(jdbc, large.token())).isZero();
    }

    private static long rows(JdbcTemplate jdbc, String token) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM pending_import WHERE token = ?", Long.class, token);
        return n == null ? 0 : n;
    }

    private static ImportPreview preview(Instant at, boolean publish) {
        byte[] token = new byte[16];
        ThreadLocalRandom.current().nextBytes(token);
        List<SheetPreview> sheets = SHEETS.stream()
                .map(sheet -> new SheetPreview(sheet, null, List.of(), List.of(), List.of(), List.of())).toList();
        return new ImportPreview(HexFormat.of().formatHex(token), OFFICE.username(), at,
                List.of(new FilePreview.Read("seed.txt", "text", sheets, List.of())), publish, List.of(), null);
    }
}
