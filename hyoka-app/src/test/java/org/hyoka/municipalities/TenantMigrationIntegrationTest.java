package org.hyoka.municipalities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V9 turns one installation-wide set of accounts and settings into one city's: where the stored
 * sheets are all of one municipality, they become its; where they are of several, nobody can tell
 * whose they are, so the accounts wait, disabled, for the operator to assign them. PostgreSQL only:
 * H2 refuses rows written into its V4 check constraints by plain JDBC here ("Check constraint
 * invalid"), as {@code RoleMigrationIntegrationTest} found for the V4 state.
 */
class TenantMigrationIntegrationTest {

    @ParameterizedTest
    @EnumSource(value = TestDatabases.Kind.class, names = "POSTGRESQL")
    void theAccountsAndSettingsOfASingleCityInstallationBecomeThatCitys(TestDatabases.Kind kind) {
        JdbcTemplate jdbc = installationAtV8(kind, List.of("082201"));

        migrateToV9(jdbc);

        assertThat(jdbc.queryForList("SELECT code || ' ' || name FROM municipality", String.class))
                .containsExactly("082201 つくば市");
        assertThat(jdbc.queryForObject("SELECT municipality_code FROM app_user WHERE username = 'office'", String.class))
                .isEqualTo("082201");
        assertThat(jdbc.queryForObject("SELECT enabled FROM app_user WHERE username = 'office'", Boolean.class)).isTrue();
        assertThat(jdbc.queryForList("SELECT municipality_code FROM municipality_unit_cost", String.class))
                .containsExactly("082201");
        assertThat(jdbc.queryForList("SELECT division FROM municipality_org_unit WHERE municipality_code = '082201'",
                String.class)).containsExactly("情報政策課");
        // the eight standard terms were never changed: the city has no vocabulary of its own and keeps the standard
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM municipality_direction_term", Integer.class)).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabases.Kind.class, names = "POSTGRESQL")
    void inAnInstallationOfSeveralCitiesTheAccountsWaitDisabledAndTheSettingsAreNobodys(TestDatabases.Kind kind) {
        JdbcTemplate jdbc = installationAtV8(kind, List.of("082201", "082031"));

        migrateToV9(jdbc);

        assertThat(jdbc.queryForList("SELECT code FROM municipality ORDER BY code", String.class))
                .containsExactly("082031", "082201");
        assertThat(jdbc.queryForObject("SELECT municipality_code FROM app_user WHERE username = 'office'", String.class))
                .isNull();
        assertThat(jdbc.queryForObject("SELECT enabled FROM app_user WHERE username = 'office'", Boolean.class)).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM municipality_unit_cost", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM municipality_org_unit", Integer.class)).isZero();
    }

    private static JdbcTemplate installationAtV8(TestDatabases.Kind kind, List<String> cities) {
        DataSource dataSource = TestDatabases.freshUnmigrated(kind);
        Flyway.configure().dataSource(dataSource).target("8").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (String city : cities) {
            jdbc.update("INSERT INTO sheet (municipality_code, municipality_name, fiscal_year, title, document, saved_at) "
                    + "VALUES (?, ?, 2024, '試験事業', '{}', CURRENT_TIMESTAMP)", city,
                    city.equals("082201") ? "つくば市" : "土浦市");
        }
        jdbc.update("INSERT INTO app_user (username, password_hash, role, division, created_at) "
                + "VALUES ('office', '{bcrypt}x', 'ADMINISTRATOR', NULL, CURRENT_TIMESTAMP)");
        jdbc.update("INSERT INTO unit_cost_setting (fiscal_year, full_time_employee, overtime_hour) VALUES (2024, 7000, 2.5)");
        jdbc.update("INSERT INTO org_unit (department, division, section) VALUES ('政策イノベーション部', '情報政策課', '')");
        return jdbc;
    }

    private static void migrateToV9(JdbcTemplate jdbc) {
        Flyway.configure().dataSource(jdbc.getDataSource()).target("9").load().migrate();
    }
}
