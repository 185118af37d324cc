package org.hyoka.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** COPY on PostgreSQL, a JDBC batch on H2: the same rows read back, NULL and empty text kept apart. */
class BulkInsertIntegrationTest {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void manyRowsWithQuotesCommasNewlinesAndNullsReadBackAsWritten(TestDatabases.Kind kind) {
        DataSource dataSource = TestDatabases.fresh(kind);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        OffsetDateTime at = OffsetDateTime.of(2026, 12, 2, 9, 30, 0, 123_000, ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            rows.add(new Object[] {at, "担当, \"課\"\n" + i, i % 2 == 0 ? null : "", "sheet.import", (long) i,
                i % 3 == 0 ? null : "説明：" + i + "、\\N", "082201"});
        }
        new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(status ->
                BulkInsert.rows(jdbc, "INSERT INTO audit_log (at, actor, role, action, sheet_id, detail, "
                        + "municipality_code) VALUES (?, ?, ?, ?, ?, ?, ?)", rows));

        List<Map<String, Object>> read = jdbc.queryForList("SELECT actor, role, sheet_id, detail, at FROM audit_log "
                + "ORDER BY sheet_id");
        assertThat(read).hasSize(100);
        for (int i = 0; i < 100; i++) {
            Map<String, Object> row = read.get(i);
            assertThat(row.get("actor")).isEqualTo("担当, \"課\"\n" + i);
            assertThat(row.get("role")).isEqualTo(i % 2 == 0 ? null : "");
            assertThat(((Number) row.get("sheet_id")).longValue()).isEqualTo(i);
            assertThat(row.get("detail")).isEqualTo(i % 3 == 0 ? null : "説明：" + i + "、\\N");
        }
        assertThat(jdbc.queryForObject("SELECT MIN(at) FROM audit_log", OffsetDateTime.class).toInstant())
                .isEqualTo(at.toInstant());
    }
}
