package org.hyoka.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Accounts named with capitals before V8 are found under their canonical name afterwards, on both databases. */
class UserNameMigrationIntegrationTest {

    /**
     * PostgreSQL only, as RoleMigrationIntegrationTest: H2 2.4 refuses literal rows against the role CHECK
     * of the migrated schema in this database ("Check constraint invalid"); on H2 V8 runs at every start.
     */
    @ParameterizedTest
    @EnumSource(value = TestDatabases.Kind.class, names = "POSTGRESQL")
    void storedNamesAreFoldedAndTheOldSpellingsSessionsEnd(TestDatabases.Kind kind) {
        DataSource dataSource = TestDatabases.freshUnmigrated(kind);
        Flyway.configure().dataSource(dataSource).target("6").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("INSERT INTO app_user (username, password_hash, role, division, created_at) VALUES "
                + "('Office.Admin', '{bcrypt}x', 'ADMINISTRATOR', NULL, CURRENT_TIMESTAMP), "
                + "('suzuki', '{bcrypt}x', 'REVIEWER', NULL, CURRENT_TIMESTAMP)");
        jdbc.execute("INSERT INTO spring_session (primary_id, session_id, creation_time, last_access_time, "
                + "max_inactive_interval, expiry_time, principal_name) VALUES "
                + "('00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-00000000000a', 0, 0, 60, "
                + "4102444800000, 'Office.Admin'), "
                + "('00000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-00000000000b', 0, 0, 60, "
                + "4102444800000, 'suzuki')");

        Flyway.configure().dataSource(dataSource).load().migrate();

        assertThat(jdbc.queryForList("SELECT username FROM app_user ORDER BY username", String.class))
                .containsExactly("office.admin", "suzuki");
        assertThat(jdbc.queryForList("SELECT principal_name FROM spring_session", String.class))
                .containsExactly("suzuki");
    }
}
