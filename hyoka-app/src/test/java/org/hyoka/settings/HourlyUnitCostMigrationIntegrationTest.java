package org.hyoka.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V13 gives each city's unit costs an optional hourly cost (延べ業務時間 × 時間単価): every year a city set
 * before keeps its figures and has none; a year may then have one, never 0 or less.
 */
class HourlyUnitCostMigrationIntegrationTest {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theUnitCostsSetBeforeKeepTheirFiguresAndHaveNoHourlyCost(TestDatabases.Kind kind) {
        JdbcTemplate jdbc = installationAtV12(kind);

        Flyway.configure().dataSource(jdbc.getDataSource()).target("13").load().migrate();

        assertThat(jdbc.queryForList("SELECT fiscal_year || ' ' || full_time_employee || ' ' || overtime_hour || ' ' "
                + "|| COALESCE(CAST(work_hour AS VARCHAR(20)), '-') FROM municipality_unit_cost ORDER BY fiscal_year",
                String.class)).containsExactly("2024 7000.0000 2.5000 -", "2025 6906.6970 2.4245 -");
        jdbc.update("INSERT INTO municipality_unit_cost (municipality_code, fiscal_year, full_time_employee, overtime_hour, "
                + "work_hour) VALUES ('032034', 2025, 7000, 0, 4.0)");
        assertThat(jdbc.queryForObject("SELECT work_hour FROM municipality_unit_cost WHERE municipality_code = '032034'",
                BigDecimal.class)).isEqualByComparingTo("4.0");
        assertThatThrownBy(() -> jdbc.update("UPDATE municipality_unit_cost SET work_hour = 0 "
                + "WHERE municipality_code = '032034'")).isInstanceOf(DataIntegrityViolationException.class);
    }

    /** An installation as V12 left it: two cities, one with unit costs of its own. */
    private static JdbcTemplate installationAtV12(TestDatabases.Kind kind) {
        DataSource dataSource = TestDatabases.freshUnmigrated(kind);
        Flyway.configure().dataSource(dataSource).target("12").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("INSERT INTO municipality (code, name, created_at) VALUES ('082201', 'つくば市', CURRENT_TIMESTAMP)");
        jdbc.update("INSERT INTO municipality (code, name, created_at) VALUES ('032034', '大船渡市', CURRENT_TIMESTAMP)");
        jdbc.update("INSERT INTO municipality_unit_cost (municipality_code, fiscal_year, full_time_employee, overtime_hour) "
                + "VALUES ('082201', 2024, 7000, 2.5), ('082201', 2025, 6906.697, 2.4245)");
        return jdbc;
    }
}
