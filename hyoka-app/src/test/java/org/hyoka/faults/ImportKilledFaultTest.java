package org.hyoka.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.hyoka.testing.HyokaProcess;
import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code hyoka import} killed with SIGKILL while it writes: what the public sees is what it saw before,
 * and once the import is run again the database holds exactly what one uninterrupted import leaves
 * (measured on a database of its own in the same run), with no row of the killed one left over. Holds
 * whether an import is one transaction or commits in batches kept invisible until the import completes.
 */
@DisplayName("取込み中の kill -9：取込みは全部か無しか。公開側には何も見えず、再実行で完全に取り込める")
class ImportKilledFaultTest {

    /** Enough sheets that the import writes for several seconds on PostgreSQL. */
    private static final int SHEETS = 2000;
    private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(3);
    private static final String PUBLISHED = "SELECT count(*) FROM sheet WHERE status = 'published'";

    @TempDir
    Path dir;

    @Test
    @DisplayName("PostgreSQL：書き込みの途中で取込みのプロセスを kill -9 しても、途中の行は公開されず残らない")
    void aKilledImportLeavesNothingAndItsRerunImportsEverything() throws Exception {
        Path file = dir.resolve("generated.json");
        HyokaProcess.Run generated = HyokaProcess.run("", "generate", "--sheets", Integer.toString(SHEETS),
                "--municipalities", "3", "--seed", "13", "--output", file.toString());
        assertThat(generated.exitCode()).as(generated.stderr()).isZero();

        // what one uninterrupted import leaves, and how much it writes
        String reference = migrated();
        long referenceBefore = Rows.databaseBytes(reference);
        assertThat(importFile(reference, file, "reference.log").awaitExit(IMPORT_TIMEOUT)).isZero();
        long written = Rows.databaseBytes(reference) - referenceBefore;
        Map<String, Long> complete = Rows.sheetTables(reference);
        assertThat(Rows.query(reference, PUBLISHED)).isEqualTo(SHEETS);

        String target = migrated();
        Map<String, Long> before = Rows.sheetTables(target);
        long bytesBefore = Rows.databaseBytes(target);
        HyokaProcess killed = importFile(target, file, "killed.log");
        // a quarter of the import's writes on disk, none of it committed as a whole
        long deadline = System.nanoTime() + IMPORT_TIMEOUT.toNanos();
        while (Rows.databaseBytes(target) - bytesBefore < written / 4 && killed.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(killed.isAlive()).as("the import still at work when killed:\n%s", killed.logTail()).isTrue();
        killed.kill();
        assertThat(Files.readString(dir.resolve("killed.log"))).doesNotContain("hyoka: imported");

        assertThat(Rows.query(target, PUBLISHED)).as("published sheets right after the kill").isZero();
        assertThat(publicTotalAfterAStart(target)).as("sheets the public API lists after the next start").isZero();
        assertThat(Rows.query(target, PUBLISHED)).isZero();

        assertThat(importFile(target, file, "rerun.log").awaitExit(IMPORT_TIMEOUT))
                .as(Files.readString(dir.resolve("rerun.log"))).isZero();
        assertThat(Files.readString(dir.resolve("rerun.log"))).contains("hyoka: imported");
        assertThat(Rows.query(target, PUBLISHED)).isEqualTo(SHEETS);
        assertThat(Rows.query(target, "SELECT count(*) FROM audit_log WHERE sheet_id IS NOT NULL")).isEqualTo(SHEETS);
        assertThat(Rows.sheetTables(target)).as("rows after the rerun, against one uninterrupted import")
                .isEqualTo(complete).isNotEqualTo(before);
        assertThat(Rows.orphans(target)).isEmpty();
    }

    /** A new PostgreSQL database with the application's schema, as the first start leaves it. */
    private static String migrated() {
        String url = TestDatabases.freshPostgresUrl();
        Flyway.configure().dataSource(url, "postgres", "").load().migrate();
        return url;
    }

    private HyokaProcess importFile(String databaseUrl, Path file, String log) {
        return HyokaProcess.start(dir.resolve(log), "import", file.toString(), "--publish", "--data",
                dir.resolve("data").toString(), "--database-url", databaseUrl, "--database-user", "postgres");
    }

    /** The next start of a server on the database (where a design that cleans up would do so), and its public list. */
    private long publicTotalAfterAStart(String databaseUrl) throws Exception {
        try (HyokaProcess server = HyokaProcess.serve(dir.resolve("data"), databaseUrl, dir.resolve("server.log"),
                List.of("-Dhyoka.sample-data.enabled=false"))) {
            HttpResponse<String> list = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.url("/api/sheets"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(list.statusCode()).isEqualTo(200);
            return JsonMapper.builder().build().readTree(list.body()).get("total").asLong();
        }
    }
}
