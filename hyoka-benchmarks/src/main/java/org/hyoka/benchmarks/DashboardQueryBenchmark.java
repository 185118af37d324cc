package org.hyoka.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

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

import org.springframework.jdbc.core.JdbcTemplate;

import org.jspecify.annotations.Nullable;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The dashboard page at 100,000 published sheets on PostgreSQL (the embedded server the tests use), run by
 * the application's own classes: {@code org.hyoka.dashboard.Dashboards} and {@code DashboardRepository}
 * loaded from {@code hyoka-app/target/classes} ({@code -Dhyoka.app-classes=DIR}; hyoka-app is a Spring Boot
 * application whose jar cannot be a dependency), over the schema of the application's migrations. The rows
 * are made in SQL: 20 municipalities × 5 years × 1,000 sheets, 1 % of them drafts that must not count,
 * 3 indicators, 2 SDGs, a 戦略プラン code and 3 policy tiers per sheet; then the application's
 * {@code SheetTally.rebuild} makes the maintained sums from them, as start-up does.
 * <p>
 * {@code scope=city-year} is {@code /dashboard?municipalityCode=…&fiscalYear=…}, {@code scope=all} is
 * {@code /dashboard}. {@code page} builds every table of that page and its two choices, as the controller
 * does; the baselines, measured in the same run to read the others against, are
 * {@code SELECT COUNT(*) FROM sheet} (every row) and one sheet's title by id (an index lookup).
 * <p>
 * {@code -Dhyoka.bench.url=jdbc:postgresql://…} reads a database the application loaded instead (the million
 * sheets of {@code generate} and {@code import --publish}), as it is: its first municipality and latest year
 * for {@code city-year}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DashboardQueryBenchmark {

    static final int SHEETS = 100_000;
    /** A sheet of the generated rows, and of any database of 5,000 sheets or more. */
    private static final long SHEET_ID = 4242;

    @Param({"city-year", "all"})
    public String scope;

    private @Nullable EmbeddedPostgres server;
    private Connection connection;
    private App app;

    /** The municipality and year of {@code scope=city-year}. */
    private String city = "010007";
    private int year = 2024;

    @Setup(Level.Trial)
    public void start() throws Exception {
        String url = System.getProperty("hyoka.bench.url", "");
        DataSource dataSource;
        if (url.isBlank()) {
            server = EmbeddedPostgres.builder().start();
            dataSource = server.getPostgresDatabase();
            connection = dataSource.getConnection();
            migrate(connection, Path.of(System.getProperty("hyoka.migrations", "hyoka-app/src/main/resources/db/migration")));
            fill(connection);
        } else {
            // a database the application loaded itself (import --publish keeps the sums): read it as it is
            org.postgresql.ds.PGSimpleDataSource external = new org.postgresql.ds.PGSimpleDataSource();
            external.setUrl(url);
            dataSource = external;
            connection = dataSource.getConnection();
            try (Statement statement = connection.createStatement();
                    ResultSet first = statement.executeQuery("SELECT municipality_code, MAX(fiscal_year) FROM sheet "
                            + "WHERE status = 'published' AND municipality_code = (SELECT MIN(municipality_code) FROM sheet "
                            + "WHERE status = 'published') GROUP BY municipality_code")) {
                first.next();
                city = first.getString(1);
                year = first.getInt(2);
            }
        }
        app = new App(Path.of(System.getProperty("hyoka.app-classes", "hyoka-app/target/classes")), dataSource);
        if (url.isBlank()) {
            app.tally();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        connection.close();
        if (server != null) {
            server.close();
        }
    }

    @Benchmark
    public long baselineCountSheets() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM sheet")) {
            result.next();
            return result.getLong(1);
        }
    }

    @Benchmark
    public int baselineSheetById() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT title FROM sheet WHERE id = ?")) {
            statement.setLong(1, SHEET_ID);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getString(1).length();
            }
        }
    }

    @Benchmark
    public int page() throws Exception {
        return app.page(scope.equals("all") ? null : city, scope.equals("all") ? null : year);
    }

    /**
     * The application's dashboard classes, loaded from its compiled classes over this benchmark's class path
     * (which has what they use: Spring's JDBC, the model and the importer's municipality directory).
     */
    static final class App {

        private final ClassLoader loader;
        private final DataSource dataSource;
        private final Object repository;
        private final Object dashboards;
        private final Constructor<?> scope;

        App(Path classes, DataSource dataSource) throws Exception {
            if (!Files.isDirectory(classes.resolve("org/hyoka/dashboard"))) {
                throw new IllegalStateException(classes + " has no org/hyoka/dashboard: compile hyoka-app or pass "
                        + "-Dhyoka.app-classes=DIR");
            }
            this.loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, App.class.getClassLoader());
            this.dataSource = dataSource;
            Class<?> repositoryClass = loader.loadClass("org.hyoka.dashboard.DashboardRepository");
            this.repository = repositoryClass.getMethod("over", DataSource.class).invoke(null, dataSource);
            Constructor<?> dashboardsConstructor = loader.loadClass("org.hyoka.dashboard.Dashboards")
                    .getDeclaredConstructor(repositoryClass);
            dashboardsConstructor.setAccessible(true);
            this.dashboards = dashboardsConstructor.newInstance(repository);
            this.scope = loader.loadClass("org.hyoka.dashboard.DashboardScope").getConstructor(String.class, Integer.class);
        }

        /** {@code SheetTally.rebuild}: the maintained sums made from the sheets, as at start-up. */
        void tally() throws Exception {
            Method rebuild = loader.loadClass("org.hyoka.sheets.SheetTally").getDeclaredMethod("rebuild", JdbcTemplate.class);
            rebuild.setAccessible(true);
            rebuild.invoke(null, new JdbcTemplate(dataSource));
        }

        /** The page's tables, its municipalities and its years, as DashboardController asks for them. */
        int page(String municipalityCode, Integer fiscalYear) throws Exception {
            Object of = scope.newInstance(municipalityCode, fiscalYear);
            Method all = dashboards.getClass().getDeclaredMethod("all", scope.getDeclaringClass());
            all.setAccessible(true);
            int size = ((List<?>) all.invoke(dashboards, of)).size();
            size += ((List<?>) repository.getClass().getMethod("municipalities").invoke(repository)).size();
            size += ((List<?>) repository.getClass().getMethod("years", scope.getDeclaringClass())
                    .invoke(repository, of)).size();
            return size;
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

    /** Each query of the repository and the page, per scope, the best of five: {@code java -cp … DashboardQueryBenchmark}. */
    public static void main(String[] args) throws Exception {
        DashboardQueryBenchmark benchmark = new DashboardQueryBenchmark();
        benchmark.scope = "all";
        benchmark.start();
        for (String scope : List.of("city-year", "all")) {
            benchmark.scope = scope;
            Object of = benchmark.app.scope.newInstance(scope.equals("all") ? null : "010007",
                    scope.equals("all") ? null : 2024);
            for (Method query : benchmark.app.repository.getClass().getMethods()) {
                if (query.getParameterCount() == 1 && query.getParameterTypes()[0] == of.getClass()) {
                    System.out.println(scope + " " + query.getName() + ": " + best(() -> query.invoke(benchmark.app.repository, of)) + " ms");
                }
            }
            System.out.println(scope + " page: " + best(benchmark::page) + " ms");
        }
        benchmark.stop();
    }

    private static double best(java.util.concurrent.Callable<?> call) throws Exception {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            call.call();
            best = Math.min(best, System.nanoTime() - started);
        }
        return best / 1_000_000.0;
    }
}
