package org.hyoka.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Accounts made before the roles were unified keep working after migration V4, on both databases. */
class RoleMigrationIntegrationTest {

    /**
     * PostgreSQL only: H2 2.4 refuses even literal rows against V1's CHECK (role IN …) in this
     * database ("Check constraint invalid"), so the pre-V4 state cannot be built on H2 here.
     */
    @ParameterizedTest
    @EnumSource(value = TestDatabases.Kind.class, names = "POSTGRESQL")
    void adminsBecomeAdministratorsAndAnEditorWithoutADivisionCannotSignInUntilGivenOne(TestDatabases.Kind kind) {
        DataSource dataSource = TestDatabases.freshUnmigrated(kind);
        Flyway.configure().dataSource(dataSource).target("1").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("INSERT INTO app_user (username, password_hash, role, division, created_at) VALUES "
                + "('office', '{bcrypt}x', 'ADMIN', NULL, CURRENT_TIMESTAMP), "
                + "('tanaka', '{bcrypt}x', 'EDITOR', '情報政策課', CURRENT_TIMESTAMP), "
                + "('nobody', '{bcrypt}x', 'EDITOR', NULL, CURRENT_TIMESTAMP)");

        Flyway.configure().dataSource(dataSource).target("8").load().migrate();

        Map<String, Object> office = jdbc.queryForMap("SELECT role, enabled FROM app_user WHERE username = 'office'");
        Map<String, Object> tanaka = jdbc.queryForMap("SELECT role, enabled FROM app_user WHERE username = 'tanaka'");
        Map<String, Object> nobody = jdbc.queryForMap("SELECT role, enabled FROM app_user WHERE username = 'nobody'");
        assertThat(office).containsEntry("role", "ADMINISTRATOR").containsEntry("enabled", true);
        assertThat(tanaka).containsEntry("role", "EDITOR").containsEntry("enabled", true);
        assertThat(nobody).containsEntry("enabled", false);
    }
}
