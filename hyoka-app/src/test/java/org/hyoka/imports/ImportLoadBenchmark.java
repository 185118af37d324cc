package org.hyoka.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.audit.AuditLog;
import org.hyoka.evaluation.ImportedRevisions;
import org.hyoka.generate.Municipalities;
import org.hyoka.generate.SheetGenerator;
import org.hyoka.generate.SheetStreamWriter;
import org.hyoka.importer.municipality.MunicipalityDirectory;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheets.SheetRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Not a test (surefire runs it only when named, and only with {@code -Dhyoka.bench.url}): the load rate of
 * {@code generate} → JSON file → {@code import --publish} (the command line's path: {@link JsonSheetStream}
 * into {@link SheetImports#importEach}, committed every {@value SheetImports#COMMIT_BATCH} sheets) on a real
 * PostgreSQL, and the bytes per sheet of the tables, with the documents stored once (V21) and, in the same
 * run, as before V21 (each revision 1 given its own copy again). See BENCHMARKS.md, "A million sheets".
 * <pre>
 * mvn -B -ntp -o -q -pl hyoka-app -am test -Dtest=ImportLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dhyoka.bench.url=jdbc:postgresql://127.0.0.1:PORT/postgres?user=postgres -Dhyoka.bench.sheets=20000
 * </pre>
 * Figures go to standard output and to {@code hyoka-app/target/import-load.txt}.
 */
@EnabledIfSystemProperty(named = "hyoka.bench.url", matches = ".+")
class ImportLoadBenchmark {

    private static final List<String> TABLES = List.of("sheet", "sheet_revision", "sheet_workflow", "sheet_sdg",
            "sheet_strategic_plan", "sheet_indicator", "sheet_policy", "sheet_quality_finding", "sheet_text",
            "sheet_project_key", "audit_log", "corpus_change");

    private final List<String> report = new ArrayList<>();

    @Test
    void loadRateAndBytesPerSheet() throws IOException {
        long sheets = Long.getLong("hyoka.bench.sheets", 20_000);
        int cities = Integer.getInteger("hyoka.bench.municipalities", (int) Math.max(1, Math.min(1741, sheets / 500)));
        String url = fresh(System.getProperty("hyoka.bench.url"));
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(4);
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            Flyway.configure().dataSource(dataSource).load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            SheetRepository repository = new SheetRepository(jdbc, new DataSourceTransactionManager(dataSource), e -> { });
            SheetImports imports = new SheetImports(repository, ImportedRevisions.on(jdbc, repository),
                    new PendingImports(jdbc), new AuditLog(jdbc), Optional.empty(), 1 << 20, ImportMeters.unseen(),
                    SheetImports.COMMIT_BATCH, Duration.ofMinutes(10));

            Path file = Files.createTempFile("hyoka-load", ".json");
            long started = System.nanoTime();
            SheetGenerator generator = new SheetGenerator(Municipalities.choose(MunicipalityDirectory.shipped(), cities, 1),
                    UnitCostTable.standard(), 1);
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                new SheetStreamWriter().write(generator.sheets(sheets), out);
            }
            double generated = seconds(started);
            line("sheets %d, municipalities %d, JSON %d bytes (%d per sheet); generate %.1f s = %.0f sheets/s",
                    sheets, cities, Files.size(file), Files.size(file) / sheets, generated, sheets / generated);

            started = System.nanoTime();
            ImportSummary summary;
            try (InputStream in = Files.newInputStream(file);
                    JsonSheetStream stream = new JsonSheetStream(file.toString(), in, new SheetJson(), Optional.empty())) {
                summary = imports.importEach(stream, ImportOptions.commandLine(true, OnMatch.UPDATE));
            }
            double imported = seconds(started);
            line("import --publish: %d added in %.1f s = %.0f sheets/s (commit every %d)", summary.added(), imported,
                    summary.added() / imported, SheetImports.COMMIT_BATCH);
            Files.delete(file);

            sizes(jdbc, "after the import, as loaded (dead row versions of the final UPDATE included)", sheets);
            jdbc.execute("VACUUM FULL ANALYZE");
            long once = sizes(jdbc, "documents stored once (V21), after VACUUM FULL", sheets);
            jdbc.update("UPDATE sheet_revision r SET document = s.document FROM sheet s WHERE s.id = r.sheet_id "
                    + "AND r.document IS NULL");
            jdbc.execute("VACUUM FULL ANALYZE");
            long twice = sizes(jdbc, "as before V21: revision 1 with its own copy, after VACUUM FULL", sheets);
            line("stored once / stored twice: %.3f", (double) once / twice);
        }
        Files.write(Path.of("target", "import-load.txt"), report, StandardCharsets.UTF_8);
    }

    /** A new database on the server of {@code url}, so that every run starts empty. */
    private static String fresh(String url) {
        String name = "hyoka_load_" + System.currentTimeMillis();
        try (var connection = java.sql.DriverManager.getConnection(url); var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + (query < 0 ? "" : url.substring(query));
    }

    private long sizes(JdbcTemplate jdbc, String title, long sheets) {
        Map<String, Long> bytes = new LinkedHashMap<>();
        long total = 0;
        for (String table : TABLES) {
            long size = jdbc.queryForObject("SELECT pg_total_relation_size(?::regclass)", Long.class, table);
            bytes.put(table, size);
            total += size;
        }
        line("%s: %,d bytes = %,d per sheet; sheet %,d, sheet_revision %,d per sheet", title, total, total / sheets,
                bytes.get("sheet") / sheets, bytes.get("sheet_revision") / sheets);
        return total;
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        System.out.println("BENCH " + text);
        report.add(text);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
