package org.hyoka.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.hyoka.interchange.opendata.Column;
import org.hyoka.interchange.opendata.OpenDataTable;

/**
 * An open-data table as Parquet, made by DuckDB (an embedded engine, no Hadoop) from the table's CSV as
 * {@link org.hyoka.interchange.opendata.TableWriter} writes it: the same rows in the same order, each
 * column typed by its kind (整数 and 千円 BIGINT, 数値 DOUBLE, 公開日 DATE, the rest VARCHAR, so that
 * 082201 keeps its leading zero). Reading the CSV as text and casting, rather than letting DuckDB guess,
 * makes the types the same whatever the rows.
 */
public final class ParquetTables {

    /** DuckDB's own memory, outside the Java heap: bounded, and spilled to the output's directory beyond it. */
    private static final String MEMORY_LIMIT = "512MB";

    private ParquetTables() {
    }

    /** Writes {@code parquet} from {@code csv}, a file of {@code table}; replaces a file already there. */
    public static void convert(OpenDataTable table, Path csv, Path parquet) {
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = duckdb.createStatement()) {
            statement.execute("SET memory_limit = '" + MEMORY_LIMIT + "'");
            statement.execute("SET temp_directory = " + literal(parquet.toAbsolutePath().getParent().toString()));
            // one thread keeps the rows in the file's order and leaves the other core to the server
            statement.execute("SET threads = 1");
            statement.execute("COPY (" + select(table, csv) + ") TO " + literal(parquet.toString())
                    + " (FORMAT PARQUET, COMPRESSION ZSTD)");
        } catch (SQLException e) {
            throw new IllegalStateException("Parquet の書き出しに失敗しました: " + e.getMessage(), e);
        }
    }

    /**
     * The query over the CSV: columns named by position (a label is never taken as a type hint), every cell
     * read as text with empty cells as NULL, then each cast to its kind under the table's own label.
     */
    static String select(OpenDataTable table, Path csv) {
        List<String> labels = table.labels();
        List<Column.Kind> kinds = table.kinds();
        List<String> names = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            names.add(literal("c" + i));
            columns.add(cast("c" + i, kinds.get(i)) + " AS " + identifier(labels.get(i)));
        }
        return "SELECT " + String.join(", ", columns) + " FROM read_csv(" + literal(csv.toString())
                + ", header = true, all_varchar = true, delim = ',', quote = '\"', escape = '\"',"
                + " names = [" + String.join(", ", names) + "])";
    }

    private static String cast(String column, Column.Kind kind) {
        return switch (kind) {
            case TEXT -> column;
            case INTEGER -> "CAST(" + column + " AS BIGINT)";
            case DECIMAL -> "CAST(" + column + " AS DOUBLE)";
            case DATE -> "CAST(" + column + " AS DATE)";
        };
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** A temporary file beside {@code target}, so that moving it into place is a rename. */
    static Path temporaryBeside(Path target, String suffix) {
        try {
            return Files.createTempFile(target.toAbsolutePath().getParent(), ".hyoka-", suffix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
