package org.hyoka.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The dashboard's GROUP BY queries at 100,000 published sheets on PostgreSQL (the embedded server the
 * tests use), with the schema of the application's own migrations read from
 * {@code hyoka-app/src/main/resources/db/migration} (so its indexes are the real ones). The rows are
 * made in SQL: 20 municipalities × 5 years × 1,000 sheets, 1 % of them drafts that must not count,
 * 3 indicators, 2 SDGs, a 戦略プラン code and 3 policy tiers per sheet.
 * <p>
 * The SQL is a copy of {@code org.hyoka.dashboard.DashboardRepository}'s (hyoka-app is a Spring Boot
 * application whose jar cannot be a dependency); keep the two alike. {@code scope=city-year} is
 * {@code /dashboard?municipalityCode=…&fiscalYear=…}, {@code scope=all} is {@code /dashboard}.
 * {@code page} runs every query one page of that scope runs; {@code baselineCountSheets} is
 * {@code SELECT COUNT(*) FROM sheet}, measured in the same run to read the others against.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DashboardQueryBenchmark {

    static final int SHEETS = 100_000;
    private static final String COST = "COUNT(*) AS sheets, COALESCE(SUM(s.full_cost), 0) AS cost, 0 AS indicators";
    private static final String INDICATORS = "0 AS sheets, 0 AS cost, COUNT(*) AS indicators";
    private static final String INDICATOR_JOIN = "sheet s JOIN sheet_indicator i ON i.sheet_id = s.id";

    /** The dashboard's queries by name: FROM, GROUP BY, and whether the city-wide page runs them. */
    private static final Map<String, String[]> QUERIES = Map.ofEntries(
            Map.entry("costByDepartment", new String[] {COST, "sheet s", "s.department", "city"}),
            Map.entry("costByDivision", new String[] {COST, "sheet s", "s.department, s.division", "city"}),
            Map.entry("costByMunicipality", new String[] {COST, "sheet s", "s.municipality_code", "all"}),
            Map.entry("costTrend", new String[] {COST, "sheet s", "s.municipality_code, s.fiscal_year", "both"}),
            Map.entry("direction", new String[] {COST, "sheet s", "s.direction", "both"}),
            Map.entry("achievementByDivision",
                    new String[] {INDICATORS, INDICATOR_JOIN, "s.department, s.division, i.achievement", "city"}),
            Map.entry("achievementByKind", new String[] {INDICATORS, INDICATOR_JOIN, "i.kind, i.achievement", "both"}),
            Map.entry("sdgs", new String[] {COST, "sheet s JOIN sheet_sdg g ON g.sheet_id = s.id", "g.goal", "both"}),
            Map.entry("strategicPlans", new String[] {COST,
                "sheet s JOIN (SELECT DISTINCT sheet_id, code FROM sheet_strategic_plan) p ON p.sheet_id = s.id",
                "p.code", "city"}),
            Map.entry("policies", new String[] {COST, "sheet s JOIN sheet_policy y ON y.sheet_id = s.id",
                "y.tier, y.number", "city"}));

    @Param({"city-year", "all"})
    public String scope;

    private EmbeddedPostgres server;
    private Connection connection;

    @Setup(Level.Trial)
    public void start() throws Exception {
        server = EmbeddedPostgres.builder().start();
        connection = server.getPostgresDatabase().getConnection();
        migrate(connection, Path.of(System.getProperty("hyoka.migrations", "hyoka-app/src/main/resources/db/migration")));
        fill(connection);
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        connection.close();
        server.close();
    }

    @Benchmark
    public long baselineCountSheets() throws SQLException {
        return sum("SELECT COUNT(*) FROM sheet");
    }

    @Benchmark
    public long page() throws SQLException {
        long rows = 0;
        for (Map.Entry<String, String[]> query : QUERIES.entrySet()) {
            String runs = query.getValue()[3];
            if (runs.equals("both") || runs.equals(scope.equals("all") ? "all" : "city")) {
                rows += run(query.getKey());
            }
        }
        return rows;
    }

    @Benchmark
    public long costByDivision() throws SQLException {
        return run("costByDivision");
    }

    @Benchmark
    public long costTrend() throws SQLException {
        return run("costTrend");
    }

    @Benchmark
    public long achievementByDivision() throws SQLException {
        return run("achievementByDivision");
    }

    @Benchmark
    public long achievementByKind() throws SQLException {
        return run("achievementByKind");
    }

    @Benchmark
    public long sdgs() throws SQLException {
        return run("sdgs");
    }

    @Benchmark
    public long strategicPlans() throws SQLException {
        return run("strategicPlans");
    }

    @Benchmark
    public long policies() throws SQLException {
        return run("policies");
    }

    /** As DashboardRepository builds it; the trend drops the year, as the page's trend does. */
    String sql(String name) {
        String[] query = QUERIES.get(name);
        StringBuilder where = new StringBuilder("s.status = 'published'");
        if (scope.equals("city-year")) {
            where.append(" AND s.municipality_code = '010007'");
            if (!name.equals("costTrend")) {
                where.append(" AND s.fiscal_year = 2024");
            }
        }
        return "SELECT " + query[2] + ", " + query[0] + " FROM " + query[1] + " WHERE " + where + " GROUP BY "
                + query[2] + " ORDER BY " + query[2];
    }

    private long run(String name) throws SQLException {
        long rows = 0;
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql(name))) {
            while (result.next()) {
                rows += result.getLong("sheets");
            }
        }
        return rows;
    }

    private long sum(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The application's SQL migrations in version order (its one Java migration, V3_1, is a trigger not needed here). */
    static void migrate(Connection connection, Path directory) throws SQLException {
        Pattern version = Pattern.compile("V(\\d+)(?:_(\\d+))?__.*\\.sql");
        List<Path> files;
        try (Stream<Path> listed = Files.list(directory)) {
            files = listed.filter(p -> version.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparingInt(p -> {
                        Matcher m = version.matcher(p.getFileName().toString());
                        m.matches();
                        return Integer.parseInt(m.group(1)) * 100 + (m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
                    })).toList();
            try (Statement statement = connection.createStatement()) {
                for (Path file : files) {
                    statement.execute(Files.readString(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("run from the repository root or pass -Dhyoka.migrations=DIR", e);
        }
    }

    static void fill(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO municipality (code, name, created_at) SELECT lpad((10000 + m * 10 + 7)::text, 6, '0'),"
                    + " '市' || m, now() FROM generate_series(0, 19) m ON CONFLICT DO NOTHING");
            statement.execute("INSERT INTO sheet (municipality_code, municipality_name, fiscal_year, sheet_number, title,"
                    + " department, division, direction, full_cost, status, document, saved_at, form)"
                    + " SELECT lpad((10000 + (i % 20) * 10 + 7)::text, 6, '0'), '市', 2020 + (i / 20) % 5, i::text,"
                    + " '事業' || i, '部' || (i * 7 % 10), '部' || (i * 7 % 10) || '課' || (i * 13 % 5),"
                    + " (ARRAY['継続', '拡充', '縮小', '廃止'])[1 + i % 4], i * 37 % 50000,"
                    + " CASE WHEN i % 100 = 0 THEN 'draft' ELSE 'published' END, '{}', now(), 'tsukuba'"
                    + " FROM generate_series(0, " + (SHEETS - 1) + ") i");
            statement.execute("INSERT INTO sheet_indicator (sheet_id, position, name, kind, direction, direction_proposed,"
                    + " achievement) SELECT s.id, p, '指標' || p, (ARRAY['ACTIVITY', 'OUTCOME', 'REFERENCE'])[p],"
                    + " 'higher', false, (ARRAY['met', 'missed', 'no-target', 'no-actual', 'direction-unknown',"
                    + " 'reference'])[1 + (s.id * p) % 6] FROM sheet s, generate_series(1, 3) p");
            statement.execute("INSERT INTO sheet_sdg (sheet_id, goal) SELECT id, id % 17 + 1 FROM sheet"
                    + " UNION ALL SELECT id, (id + 8) % 17 + 1 FROM sheet");
            statement.execute("INSERT INTO sheet_strategic_plan (sheet_id, position, code)"
                    + " SELECT id, 1, 'P' || (id % 40) FROM sheet");
            statement.execute("INSERT INTO sheet_policy (sheet_id, tier, number, name)"
                    + " SELECT id, 'policy', (id % 8)::text, '政策' FROM sheet UNION ALL"
                    + " SELECT id, 'measure', (id % 30)::text, '施策' FROM sheet UNION ALL"
                    + " SELECT id, 'basic-project', (id % 120)::text, '基本事業' FROM sheet");
            statement.execute("ANALYZE");
        }
    }

    /** Prints each query's plan: {@code java -cp benchmarks.jar org.hyoka.benchmarks.DashboardQueryBenchmark}. */
    public static void main(String[] args) throws Exception {
        DashboardQueryBenchmark benchmark = new DashboardQueryBenchmark();
        for (String scope : List.of("city-year", "all")) {
            benchmark.scope = scope;
            if (benchmark.server == null) {
                benchmark.start();
            }
            for (String name : QUERIES.keySet().stream().sorted().toList()) {
                System.out.println("== " + scope + " " + name);
                try (PreparedStatement explain = benchmark.connection.prepareStatement(
                        "EXPLAIN (ANALYZE, BUFFERS) " + benchmark.sql(name)); ResultSet plan = explain.executeQuery()) {
                    while (plan.next()) {
                        System.out.println(plan.getString(1));
                    }
                }
            }
        }
        benchmark.stop();
    }
}
