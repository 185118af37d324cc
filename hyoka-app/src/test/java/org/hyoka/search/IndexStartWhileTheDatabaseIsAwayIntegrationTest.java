package org.hyoka.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.hyoka.app.HyokaApplication;
import org.hyoka.fixtures.SheetBuilder;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.testing.RestartablePostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The start-up step that brings the search index up to date, run while PostgreSQL is stopped: it waits and
 * tries again instead of ending the server, and finishes by itself once the database is back.
 */
class IndexStartWhileTheDatabaseIsAwayIntegrationTest {

    /** Longer than the pool's wait for a connection (5 s), so that the step sees refused connections, not a delay. */
    private static final Duration AWAY = Duration.ofSeconds(8);

    @TempDir
    Path dir;

    @Test
    void bringingTheIndexUpToDateWaitsForTheDatabaseAndFinishesWhenItIsBack() throws Exception {
        RestartablePostgres cluster = RestartablePostgres.in(dir.resolve("pgdata"));
        EmbeddedPostgres postgres = cluster.start();
        try {
            RestartablePostgres.createHyoka(postgres);
            String url = cluster.url();
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(HyokaApplication.class).run(
                    "--server.port=0", "--server.address=127.0.0.1", "--hyoka.data-dir=" + dir.resolve("data"),
                    "--hyoka.sample-data.enabled=false", "--spring.datasource.url=" + url,
                    "--spring.datasource.username=postgres", "--spring.datasource.password=",
                    "--spring.main.banner-mode=off")) {
                long id = context.getBean(SheetRepository.class)
                        .saveAll(java.util.List.of(SheetBuilder.aSheet().titled("ヤンバルクイナ保護事業").build())).get(0).id();
                IndexFollower follower = context.getBean(IndexFollower.class);

                postgres.close();
                CompletableFuture<Void> step = CompletableFuture.runAsync(follower::upToDateOnceTheDatabaseAnswers);
                Thread.sleep(AWAY.toMillis());
                assertThat(step).as("still waiting for the database, not failed").isNotDone();

                postgres = cluster.start();
                step.get(90, TimeUnit.SECONDS);
                assertThat(context.getBean(SearchIndex.class).search(SearchRequest.of("ヤンバルクイナ")).hits())
                        .extracting(SearchHit::sheetId).containsExactly(id);
            }
        } finally {
            postgres.close();
        }
    }
}
