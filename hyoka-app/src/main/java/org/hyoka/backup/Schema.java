package org.hyoka.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables of the application's schema as JDBC describes them, so that a table a later migration adds
 * is backed up without anyone remembering to list it. Left out: Flyway's history (the backup records the
 * schema version instead) and the sign-in sessions (a restore signs everyone out).
 */
final class Schema {

    static final Set<String> LEFT_OUT = Set.of("flyway_schema_history", "spring_session", "spring_session_attributes");

    private Schema() {
    }

    /** Every table, parents before the tables whose foreign keys point at them. */
    static List<Table> tables(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Set<String> names = new TreeSet<>();
        try (ResultSet rows = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!LEFT_OUT.contains(name)) {
                    names.add(name);
                }
            }
        }
        Map<String, Set<String>> parents = new TreeMap<>();
        Map<String, Table> tables = new LinkedHashMap<>();
        for (String name : names) {
            List<Column> columns = columns(meta, schema, name);
            tables.put(name, new Table(name, columns, order(meta, schema, name, columns)));
            Set<String> referenced = new TreeSet<>();
            try (ResultSet keys = meta.getImportedKeys(null, schema, name)) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(name)) {
                        referenced.add(parent);
                    }
                }
            }
            parents.put(name, referenced);
        }
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < names.size()) {
            boolean progress = false;
            for (String name : names) {
                if (!placed.contains(name) && placed.containsAll(parents.get(name).stream().filter(names::contains).toList())) {
                    placed.add(name);
                    ordered.add(tables.get(name));
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("foreign keys form a cycle among " + names);
            }
        }
        return ordered;
    }

    private static List<Column> columns(DatabaseMetaData meta, String schema, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet rows = meta.getColumns(null, schema, table, "%")) {
            while (rows.next()) {
                columns.add(new Column(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), rows.getInt("DATA_TYPE"),
                        rows.getString("TYPE_NAME"), "YES".equals(rows.getString("IS_AUTOINCREMENT")),
                        "YES".equals(rows.getString("IS_GENERATEDCOLUMN"))));
            }
        }
        return columns;
    }

    /** The primary key, else the first unique index, else every column that can be compared. */
    private static List<String> order(DatabaseMetaData meta, String schema, String table, List<Column> columns)
            throws SQLException {
        Map<Short, String> key = new TreeMap<>();
        try (ResultSet rows = meta.getPrimaryKeys(null, schema, table)) {
            while (rows.next()) {
                key.put(rows.getShort("KEY_SEQ"), rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        if (!key.isEmpty()) {
            return List.copyOf(key.values());
        }
        Map<String, Map<Short, String>> unique = new TreeMap<>();
        try (ResultSet rows = meta.getIndexInfo(null, schema, table, true, false)) {
            while (rows.next()) {
                String column = rows.getString("COLUMN_NAME");
                String index = rows.getString("INDEX_NAME");
                if (column != null && index != null) {
                    unique.computeIfAbsent(index, i -> new TreeMap<>())
                            .put(rows.getShort("ORDINAL_POSITION"), column.toLowerCase(Locale.ROOT));
                }
            }
        }
        if (!unique.isEmpty()) {
            return List.copyOf(unique.values().iterator().next().values());
        }
        return columns.stream().filter(c -> !c.large()).map(Column::name).toList();
    }
}
