package org.hyoka.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A whole installation as files, and back: {@code manifest.json} (format, schema version, each table's
 * columns, row count and digest) and one {@code tables/NAME.jsonl} per table. Everything a restore needs
 * is there, the accounts' password hashes included, so a backup is as secret as the database.
 */
public final class DatabaseBackup {

    static final String FORMAT = "hyoka-backup";
    static final int FORMAT_VERSION = 1;
    static final String MANIFEST = "manifest.json";
    /** What people made lives here; a database without any of these rows holds nothing of a city. */
    static final List<String> CONTENT = List.of("sheet", "app_user", "municipality", "audit_log");
    private static final int BATCH = 500;

    private final DataSource dataSource;

    public DatabaseBackup(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes every table to {@code dir} (absent or empty) from one consistent snapshot of the database. */
    public List<TableDigest> export(Path dir) {
        try {
            if (Files.exists(dir) && (!Files.isDirectory(dir) || hasEntries(dir))) {
                throw new BackupRefused(dir + " is not an empty directory: a backup goes into a new one");
            }
            Files.createDirectories(dir.resolve("tables"));
            try (Connection connection = snapshot()) {
                List<TableDigest> digests = new ArrayList<>();
                List<Table> tables = Schema.tables(connection);
                for (Table table : tables) {
                    try (OutputStream out = Files.newOutputStream(file(dir, table.name()))) {
                        digests.add(Rendering.render(connection, table, out));
                    }
                }
                writeManifest(dir, schemaVersion(connection), tables, digests);
                connection.commit();
                return digests;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database: " + e.getMessage(), e);
        }
    }

    /** Every table's digest as it stands, without writing anything: what an export would record. */
    public List<TableDigest> digests() {
        try (Connection connection = snapshot()) {
            List<TableDigest> digests = new ArrayList<>();
            for (Table table : Schema.tables(connection)) {
                digests.add(Rendering.render(connection, table, OutputStream.nullOutputStream()));
            }
            connection.commit();
            return digests;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot read the database: " + e.getMessage(), e);
        }
    }

    /**
     * Fills an empty database of the same schema version from a backup, all or nothing: every file is
     * checked against its digest before the first row is written, and the database's own rendering is
     * compared with the manifest before the transaction commits.
     */
    public List<TableDigest> restore(Path dir) {
        Manifest manifest = Manifest.read(dir);
        try (Connection connection = dataSource.getConnection()) {
            String schema = schemaVersion(connection);
            if (!schema.equals(manifest.schemaVersion())) {
                throw new BackupRefused("the backup is of schema version " + manifest.schemaVersion()
                        + " and this database is at " + schema + ": restore with the Hyoka release that wrote it, "
                        + "then start the new release, which migrates the database");
            }
            List<Table> tables = Schema.tables(connection);
            Map<String, Table> byName = new LinkedHashMap<>();
            tables.forEach(t -> byName.put(t.name(), t));
            if (!byName.keySet().equals(manifest.tables().keySet())) {
                throw new BackupRefused("the backup's tables " + manifest.tables().keySet()
                        + " are not this database's " + byName.keySet());
            }
            for (String content : CONTENT) {
                if (byName.containsKey(content) && count(connection, content) > 0) {
                    throw new BackupRefused("the database is not empty (" + content + " has rows): restore only "
                            + "into a new database");
                }
            }
            for (Table table : tables) {
                Manifest.Entry entry = manifest.tables().get(table.name());
                if (!entry.columns().equals(table.columnNames())) {
                    throw new BackupRefused("the backup's columns of " + table.name() + " " + entry.columns()
                            + " are not this database's " + table.columnNames());
                }
                TableDigest stored;
                try (BufferedReader lines = Files.newBufferedReader(file(dir, table.name()), StandardCharsets.UTF_8)) {
                    stored = Rendering.digestOf(table.name(), lines, table.columns().size());
                }
                if (!stored.equals(entry.digest())) {
                    throw new BackupRefused("the backup of " + table.name() + " is damaged: " + stored.rows()
                            + " rows with digest " + stored.sha256() + ", the manifest says " + entry.digest().rows()
                            + " rows with " + entry.digest().sha256());
                }
            }
            return write(connection, dir, tables, manifest);
        } catch (IOException e) {
            throw new BackupRefused("cannot read the backup: " + e.getMessage(), e);
        } catch (JacksonException e) {
            throw new BackupRefused("the backup is damaged: " + e.getOriginalMessage(), e);
        } catch (SQLException e) {
            throw new BackupRefused("restore failed, nothing was written: " + e.getMessage(), e);
        }
    }

    private List<TableDigest> write(Connection connection, Path dir, List<Table> tables, Manifest manifest)
            throws SQLException, IOException {
        connection.setAutoCommit(false);
        List<TableDigest> digests = new ArrayList<>();
        try {
            for (Table table : tables) {
                // bookkeeping a fresh database already holds (derived_table) gives way to the backup's
                if (count(connection, table.name()) > 0) {
                    try (Statement delete = connection.createStatement()) {
                        delete.executeUpdate("DELETE FROM " + table.name());
                    }
                }
                insert(connection, dir, table);
            }
            for (Table table : tables) {
                TableDigest restored = Rendering.render(connection, table, OutputStream.nullOutputStream());
                if (!restored.equals(manifest.tables().get(table.name()).digest())) {
                    throw new BackupRefused("restored " + table.name() + " does not render as it was backed up ("
                            + restored.sha256() + "): nothing was written");
                }
                digests.add(restored);
            }
            connection.commit();
        } catch (SQLException | IOException | RuntimeException failure) {
            connection.rollback();
            throw failure;
        }
        connection.setAutoCommit(true);
        for (Table table : tables) {
            restartIdentities(connection, table);
        }
        return digests;
    }

    private static void insert(Connection connection, Path dir, Table table) throws SQLException, IOException {
        List<Column> columns = table.columns();
        try (BufferedReader lines = Files.newBufferedReader(file(dir, table.name()), StandardCharsets.UTF_8);
                PreparedStatement insert = connection.prepareStatement(table.insert())) {
            int pending = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode values = Rendering.JSON.readTree(line);
                int parameter = 1;
                for (int i = 0; i < columns.size(); i++) {
                    if (!columns.get(i).generated()) {
                        Values.bind(insert, parameter++, columns.get(i), values.get(i));
                    }
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    /** Rows came with their ids; the next id the database hands out must follow the largest. */
    private static void restartIdentities(Connection connection, Table table) throws SQLException {
        for (Column column : table.columns()) {
            if (!column.identity()) {
                continue;
            }
            long next;
            try (Statement statement = connection.createStatement();
                    ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(" + column.name() + "), 0) + 1 FROM "
                            + table.name())) {
                max.next();
                next = max.getLong(1);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE " + table.name() + " ALTER COLUMN " + column.name() + " RESTART WITH " + next);
            }
        }
    }

    private Connection snapshot() throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        return connection;
    }

    static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version FROM flyway_schema_history "
                        + "WHERE success AND version IS NOT NULL ORDER BY installed_rank")) {
            Optional<String> last = Optional.empty();
            while (rows.next()) {
                last = Optional.of(rows.getString(1));
            }
            return last.orElse("none");
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static Path file(Path dir, String table) {
        return dir.resolve("tables").resolve(table + ".jsonl");
    }

    private static boolean hasEntries(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        }
    }

    private static void writeManifest(Path dir, String schema, List<Table> tables, List<TableDigest> digests)
            throws IOException {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", FORMAT);
        manifest.put("formatVersion", FORMAT_VERSION);
        manifest.put("schemaVersion", schema);
        manifest.put("written", Instant.now().toString());
        manifest.put("note", "holds the accounts' password hashes: keep it as safe as the database");
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", tables.get(i).name());
            entry.put("columns", tables.get(i).columnNames());
            entry.put("rows", digests.get(i).rows());
            entry.put("sha256", digests.get(i).sha256());
            entries.add(entry);
        }
        manifest.put("tables", entries);
        Files.write(dir.resolve(MANIFEST), Rendering.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
    }
}
