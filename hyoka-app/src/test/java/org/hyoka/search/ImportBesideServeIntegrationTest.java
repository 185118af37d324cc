package org.hyoka.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.hyoka.testing.HyokaProcess;
import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command-line import beside a running server, each the real command in a JVM of its own: the
 * server learns of the sheets from the change log, without a restart, within a few seconds.
 */
class ImportBesideServeIntegrationTest {

    @TempDir
    Path dir;

    /** The sheets of the last origin that wrote to the log: the import's, not the server's sample sheets. */
    private static List<Long> importedIds(Path data) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(TestDatabases.h2FileUrl(data), "sa", "");
                PreparedStatement query = connection.prepareStatement(
                        "SELECT DISTINCT sheet_id FROM corpus_change WHERE origin = "
                                + "(SELECT origin FROM corpus_change ORDER BY id DESC LIMIT 1) ORDER BY sheet_id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static String title(Path data, long id) throws Exception {
        try (Connection connection = DriverManager.getConnection(TestDatabases.h2FileUrl(data), "sa", "");
                PreparedStatement query = connection.prepareStatement("SELECT title FROM sheet WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    @Test
    void sheetsImportedByTheCommandLineBecomeSearchableOnTheRunningServer() throws Exception {
        Path data = dir.resolve("data");
        Path sheets = dir.resolve("sheets.json");
        assertThat(HyokaProcess.run("", "generate", "--sheets", "2", "--seed", "31", "--municipalities", "2",
                "--output", sheets.toString()).exitCode()).isZero();
        try (HyokaProcess server = HyokaProcess.serve(data, null, dir.resolve("server.log"))) {
            HyokaProcess.Run imported = HyokaProcess.run("", "import", sheets.toString(), "--publish", "--data", data.toString());
            assertThat(imported.exitCode()).as(imported.stderr()).isZero();
            List<Long> ids = importedIds(data);
            assertThat(ids).hasSize(2);
            String title = title(data, ids.get(0));

            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            String body = "";
            for (int attempt = 0; !body.contains("/sheets/" + ids.get(0) + "\"") && System.nanoTime() < deadline; attempt++) {
                Thread.sleep(250);
                // a new query text each time (trailing spaces): the index is under test here, not the anonymous page cache
                URI search = URI.create(server.url("/search?q="
                        + URLEncoder.encode(title + " ".repeat(attempt), StandardCharsets.UTF_8)));
                body = http.send(HttpRequest.newBuilder(search).build(), HttpResponse.BodyHandlers.ofString()).body();
            }
            assertThat(body).as("the imported sheet among the hits of its title").contains("/sheets/" + ids.get(0) + "\"");
        }
        assertThat(Files.readString(dir.resolve("server.log"))).contains("search index rebuilt");
    }
}
