package org.hyoka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hyoka reindex}: the index directory rebuilt with progress, swapped in whole, and its refusals in one line. */
class ReindexCommandIntegrationTest {

    @TempDir
    Path dir;

    private Path dataWithSheets(int sheets) {
        Path data = dir.resolve("data");
        Path file = dir.resolve("sheets.json");
        assertThat(InProcess.hyoka("generate", "--sheets", Integer.toString(sheets), "--seed", "13", "--output",
                file.toString()).exit()).isZero();
        assertThat(InProcess.hyoka("import", file.toString(), "--publish", "--data", data.toString()).exit()).isZero();
        return data;
    }

    private static long lastChange(Path data) throws Exception {
        try (Connection connection = DriverManager.getConnection(TestDatabases.h2FileUrl(data), "sa", "");
                ResultSet row = connection.createStatement().executeQuery("SELECT MAX(id) FROM corpus_change")) {
            row.next();
            return row.getLong(1);
        }
    }

    @Test
    void rebuildsTheIndexDirectoryWithProgressAndItsPositionInTheChangeLog() throws Exception {
        Path data = dataWithSheets(7);

        InProcess.Outcome first = InProcess.hyoka("reindex", "--data", data.toString());

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).containsPattern("hyoka: reindex 7/7 sheets \\(\\d+/s\\)");
        assertThat(first.out()).containsPattern("hyoka: search index rebuilt in .*search: 7 sheets in [0-9.]+ s");
        assertThat(data.resolve("search.new")).doesNotExist();
        long change = lastChange(data);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(data.resolve("search")))) {
            assertThat(reader.numDocs()).isEqualTo(7);
            Map<String, String> commit = reader.getIndexCommit().getUserData();
            assertThat(commit).containsEntry("hyoka.format", "sheet-1").containsEntry("hyoka.change", Long.toString(change));
        }

        InProcess.Outcome again = InProcess.hyoka("reindex", "--data", data.toString());
        assertThat(again.exit()).as("over an index already there").isZero();
        assertThat(data.resolve("search.old")).doesNotExist();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(data.resolve("search")))) {
            assertThat(reader.numDocs()).isEqualTo(7);
        }
    }

    @Test
    void anIndexOpenInARunningServerIsRefusedInOneLineAndLeftAsItWas() throws Exception {
        Path data = dataWithSheets(2);
        Path search = Files.createDirectories(data.resolve("search"));
        try (IndexWriter server = new IndexWriter(FSDirectory.open(search), new IndexWriterConfig())) {
            server.commit();

            InProcess.Outcome refused = InProcess.hyoka("reindex", "--data", data.toString());

            assertThat(refused.exit()).isEqualTo(2);
            assertThat(refused.err().lines()).singleElement().asString()
                    .contains("is open in a running hyoka serve; stop it first");
            assertThat(refused.out()).isEmpty();
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(search))) {
            assertThat(reader.numDocs()).as("untouched").isZero();
        }
    }

    @Test
    void withoutADatabaseItIsOneLineAndExitTwo() {
        InProcess.Outcome refused = InProcess.hyoka("reindex", "--data", dir.resolve("nothing").toString());

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err().lines()).singleElement().asString().contains("there is no database in");
        assertThat(dir.resolve("nothing")).doesNotExist();
    }
}
