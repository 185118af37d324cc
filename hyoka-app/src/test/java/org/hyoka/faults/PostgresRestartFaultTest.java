package org.hyoka.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.hyoka.testing.HyokaProcess;
import org.hyoka.testing.RestartablePostgres;
import org.hyoka.testing.SignedInClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * PostgreSQL stopped (fast shutdown: every connection cut) and started again while public pages and
 * signed-in saves keep coming. The server process is never restarted: its pool reconnects by itself,
 * requests fail only while the database is away, those asked then with the Japanese 503 answer, and the
 * signed-in session (kept in the database) still works afterwards. The server's log is kept when it fails.
 */
@DisplayName("負荷の最中に PostgreSQL を再起動：アプリは自力で回復し、エラーは停止中だけ（日本語の503）、ログインは続く")
class PostgresRestartFaultTest {

    private static final String OFFICE = "restart-office";
    private static final String PASSWORD = "postgres-restart-secret";
    /** Longer than the pool's wait for a connection, so that requests are refused while it is down, not only delayed. */
    private static final Duration DOWN = Duration.ofSeconds(8);
    /** After the database is back, every request from then on must succeed. */
    private static final Duration SETTLE = Duration.ofSeconds(3);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    Path dir;

    /** One answer of the load: when it was asked and answered, what came back (status −1: no answer at all). */
    record Answer(long askedNanos, long answeredNanos, String what, int status, String contentType, String body) {

        Answer {
            body = status == 200 ? body.substring(0, Math.min(body.length(), 80)) : body;
        }
    }

    @Test
    @DisplayName("8秒の停止：停止中の失敗は日本語の503だけ、再開3秒後からは全リクエスト成功、同じセッションで保存できる")
    void theServerRecoversByItselfWhenPostgresComesBack() throws Exception {
        RestartablePostgres cluster = RestartablePostgres.in(dir.resolve("pgdata"));
        EmbeddedPostgres postgres = cluster.start();
        try {
            RestartablePostgres.createHyoka(postgres);
            String url = cluster.url();
            Path data = dir.resolve("data");
            Offices.add(data, url, OFFICE, PASSWORD);
            try (HyokaProcess server = HyokaProcess.serve(data, url, dir.resolve("server.log"))) {
                HttpClient anonymous = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                awaitReadiness(anonymous, server);
                SignedInClient office = SignedInClient.signIn(server::url, OFFICE, PASSWORD);
                long sheet = Offices.reopenedSheets(office, 1).get(0);

                ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
                AtomicBoolean stop = new AtomicBoolean();
                ExecutorService load = Executors.newFixedThreadPool(3);
                load.submit(() -> keepAsking(stop, answers, "公開一覧", () -> get(anonymous, server.url("/sheets"))));
                load.submit(() -> keepAsking(stop, answers, "公開API", () -> get(anonymous, server.url("/api/sheets?size=5"))));
                load.submit(() -> keepAsking(stop, answers, "保存", () -> save(office, sheet)));

                Thread.sleep(2000);
                long down = System.nanoTime();
                postgres.close();
                Thread.sleep(DOWN.toMillis());
                postgres = cluster.start();
                long back = System.nanoTime();
                Thread.sleep(SETTLE.toMillis() + 4000);
                stop.set(true);
                load.shutdown();
                assertThat(load.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

                List<Answer> before = answers.stream().filter(a -> a.answeredNanos() < down).toList();
                List<Answer> settled = answers.stream().filter(a -> a.askedNanos() > back + SETTLE.toNanos()).toList();
                List<Answer> failed = answers.stream().filter(a -> a.status() / 100 != 2).toList();
                System.out.printf("PostgreSQL restart: %d answers, %d failed (%s), first success after the restart %d ms after it%n",
                        answers.size(), failed.size(), failed.stream().map(a -> a.what() + " " + a.status()).distinct().toList(),
                        answers.stream().filter(a -> a.askedNanos() > back && a.status() == 200).mapToLong(Answer::answeredNanos)
                                .min().orElse(back) / 1_000_000 - back / 1_000_000);
                assertThat(before).isNotEmpty().allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(200));
                assertThat(settled).as("requests asked %s after the database came back", SETTLE)
                        .hasSizeGreaterThan(3).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(200));
                assertThat(failed).as("failures while the database was away").isNotEmpty().allSatisfy(a -> {
                    assertThat(a.answeredNanos()).as(a.toString()).isGreaterThanOrEqualTo(down);
                    assertThat(a.askedNanos()).as(a.toString()).isLessThanOrEqualTo(back);
                    assertThat(a.body()).as(a.toString()).doesNotContain("Exception");
                });
                // asked once the database was stopping: the 503 that says so. A request already in flight when the
                // connections were cut may end with the general Japanese 500 (seen once in CI; its cause is not known)
                assertThat(failed).filteredOn(a -> a.askedNanos() >= down).isNotEmpty().allSatisfy(a -> {
                    assertThat(a.status()).as(a.toString()).isEqualTo(503);
                    assertThat(a.body()).as(a.toString()).contains("ただいま利用できません");
                });
                assertThat(failed).filteredOn(a -> a.askedNanos() < down).allSatisfy(a -> {
                    assertThat(a.status()).as(a.toString()).isIn(500, 503);
                    assertThat(a.body()).as(a.toString()).containsAnyOf("ただいま利用できません", "サーバーで問題が起きました");
                });
                // the session of before the restart, from the database: the workbench opens, a save is taken
                HttpResponse<String> workbench = office.get("/workbench");
                assertThat(workbench.statusCode()).isEqualTo(200);
                assertThat(save(office, sheet).statusCode()).isEqualTo(200);
                assertThat(server.isAlive()).isTrue();
            }
        } finally {
            postgres.close();
        }
    }

    /**
     * Ready, not only listening: the search index's start-up step reads the change log (or every sheet) after
     * the server answers; a database lost during it is waited for (IndexStartWhileTheDatabaseIsAwayIntegrationTest).
     */
    private static void awaitReadiness(HttpClient http, HyokaProcess server) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (get(http, server.url("/actuator/health/readiness")).statusCode() != 200) {
            assertThat(System.nanoTime()).as("readiness within two minutes").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static void keepAsking(AtomicBoolean stop, ConcurrentLinkedQueue<Answer> answers, String what,
            Supplier<HttpResponse<String>> request) {
        while (!stop.get()) {
            long asked = System.nanoTime();
            try {
                HttpResponse<String> answer = request.get();
                answers.add(new Answer(asked, System.nanoTime(), what, answer.statusCode(),
                        answer.headers().firstValue("Content-Type").orElse(""), answer.body()));
            } catch (UncheckedIOException noAnswer) {
                answers.add(new Answer(asked, System.nanoTime(), what, -1, "", String.valueOf(noAnswer.getCause())));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The office's save of the sheet from the revision it reads first: two requests, the second the save. */
    private static HttpResponse<String> save(SignedInClient office, long sheet) {
        HttpResponse<String> read = office.get("/api/evaluation/sheets/" + sheet);
        if (read.statusCode() != 200) {
            return read;
        }
        JsonNode working = JSON.readTree(read.body());
        ObjectNode edited = (ObjectNode) working.get("sheet").deepCopy();
        edited.put("purpose", "再起動の試験 " + System.nanoTime());
        return office.put("/api/evaluation/sheets/" + sheet + "?baseRevision=" + working.get("revision").asInt(),
                edited.toString());
    }
}
