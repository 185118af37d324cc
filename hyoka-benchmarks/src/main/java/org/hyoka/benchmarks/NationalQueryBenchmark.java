package org.hyoka.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.postgresql.PGConnection;

import org.jspecify.annotations.Nullable;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The national questions on PostgreSQL through the application's SQL, and in DuckDB over the open-data
 * export's files as the analytics reference, in the same run: total full cost by municipality × year
 * ({@code /api/aggregates/full-cost}), 方向性 counts, SDGs coverage with cost. The rows are
 * {@link DashboardQueryBenchmark}'s 100,000 sheets (the app's migrations, 1 % drafts); the export is the
 * published sheets' columns these questions read, in the open data's layout and labels (全国地方公共団体コード,
 * 評価年度, 方向性, フルコスト, SDGs as 9,16), written from PostgreSQL as CSV and, as Hyoka's Parquet export
 * makes it, through DuckDB's {@code COPY … (FORMAT PARQUET)}. DuckDB reads the file on every query: what an
 * analyst who downloaded it does, with no load step.
 * <p>
 * {@code postgresFullCostTallied} runs {@code org.hyoka.aggregates.FullCostRepository}'s SQL (the maintained sums),
 * read from the application's classes; {@code postgresFullCost} the GROUP BY over the sheet rows it replaced. The
 * other PostgreSQL SQL is a copy of
 * {@code DashboardRepository}'s direction and SDG queries (hyoka-app's jar cannot be a dependency): keep them
 * alike. Set-up checks that every engine gives the same totals, so the work compared is the same.
 * {@code -Dhyoka.bench.url=jdbc:postgresql://…} reads a database the application loaded instead, as it is.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NationalQueryBenchmark {

    static final String PG_FULL_COST = "SELECT s.municipality_code, MIN(s.municipality_name) AS municipality_name,"
            + " s.fiscal_year, COUNT(*) AS sheets, COUNT(s.full_cost) AS sheets_with_cost,"
            + " COALESCE(SUM(s.full_cost), 0) AS full_cost"
            + " FROM sheet s WHERE s.status = 'published' AND s.municipality_code IS NOT NULL"
            + " AND s.fiscal_year IS NOT NULL GROUP BY s.municipality_code, s.fiscal_year"
            + " ORDER BY s.municipality_code, s.fiscal_year";
    static final String PG_DIRECTION = "SELECT s.direction, COUNT(*) AS sheets, COALESCE(SUM(s.full_cost), 0) AS full_cost"
            + " FROM sheet s WHERE s.status = 'published' GROUP BY s.direction ORDER BY sheets DESC, s.direction";
    static final String PG_SDGS = "SELECT g.goal, COUNT(*) AS sheets, COALESCE(SUM(s.full_cost), 0) AS full_cost"
            + " FROM sheet s JOIN sheet_sdg g ON g.sheet_id = s.id WHERE s.status = 'published'"
            + " GROUP BY g.goal ORDER BY g.goal";

    private static final String DUCK_FULL_COST = "SELECT \"全国地方公共団体コード\", MIN(\"地方公共団体名\"), \"評価年度\","
            + " COUNT(*) AS sheets, COUNT(\"フルコスト\"), COALESCE(SUM(\"フルコスト\"), 0) AS full_cost FROM %s"
            + " GROUP BY \"全国地方公共団体コード\", \"評価年度\" ORDER BY 1, 3";
    private static final String DUCK_DIRECTION = "SELECT \"方向性\", COUNT(*) AS sheets,"
            + " COALESCE(SUM(\"フルコスト\"), 0) AS full_cost FROM %s GROUP BY \"方向性\" ORDER BY sheets DESC, 1";
    private static final String DUCK_SDGS = "SELECT goal, COUNT(*) AS sheets, COALESCE(SUM(cost), 0) AS full_cost FROM"
            + " (SELECT CAST(unnest(string_split(\"SDGs\", ',')) AS INTEGER) AS goal, \"フルコスト\" AS cost FROM %s)"
            + " GROUP BY goal ORDER BY goal";

    private @Nullable EmbeddedPostgres server;
    /** {@code FullCostRepository.SQL + GROUP}, read from the application's classes: its very SQL, not a copy. */
    private String fullCostTallied = "";
    private Connection postgres;
    private Connection duckdb;
    private Path directory;
    private String csv;
    private String parquet;

    @Setup(Level.Trial)
    public void start() throws Exception {
        String url = System.getProperty("hyoka.bench.url", "");
        if (url.isBlank()) {
            server = EmbeddedPostgres.builder().start();
            postgres = server.getPostgresDatabase().getConnection();
            DashboardQueryBenchmark.migrate(postgres, Path.of(System.getProperty("hyoka.migrations",
                    "hyoka-app/src/main/resources/db/migration")));
            DashboardQueryBenchmark.fill(postgres);
            new DashboardQueryBenchmark.App(appClasses(), server.getPostgresDatabase()).tally();
        } else {
            // a database the application loaded (the million sheets of generate and import --publish), as it is
            postgres = DriverManager.getConnection(url);
        }
        directory = Files.createTempDirectory("hyoka-national-");
        Path csvFile = directory.resolve("hyoka_all_sheets.csv");
        export(postgres, csvFile);
        duckdb = DriverManager.getConnection("jdbc:duckdb:");
        csv = "read_csv('" + csvFile + "', header = true, types = {'全国地方公共団体コード': 'VARCHAR'})";
        Path parquetFile = directory.resolve("hyoka_all_sheets.parquet");
        try (Statement statement = duckdb.createStatement()) {
            statement.execute("COPY (SELECT * FROM " + csv + ") TO '" + parquetFile + "' (FORMAT PARQUET, COMPRESSION ZSTD)");
        }
        parquet = "read_parquet('" + parquetFile + "')";
        fullCostTallied = fullCostSql(appClasses());
        if (total(postgres, fullCostTallied) != total(postgres, PG_FULL_COST)) {
            throw new IllegalStateException("the maintained sums disagree with the sheet rows on the full cost");
        }
        for (String[] same : new String[][] {{PG_FULL_COST, DUCK_FULL_COST}, {PG_DIRECTION, DUCK_DIRECTION},
                {PG_SDGS, DUCK_SDGS}}) {
            long expected = total(postgres, same[0]);
            if (expected <= 0 || total(duckdb, same[1].formatted(csv)) != expected
                    || total(duckdb, same[1].formatted(parquet)) != expected) {
                throw new IllegalStateException("the engines disagree on " + same[0]);
            }
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        duckdb.close();
        postgres.close();
        if (server != null) {
            server.close();
        }
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(directory);
    }

    @Benchmark
    public long postgresFullCost() throws SQLException {
        return total(postgres, PG_FULL_COST);
    }

    @Benchmark
    public long postgresFullCostTallied() throws SQLException {
        return total(postgres, fullCostTallied);
    }

    @Benchmark
    public long duckdbCsvFullCost() throws SQLException {
        return total(duckdb, DUCK_FULL_COST.formatted(csv));
    }

    @Benchmark
    public long duckdbParquetFullCost() throws SQLException {
        return total(duckdb, DUCK_FULL_COST.formatted(parquet));
    }

    @Benchmark
    public long postgresDirection() throws SQLException {
        return total(postgres, PG_DIRECTION);
    }

    @Benchmark
    public long duckdbCsvDirection() throws SQLException {
        return total(duckdb, DUCK_DIRECTION.formatted(csv));
    }

    @Benchmark
    public long duckdbParquetDirection() throws SQLException {
        return total(duckdb, DUCK_DIRECTION.formatted(parquet));
    }

    @Benchmark
    public long postgresSdgs() throws SQLException {
        return total(postgres, PG_SDGS);
    }

    @Benchmark
    public long duckdbCsvSdgs() throws SQLException {
        return total(duckdb, DUCK_SDGS.formatted(csv));
    }

    @Benchmark
    public long duckdbParquetSdgs() throws SQLException {
        return total(duckdb, DUCK_SDGS.formatted(parquet));
    }

    /** Reads every row, as a client would, and sums sheets and cost so that nothing is optimised away. */
    private static Path appClasses() {
        return Path.of(System.getProperty("hyoka.app-classes", "hyoka-app/target/classes"));
    }

    private static String fullCostSql(Path classes) throws Exception {
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {classes.toUri().toURL()},
                NationalQueryBenchmark.class.getClassLoader())) {
            Class<?> repository = loader.loadClass("org.hyoka.aggregates.FullCostRepository");
            return repository.getField("SQL").get(null) + (String) repository.getField("GROUP").get(null);
        }
    }

    private static long total(Connection connection, String sql) throws SQLException {
        long total = 0;
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                total += result.getLong("sheets") * 1_000_003L + result.getLong("full_cost");
            }
        }
        return total;
    }

    /** The published sheets in the open data's layout, through COPY (the export's rows, not its every column). */
    private static void export(Connection postgres, Path file) throws SQLException, IOException {
        String copy = "COPY (SELECT s.municipality_code AS \"全国地方公共団体コード\", s.id AS \"ID\","
                + " s.municipality_name AS \"地方公共団体名\", s.fiscal_year AS \"評価年度\", s.title AS \"事務事業名\","
                + " s.department AS \"部\", s.division AS \"課\", s.direction AS \"方向性\", s.full_cost AS \"フルコスト\","
                + " (SELECT string_agg(g.goal::text, ',' ORDER BY g.goal) FROM sheet_sdg g WHERE g.sheet_id = s.id) AS \"SDGs\""
                + " FROM sheet s WHERE s.status = 'published' ORDER BY s.id) TO STDOUT WITH (FORMAT csv, HEADER true)";
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            postgres.unwrap(PGConnection.class).getCopyAPI().copyOut(copy, out);
        }
    }
}
