package org.hyoka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that write to a database, run as a user runs them, checked in the database itself. */
class ImportCommandIntegrationTest {

    @TempDir
    Path dir;

    @Test
    void generatedSheetsImportIntoTheDataDirectory() throws Exception {
        Path file = dir.resolve("generated.json");
        assertThat(Hyoka.run("generate", "--sheets", "1200", "--municipalities", "4", "--seed", "9", "-o",
                file.toString())).isZero();

        assertThat(Hyoka.run("import", file.toString(), "--data", dir.resolve("data").toString())).isZero();

        assertThat(count("SELECT COUNT(*) FROM sheet")).isEqualTo(1200);
        assertThat(count("SELECT COUNT(DISTINCT municipality_code) FROM sheet")).isEqualTo(4);
    }

    @Test
    void oneBrokenSheetInAnyFileMeansNothingIsImported() throws Exception {
        Path good = dir.resolve("good.json");
        Hyoka.run("generate", "--sheets", "600", "-o", good.toString());
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(good).replaceFirst("\"title\":\"[^\"]*\"", "\"title\":\"\""));

        assertThat(Hyoka.run("import", good.toString(), bad.toString(), "--data", dir.resolve("data").toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);

        assertThat(count("SELECT COUNT(*) FROM sheet")).isZero();
    }

    @Test
    void theSeedTextImportsWithTheMunicipalityGivenAndAUserIsAddedFromStandardInput() throws Exception {
        Path seed = dir.resolve("seed.txt");
        Files.writeString(seed, org.hyoka.fixtures.Fixtures.seedText());
        String data = dir.resolve("data").toString();

        assertThat(Hyoka.run("import", seed.toString(), "--municipality", "082201", "--data", data)).isZero();
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("a-long-enough-secret\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(Hyoka.run("user", "add", "--username", "office", "--role", "ADMIN", "--password-stdin",
                    "--data", data)).isZero();
        } finally {
            System.setIn(stdin);
        }

        assertThat(count("SELECT COUNT(*) FROM sheet WHERE municipality_name = 'つくば市'")).isEqualTo(8);
        assertThat(count("SELECT COUNT(*) FROM app_user WHERE username = 'office' AND role = 'ADMINISTRATOR'")).isEqualTo(1);
    }

    @Test
    void anInvalidMunicipalityCodeIsRefusedBeforeAnythingHappens() {
        assertThat(Hyoka.run("import", "whatever.txt", "--municipality", "082200", "--data", dir.toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
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
