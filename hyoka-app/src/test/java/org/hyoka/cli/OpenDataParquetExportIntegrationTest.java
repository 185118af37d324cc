package org.hyoka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hyoka.cli.InProcess.Outcome;
import org.hyoka.fixtures.Fixtures;
import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code hyoka export --format csv|parquet}: the bulk open data of the published つくば市 seed, and each
 * Parquet file read back with DuckDB equals its CSV (read with Commons CSV, not DuckDB's reader) row for
 * row and cell for cell, with typed columns where the CSV holds numbers and dates and text where it holds
 * codes; drafts in neither; wrong options refused in one line.
 */
class OpenDataParquetExportIntegrationTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void everyParquetFileHoldsTheRowsOfItsCsv(TestDatabases.Kind kind) throws Exception {
        List<String> database = database(kind);
        Path seed = dir.resolve("seed.txt");
        Files.writeString(seed, Fixtures.seedText());
        Outcome imported = hyoka(database, "import", seed.toString(), "--municipality", "082201", "--publish");
        assertThat(imported.exit()).as(imported.err()).isZero();
        // drafts of the next year: not open data
        assertThat(hyoka(database, "rollover", "--municipality", "082201", "--from-year", "2024").exit()).isZero();

        Outcome csv = hyoka(database, "export", "--format", "csv", "--to", dir.resolve("csv").toString());
        assertThat(csv.exit()).as(csv.err()).isZero();
        Outcome parquet = hyoka(database, "export", "--format", "parquet", "--to", dir.resolve("parquet").toString());
        assertThat(parquet.exit()).as(parquet.err()).isZero();
        assertThat(parquet.out()).contains("hyoka_all_sheets.parquet").contains("hyoka_all_costs.parquet");

        List<String> tables = List.of("sheets", "indicators", "costs");
        for (String table : tables) {
            List<List<String>> expected = csvRows(dir.resolve("csv/hyoka_all_" + table + ".csv"));
            List<List<Object>> actual = parquetRows(dir.resolve("parquet/hyoka_all_" + table + ".parquet"));
            assertThat(actual).as(table).hasSameSizeAs(expected).hasSizeGreaterThan(8);
            assertThat(actual.get(0)).as(table + " header").isEqualTo(new ArrayList<Object>(expected.get(0)));
            for (int row = 1; row < expected.size(); row++) {
                assertThat(printed(actual.get(row), expected.get(row))).as(table + " row " + row)
                        .isEqualTo(expected.get(row));
            }
        }
        // the eight published sheets, not the eight drafts of 2025
        assertThat(csvRows(dir.resolve("csv/hyoka_all_sheets.csv"))).hasSize(1 + 8);
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = duckdb.createStatement();
                ResultSet types = statement.executeQuery("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '"
                        + dir.resolve("parquet/hyoka_all_costs.parquet") + "')")) {
            List<String> described = new ArrayList<>();
            while (types.next()) {
                described.add(types.getString(1) + ":" + types.getString(2));
            }
            assertThat(described).contains("全国地方公共団体コード:VARCHAR", "シートID:BIGINT", "評価年度:BIGINT")
                    .anyMatch(type -> type.endsWith(":DOUBLE"));
        }
    }

    @Test
    void wrongOptionsAreRefusedInOneLine() throws Exception {
        List<String> database = database(TestDatabases.Kind.H2);
        Outcome both = hyoka(database, "export", "--all", "--format", "csv", "--to", dir.resolve("a").toString());
        assertThat(both.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(both.err().lines()).singleElement().asString().contains("either --all");
        Outcome unknown = hyoka(database, "export", "--format", "xlsx", "--to", dir.resolve("b").toString());
        assertThat(unknown.err().lines()).singleElement().asString().contains("csv or parquet");
        Outcome none = hyoka(database, "export", "--format", "parquet", "--to", dir.resolve("c").toString());
        assertThat(none.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(none.err().lines()).singleElement().asString().contains("no database");
    }

    private List<String> database(TestDatabases.Kind kind) {
        return kind == TestDatabases.Kind.H2 ? List.of("--data", dir.resolve("data").toString())
                : List.of("--database-url", TestDatabases.freshPostgresUrl(), "--database-user", "postgres");
    }

    private static Outcome hyoka(List<String> database, String... command) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(database);
        return InProcess.hyoka(all.toArray(String[]::new));
    }

    /** Header and rows as written; an empty cell is null, as it is in the Parquet file. */
    private static List<List<String>> csvRows(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>();
                record.forEach(cell -> cells.add(cell.isEmpty() ? null : cell));
                rows.add(cells);
            }
        }
        rows.get(0).set(0, rows.get(0).get(0).replace("\uFEFF", ""));
        return rows;
    }

    /**
     * The Parquet row as the CSV would print it: integers (Long) and dates (LocalDate) as their own text, so
     * they must print exactly as the CSV does; a double as the CSV's decimal where the two are the same
     * number (0.10 and 0.1), since a double keeps no printed scale; text as it is.
     */
    private static List<String> printed(List<Object> row, List<String> csv) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            Object value = row.get(i);
            String expected = i < csv.size() ? csv.get(i) : null;
            if (value instanceof Double number && expected != null
                    && new BigDecimal(expected).compareTo(BigDecimal.valueOf(number)) == 0) {
                cells.add(expected);
            } else {
                cells.add(value == null ? null : value.toString());
            }
        }
        return cells;
    }

    /** Header and rows in the file's order, each cell as DuckDB hands it over (Long, Double, LocalDate, String). */
    private List<List<Object>> parquetRows(Path file) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = duckdb.createStatement();
                ResultSet result = statement.executeQuery("SELECT * FROM read_parquet('" + file + "')")) {
            ResultSetMetaData meta = result.getMetaData();
            List<Object> header = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                header.add(meta.getColumnLabel(i));
            }
            rows.add(header);
            while (result.next()) {
                List<Object> cells = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object value = result.getObject(i);
                    cells.add(value instanceof java.sql.Date date ? date.toLocalDate() : value);
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
