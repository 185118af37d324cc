package org.hyoka.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

import org.hyoka.sheets.Page;
import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit log on both real databases: filters, and no way to rewrite what was recorded. */
class AuditLogIntegrationTest {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void entriesComeBackNewestFirstFilteredByActorActionSheetAndTime(TestDatabases.Kind kind) {
        AuditLog log = new AuditLog(new JdbcTemplate(TestDatabases.fresh(kind)));
        Instant before = Instant.now().minus(1, ChronoUnit.SECONDS);
        log.record("tanaka", "EDITOR", "10.0.0.1", "sheet.save", 7L, "revision 2");
        log.record("suzuki", "REVIEWER", "10.0.0.2", "sheet.return", 7L, "理由: 指標の根拠がない");
        log.record("admin", "ADMINISTRATOR", "cli", "rollover", null, "082201 2024 → 2025: 8 created");

        Page<AuditEntry> all = log.find(AuditQuery.latest(10));
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.items()).extracting(AuditEntry::action).containsExactly("rollover", "sheet.return", "sheet.save");
        AuditEntry returned = all.items().get(1);
        assertThat(returned.actor()).isEqualTo("suzuki");
        assertThat(returned.from()).isEqualTo("10.0.0.2");
        assertThat(returned.detail()).isEqualTo("理由: 指標の根拠がない");
        assertThat(returned.at()).isAfter(before);

        assertThat(log.find(new AuditQuery("tanaka", null, null, null, null, 0, 10)).items())
                .extracting(AuditEntry::action).containsExactly("sheet.save");
        assertThat(log.find(new AuditQuery(null, "sheet.", null, null, null, 0, 10)).total()).isEqualTo(2);
        assertThat(log.find(new AuditQuery(null, null, 7L, null, null, 0, 1)).items()).hasSize(1);
        assertThat(log.find(new AuditQuery(null, null, null, Instant.now().plusSeconds(60), null, 0, 10)).total())
                .isZero();
        assertThat(log.find(new AuditQuery(null, null, null, null, before, 0, 10)).total()).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void filterValuesWithSqlMetacharactersAreValuesNotSql(TestDatabases.Kind kind) {
        AuditLog log = new AuditLog(new JdbcTemplate(TestDatabases.fresh(kind)));
        log.record("o'brien", null, null, "sheet.save", null, null);

        assertThat(log.find(new AuditQuery("o'brien", null, null, null, null, 0, 10)).total()).isEqualTo(1);
        assertThat(log.find(new AuditQuery("' OR '1'='1", null, null, null, null, 0, 10)).total()).isZero();
        assertThat(log.find(new AuditQuery(null, "%.", null, null, null, 0, 10)).total()).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theDatabaseRefusesToUpdateOrDeleteARecordedEntry(TestDatabases.Kind kind) {
        DataSource dataSource = TestDatabases.fresh(kind);
        AuditLog log = new AuditLog(new JdbcTemplate(dataSource));
        log.record("tanaka", "EDITOR", "10.0.0.1", "sheet.publish", 1L, null);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_log SET actor = 'someone else'"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_log"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");

        assertThat(log.find(AuditQuery.latest(10)).items()).singleElement()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo("tanaka"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void overlongValuesAreShortenedRatherThanLost(TestDatabases.Kind kind) {
        AuditLog log = new AuditLog(new JdbcTemplate(TestDatabases.fresh(kind)));
        log.record("a".repeat(300), null, null, "sheet.comment", null, "長".repeat(5000));

        AuditEntry entry = log.find(AuditQuery.latest(1)).items().get(0);
        assertThat(entry.actor()).hasSize(AuditLog.ACTOR_MAX).endsWith("…");
        assertThat(entry.detail()).hasSize(AuditLog.DETAIL_MAX);
    }
}
