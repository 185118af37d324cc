package org.hyoka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.hyoka.cli.InProcess.Outcome;
import org.hyoka.fixtures.Fixtures;
import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code hyoka export --all} and {@code hyoka restore} on both databases: a city with sheets, revisions,
 * drafts of the next year, settings and an account goes into a backup, comes back into a new database,
 * and exports again to the same digests; a database with content and a damaged backup are refused with
 * nothing written.
 */
class BackupRestoreIntegrationTest {

    @TempDir
    Path dir;

    private int next;

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aRestoredDatabaseExportsToTheSameDigests(TestDatabases.Kind kind) throws Exception {
        Db source = populated(kind);
        Path backup = dir.resolve("backup");
        Outcome export = InProcess.hyoka(args(source, "export", "--all", "--to", backup.toString()));
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).contains("sheet_revision").contains("keep it safe");

        Db target = fresh(kind);
        Outcome restore = InProcess.hyoka(args(target, "restore", backup.toString()));
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("every table's digest matches");

        Path again = dir.resolve("again");
        assertThat(InProcess.hyoka(args(target, "export", "--all", "--to", again.toString())).exit()).isZero();
        assertThat(digests(again)).isEqualTo(digests(backup)).hasSizeGreaterThan(15);
        assertThat(target.count("SELECT COUNT(*) FROM sheet")).isEqualTo(16);
        assertThat(target.count("SELECT COUNT(*) FROM sheet_revision")).isEqualTo(source.count("SELECT COUNT(*) FROM sheet_revision"))
                .isPositive();
        assertThat(target.count("SELECT COUNT(*) FROM sheet_workflow WHERE fiscal_year = 2025")).isEqualTo(8);
        assertThat(target.text("SELECT password_hash FROM app_user WHERE username = 'office'")).isEqualTo(HASH);
        assertThat(target.text("SELECT CAST(deadline AS VARCHAR) FROM municipality_deadline WHERE fiscal_year = 2030")).isEqualTo("2030-06-30");
        assertThat(target.text("SELECT CAST(full_time_employee AS VARCHAR) FROM municipality_unit_cost WHERE fiscal_year = 2030")).startsWith("8500000.5");
        // ids go on after the restored ones instead of colliding with them
        long lastAudit = target.count("SELECT MAX(id) FROM audit_log");
        target.execute("INSERT INTO audit_log (at, actor, action, detail, remote_addr) "
                + "VALUES (CURRENT_TIMESTAMP, 'test', 'probe', '', 'test')");
        assertThat(target.count("SELECT MAX(id) FROM audit_log")).isGreaterThan(lastAudit);

        // restoring again into the database that now holds the city is refused in one line
        long sheets = target.count("SELECT COUNT(*) FROM sheet");
        Outcome twice = InProcess.hyoka(args(target, "restore", backup.toString()));
        assertThat(twice.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(twice.err().lines()).singleElement().asString().contains("not empty");
        assertThat(target.count("SELECT COUNT(*) FROM sheet")).isEqualTo(sheets);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aDamagedBackupIsRefusedAndNothingIsWritten(TestDatabases.Kind kind) throws Exception {
        Db source = populated(kind);
        Path backup = dir.resolve("backup");
        assertThat(InProcess.hyoka(args(source, "export", "--all", "--to", backup.toString())).exit()).isZero();

        // a changed byte in a sheet's document: the digest no longer matches
        Path sheets = backup.resolve("tables/sheet.jsonl");
        Files.writeString(sheets, Files.readString(sheets).replaceFirst("つくば", "つくは"));
        Db target = fresh(kind);
        Outcome damaged = InProcess.hyoka(args(target, "restore", backup.toString()));
        assertThat(damaged.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(damaged.err().lines()).singleElement().asString().contains("sheet is damaged");
        assertThat(target.count("SELECT COUNT(*) FROM sheet") + target.count("SELECT COUNT(*) FROM municipality")).isZero();

        // files that agree with a forged manifest but break a foreign key: rolled back, nothing written
        Path forged = dir.resolve("forged");
        assertThat(InProcess.hyoka(args(source, "export", "--all", "--to", forged.toString())).exit()).isZero();
        Files.writeString(forged.resolve("tables/municipality.jsonl"), "");
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode manifest = (ObjectNode) json.readTree(forged.resolve("manifest.json").toFile());
        for (JsonNode table : manifest.path("tables")) {
            if (table.path("name").asString().equals("municipality")) {
                ((ObjectNode) table).put("rows", 0).put("sha256",
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(new byte[0])));
            }
        }
        json.writeValue(forged.resolve("manifest.json").toFile(), manifest);
        Db other = fresh(kind);
        Outcome broken = InProcess.hyoka(args(other, "restore", forged.toString()));
        assertThat(broken.exit()).as(broken.out()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(broken.err().lines()).singleElement().asString().contains("nothing was written");
        assertThat(other.count("SELECT COUNT(*) FROM sheet") + other.count("SELECT COUNT(*) FROM audit_log")
                + other.count("SELECT COUNT(*) FROM app_user")).isZero();
    }

    @org.junit.jupiter.api.Test
    void anH2InstallationMovesToPostgresqlWithTheSameDigests() throws Exception {
        Db h2 = populated(TestDatabases.Kind.H2);
        Path backup = dir.resolve("from-h2");
        assertThat(InProcess.hyoka(args(h2, "export", "--all", "--to", backup.toString())).exit()).isZero();

        Db postgres = fresh(TestDatabases.Kind.POSTGRESQL);
        Outcome restore = InProcess.hyoka(args(postgres, "restore", backup.toString()));
        assertThat(restore.exit()).as(restore.err()).isZero();
        Path again = dir.resolve("from-postgres");
        assertThat(InProcess.hyoka(args(postgres, "export", "--all", "--to", again.toString())).exit()).isZero();
        assertThat(digests(again)).isEqualTo(digests(backup));
    }

    @org.junit.jupiter.api.Test
    void aBackupOfAnotherSchemaVersionANonEmptyTargetDirectoryAndNoDatabaseAreRefused() throws Exception {
        Db source = populated(TestDatabases.Kind.H2);
        Path backup = dir.resolve("backup");
        assertThat(InProcess.hyoka(args(source, "export", "--all", "--to", backup.toString())).exit()).isZero();

        Outcome overwrite = InProcess.hyoka(args(source, "export", "--all", "--to", backup.toString()));
        assertThat(overwrite.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(overwrite.err().lines()).singleElement().asString().contains("not an empty directory");

        Path manifest = backup.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("\"schemaVersion\" : \"[^\"]+\"",
                "\"schemaVersion\" : \"9\""));
        Db target = fresh(TestDatabases.Kind.H2);
        Outcome older = InProcess.hyoka(args(target, "restore", backup.toString()));
        assertThat(older.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(older.err().lines()).singleElement().asString().contains("schema version 9");
        assertThat(target.count("SELECT COUNT(*) FROM sheet")).isZero();

        Outcome nothing = InProcess.hyoka("export", "--all", "--to", dir.resolve("none").toString(),
                "--data", dir.resolve("no-database").toString());
        assertThat(nothing.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(dir.resolve("none")).doesNotExist();
    }

    private static final String HASH = "{bcrypt}$2a$10$abcdefghijklmnopqrstuuJ1x8v9v4E2c3YkqB7H6m5n4o3p2q1r0";

    /** つくば市: the seed sheets, a year rolled over into drafts, settings of every kind and an account. */
    private Db populated(TestDatabases.Kind kind) throws Exception {
        Db db = fresh(kind);
        Path seed = dir.resolve("seed" + next + ".txt");
        Files.writeString(seed, Fixtures.seedText());
        Outcome imported = InProcess.hyoka(args(db, "import", seed.toString(), "--municipality", "082201"));
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(InProcess.hyoka(args(db, "rollover", "--municipality", "082201", "--from-year", "2024")).exit()).isZero();
        db.execute("INSERT INTO municipality_unit_cost (municipality_code, fiscal_year, full_time_employee, overtime_hour) "
                + "VALUES ('082201', 2030, 8500000.5, 3200)");
        db.execute("INSERT INTO municipality_deadline (municipality_code, fiscal_year, deadline) VALUES ('082201', 2030, DATE '2030-06-30')");
        db.execute("INSERT INTO municipality_org_unit (municipality_code, department, division, section) "
                + "VALUES ('082201', '記録保存部', '文書管理課', '保存係')");
        db.execute("INSERT INTO municipality_rubric_comment (municipality_code, item, score, comment) "
                + "VALUES ('082201', 'backup-probe', 3, '標準的')");
        db.execute("INSERT INTO municipality_direction_term (municipality_code, position, term) VALUES ('082201', 99, '保存')");
        db.execute("INSERT INTO app_user (username, password_hash, role, enabled, created_at, municipality_code) "
                + "VALUES ('office', '" + HASH + "', 'ADMINISTRATOR', TRUE, CURRENT_TIMESTAMP, '082201')");
        return db;
    }

    private Db fresh(TestDatabases.Kind kind) {
        next++;
        return kind == TestDatabases.Kind.H2 ? new Db(dir.resolve("data" + next), null)
                : new Db(dir, TestDatabases.freshPostgresUrl());
    }

    private static String[] args(Db db, String... command) {
        List<String> all = new ArrayList<>(List.of(command));
        if (db.postgresUrl() == null) {
            all.addAll(List.of("--data", db.data().toString()));
        } else {
            all.addAll(List.of("--database-url", db.postgresUrl(), "--database-user", "postgres"));
        }
        return all.toArray(String[]::new);
    }

    /** The manifest's lines that name a table's rows and digest, without the time it was written. */
    private static List<String> digests(Path backup) throws Exception {
        try (Stream<String> lines = Files.lines(backup.resolve("manifest.json"), StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.contains("\"name\"") || l.contains("\"rows\"") || l.contains("\"sha256\"")).toList();
        }
    }

    private record Db(Path data, @org.jspecify.annotations.Nullable String postgresUrl) {

        Connection connect() throws Exception {
            return postgresUrl == null ? DriverManager.getConnection(TestDatabases.h2FileUrl(data), "sa", "")
                    : DriverManager.getConnection(postgresUrl, "postgres", "");
        }

        long count(String sql) throws Exception {
            try (Connection connection = connect(); Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery(sql)) {
                row.next();
                return row.getLong(1);
            }
        }

        String text(String sql) throws Exception {
            try (Connection connection = connect(); Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery(sql)) {
                row.next();
                return row.getString(1);
            }
        }

        void execute(String sql) throws Exception {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }
}
