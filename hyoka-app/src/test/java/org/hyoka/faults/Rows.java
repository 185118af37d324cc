package org.hyoka.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a PostgreSQL database of a fault test holds, read over JDBC as the application's own user: row
 * counts of the sheets' tables and the database's size on disk (which grows while a transaction writes,
 * before anything is visible to other sessions).
 */
final class Rows {

    private Rows() {
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, "postgres", "");
    }

    /**
     * Rows per table of what an import writes: {@code sheet}, the audit log, the public change log and
     * every table keyed by sheet (revisions, derived tables, …, also any added later). Sessions, login
     * failures and Flyway's history are not the import's.
     */
    static Map<String, Long> sheetTables(String url) throws SQLException {
        return counts(url, "SELECT DISTINCT t.table_name FROM information_schema.tables t "
                + "LEFT JOIN information_schema.columns c ON c.table_schema = t.table_schema "
                + "AND c.table_name = t.table_name AND c.column_name = 'sheet_id' "
                + "WHERE t.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND (c.column_name IS NOT NULL "
                + "OR t.table_name IN ('sheet', 'audit_log', 'corpus_change'))");
    }

    /** Rows of every table but the sessions', the login failures' and Flyway's: whatever an upload could have left. */
    static Map<String, Long> everyTable(String url) throws SQLException {
        return counts(url, "SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT IN "
                + "('spring_session', 'spring_session_attributes', 'login_failure', 'flyway_schema_history')");
    }

    /** The row count of each table the query names. */
    private static Map<String, Long> counts(String url, String tableNames) throws SQLException {
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet names = statement.executeQuery(tableNames)) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            Map<String, Long> counts = new TreeMap<>();
            for (String table : tables) {
                counts.put(table, single(statement, "SELECT count(*) FROM " + table));
            }
            return counts;
        }
    }

    /**
     * Rows keyed by a sheet that is not in {@code sheet} (revisions, derived rows, audit entries, change log
     * entries): left behind by a broken write. A table without the column is skipped.
     */
    static Map<String, Long> orphans(String url) throws SQLException {
        Map<String, Long> orphans = new TreeMap<>();
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            for (String table : sheetTables(url).keySet()) {
                if (table.equals("sheet")) {
                    continue;
                }
                long count = single(statement, "SELECT count(*) FROM " + table + " x WHERE x.sheet_id IS NOT NULL "
                        + "AND NOT EXISTS (SELECT 1 FROM sheet s WHERE s.id = x.sheet_id)");
                if (count > 0) {
                    orphans.put(table, count);
                }
            }
        }
        return orphans;
    }

    static long query(String url, String sql) throws SQLException {
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            return single(statement, sql);
        }
    }

    static long databaseBytes(String url) throws SQLException {
        return query(url, "SELECT pg_database_size(current_database())");
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
