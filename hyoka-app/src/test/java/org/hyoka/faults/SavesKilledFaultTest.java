package org.hyoka.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.hyoka.testing.HyokaProcess;
import org.hyoka.testing.SignedInClient;
import org.hyoka.testing.TestDatabases;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A save answered with 200 is on disk: editors save concurrently through the evaluation API of a real
 * server process, the process is killed with SIGKILL in the middle of it, and after a restart on the
 * same database every acknowledged revision reads back with the content its editor saved, its audit
 * entry is there, and the next save gets a new number rather than one already handed out.
 */
@DisplayName("保存中の kill -9：200 で応答した保存は、再起動後もすべてその内容で残る")
class SavesKilledFaultTest {

    private static final String OFFICE = "durability-office";
    private static final String PASSWORD = "kill-nine-proof-secret";
    private static final int SHEETS = 4;
    private static final int WRITERS_PER_SHEET = 2;
    /** Enough acknowledged saves that the kill falls among them, not after the last flush. */
    private static final int SAVES_BEFORE_KILL = 80;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    /** A save the server acknowledged: this sheet's revision {@code revision} holds {@code purpose}. */
    record Acknowledged(long sheetId, int revision, String purpose) {
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabases.Kind.class)
    @DisplayName("H2 ファイルと PostgreSQL：編集者が並行して保存する最中にサーバーを kill -9 し、同じデータベースで再起動する")
    void everyAcknowledgedSaveSurvivesAKillOfTheServer(TestDatabases.Kind kind) throws Exception {
        String databaseUrl = kind == TestDatabases.Kind.POSTGRESQL ? TestDatabases.freshPostgresUrl() : null;
        Path data = dir.resolve("data");
        Offices.add(data, databaseUrl, OFFICE, PASSWORD);

        List<Acknowledged> acknowledged;
        List<Long> sheets;
        HyokaProcess server = HyokaProcess.serve(data, databaseUrl, dir.resolve("first.log"));
        try {
            SignedInClient office = SignedInClient.signIn(server::url, OFFICE, PASSWORD);
            sheets = Offices.reopenedSheets(office, SHEETS);
            acknowledged = saveUntilKilled(server, office, sheets);
        } finally {
            server.kill();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(SAVES_BEFORE_KILL);

        try (HyokaProcess restarted = HyokaProcess.serve(data, databaseUrl, dir.resolve("second.log"))) {
            SignedInClient office = SignedInClient.signIn(restarted::url, OFFICE, PASSWORD);
            assertThat(acknowledged).allSatisfy(saved -> assertThat(purposeOf(office, saved.sheetId(), saved.revision()))
                    .as("sheet %d revision %d after the restart", saved.sheetId(), saved.revision())
                    .isEqualTo(saved.purpose()));
            Map<Long, Integer> latestAcknowledged = acknowledged.stream().collect(
                    Collectors.toMap(Acknowledged::sheetId, Acknowledged::revision, Math::max));
            for (long sheet : sheets) {
                JsonNode working = Offices.working(office, sheet);
                int next = Offices.save(office, sheet, working, "再起動後の保存").orElseThrow();
                assertThat(next).as("sheet %d: a number never handed out before", sheet)
                        .isGreaterThan(latestAcknowledged.getOrDefault(sheet, 0));
            }
            assertThat(acknowledged).allSatisfy(saved -> assertThat(purposeOf(office, saved.sheetId(), saved.revision()))
                    .isEqualTo(saved.purpose()));
        }

        try (Connection connection = connect(data, databaseUrl)) {
            for (long sheet : sheets) {
                List<Integer> audited = auditedRevisions(connection, sheet);
                assertThat(audited).as("no revision of sheet %d audited twice", sheet).doesNotHaveDuplicates();
                assertThat(audited).as("every acknowledged save of sheet %d has its audit entry", sheet)
                        .containsAll(acknowledged.stream().filter(a -> a.sheetId() == sheet)
                                .map(Acknowledged::revision).toList());
            }
        }
    }

    /**
     * Two editors per sheet save as fast as they can, each from the revision it just read (so that they
     * also collide); the server is killed while they are at it. Only saves answered 200 count.
     */
    private static List<Acknowledged> saveUntilKilled(HyokaProcess server, SignedInClient office, List<Long> sheets)
            throws InterruptedException {
        ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean killed = new AtomicBoolean();
        CountDownLatch enough = new CountDownLatch(SAVES_BEFORE_KILL);
        ExecutorService writers = Executors.newFixedThreadPool(SHEETS * WRITERS_PER_SHEET);
        for (int w = 0; w < SHEETS * WRITERS_PER_SHEET; w++) {
            long sheet = sheets.get(w % SHEETS);
            String writer = "writer-" + w;
            writers.submit(() -> {
                for (int n = 0; !killed.get(); n++) {
                    String purpose = "保存の耐久試験 " + writer + " #" + n;
                    try {
                        Offices.save(office, sheet, Offices.working(office, sheet), purpose).ifPresent(revision -> {
                            acknowledged.add(new Acknowledged(sheet, revision, purpose));
                            enough.countDown();
                        });
                    } catch (UncheckedIOException gone) {
                        if (!killed.get()) {
                            failures.add(gone);
                        }
                        return;
                    } catch (Throwable failure) {
                        failures.add(failure);
                        return;
                    }
                }
            });
        }
        boolean reached = enough.await(3, TimeUnit.MINUTES);
        killed.set(true);
        server.kill();
        writers.shutdown();
        assertThat(writers.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        assertThat(failures).isEmpty();
        assertThat(reached).as("%d saves acknowledged before the kill", acknowledged.size()).isTrue();
        return List.copyOf(acknowledged);
    }

    private static String purposeOf(SignedInClient office, long sheet, int revision) {
        HttpResponse<String> answer = office.get("/api/evaluation/sheets/" + sheet + "/revisions/" + revision);
        if (answer.statusCode() != 200) {
            return "(" + answer.statusCode() + ": no such revision)";
        }
        return JSON.readTree(answer.body()).get("sheet").get("purpose").asString();
    }

    private static Connection connect(Path data, @Nullable String databaseUrl) throws SQLException {
        if (databaseUrl != null) {
            return DriverManager.getConnection(databaseUrl, "postgres", "");
        }
        return DriverManager.getConnection(TestDatabases.h2FileUrl(data), "sa", "");
    }

    private static final Pattern REVISION = Pattern.compile("^第(\\d+)版");

    /** The revision numbers the audit log records as saved for this sheet, by the office. */
    private static List<Integer> auditedRevisions(Connection connection, long sheet) throws SQLException {
        List<Integer> numbers = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT detail FROM audit_log WHERE action = 'sheet.save' AND sheet_id = ? AND actor = ?")) {
            query.setLong(1, sheet);
            query.setString(2, OFFICE);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Matcher matcher = REVISION.matcher(rows.getString(1));
                    if (matcher.find()) {
                        numbers.add(Integer.parseInt(matcher.group(1)));
                    }
                }
            }
        }
        return numbers;
    }
}
