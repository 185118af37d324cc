package org.hyoka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** hyoka rollover as the office runs it: on the H2 file database, checked in the database itself. */
class RolloverCommandIntegrationTest {

    @TempDir
    Path dir;

    @Test
    void theSeedYearRollsOverOnceIntoDraftsTheOfficeCanSeeInTheAuditLog() throws Exception {
        Path seed = dir.resolve("seed.txt");
        Files.writeString(seed, org.hyoka.fixtures.Fixtures.seedText());
        String data = dir.resolve("data").toString();
        assertThat(Hyoka.run("import", seed.toString(), "--municipality", "082201", "--data", data)).isZero();

        StringWriter out = new StringWriter();
        int first = Hyoka.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "rollover",
                "--municipality", "082201", "--from-year", "2024", "--data", data);
        StringWriter again = new StringWriter();
        int second = Hyoka.run(new PrintWriter(again, true), new PrintWriter(new StringWriter(), true), "rollover",
                "--municipality", "082201", "--from-year", "2024", "--data", data);

        assertThat(first).isZero();
        assertThat(out.toString())
                .contains("hyoka: つくば市 (082201) 令和6年度 → 令和7年度: 8 draft(s) created, 0 already rolled over");
        assertThat(second).isZero();
        assertThat(again.toString()).contains("つくば市 (082201)").contains("0 draft(s) created, 8 already rolled over");
        // another city of the same database has no 2024 sheets: its rollover names it and makes nothing of つくば市's
        StringWriter elsewhere = new StringWriter();
        assertThat(Hyoka.run(new PrintWriter(elsewhere, true), new PrintWriter(new StringWriter(), true), "rollover",
                "--municipality", "082031", "--from-year", "2024", "--data", data)).isZero();
        assertThat(elsewhere.toString())
                .contains("hyoka: 土浦市 (082031) 令和6年度 → 令和7年度: 0 draft(s) created, 0 already rolled over");
        assertThat(count("SELECT COUNT(*) FROM sheet_workflow WHERE fiscal_year = 2025 AND state = 'DRAFT'"))
                .isEqualTo(8);
        assertThat(count("SELECT COUNT(*) FROM sheet WHERE fiscal_year = 2025 AND status = 'published'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'rollover' AND remote_addr = 'cli' "
                + "AND actor LIKE 'cli:%' AND municipality_code = '082201'")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'rollover' AND municipality_code = '082031'"))
                .isEqualTo(1);
    }

    @Test
    void aWrongMunicipalityCodeOrYearIsRefusedWithoutTouchingTheDatabase() {
        StringWriter err = new StringWriter();
        int code = Hyoka.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "rollover",
                "--municipality", "082200", "--from-year", "2024", "--data", dir.resolve("data").toString());

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("082200").contains("check digit");
        assertThat(Hyoka.run("rollover", "--municipality", "082201", "--from-year", "24", "--data",
                dir.resolve("data").toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(dir.resolve("data")).doesNotExist();
    }

    private long count(String sql) throws Exception {
        String url = TestDatabases.h2FileUrl(dir.resolve("data"));
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                ResultSet row = connection.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
