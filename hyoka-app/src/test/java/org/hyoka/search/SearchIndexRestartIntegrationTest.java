package org.hyoka.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.hyoka.app.HyokaApplication;
import org.hyoka.fixtures.SheetBuilder;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.sheets.StoredSheet;
import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search index on disk across restarts of the real application: a restart reads again only the
 * sheets changed since (counted), a pruned log or another index format rebuilds, and a sheet
 * published by another origin while the server runs becomes searchable without a restart.
 */
class SearchIndexRestartIntegrationTest {

    @TempDir
    Path data;

    private String url;
    private DataSource database;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(HyokaApplication.class).run("--server.port=0", "--server.address=127.0.0.1",
                "--hyoka.data-dir=" + data, "--hyoka.sample-data.enabled=false", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + (url.startsWith("jdbc:h2") ? "sa" : "postgres"),
                "--spring.datasource.password=", "--hyoka.changes.poll-interval=200ms", "--spring.main.banner-mode=off");
    }

    private void connect(TestDatabases.Kind kind) {
        url = kind == TestDatabases.Kind.H2 ? TestDatabases.freshH2Url() : TestDatabases.freshPostgresUrl();
        database = new DriverManagerDataSource(url, kind == TestDatabases.Kind.H2 ? "sa" : "postgres", "");
    }

    /** Another writer of the same database, as a command or another node is (without their events). */
    private SheetRepository elsewhere() {
        return new SheetRepository(new JdbcTemplate(database), new DataSourceTransactionManager(database), event -> { });
    }

    private static List<StoredSheet> saved(SheetRepository repository, String... titles) {
        return repository.saveAll(java.util.Arrays.stream(titles)
                .map(title -> SheetBuilder.aSheet().inFiscalYear(2024).titled(title).build()).toList());
    }

    private static List<Long> found(ConfigurableApplicationContext context, String text) {
        return context.getBean(SearchIndex.class).search(SearchRequest.of(text)).hits().stream()
                .map(SearchHit::sheetId).toList();
    }

    private long lastChange() {
        Long id = new JdbcTemplate(database).queryForObject("SELECT COALESCE(MAX(id), 0) FROM corpus_change", Long.class);
        return id == null ? 0 : id;
    }

    /** The feed records its position in the index within a few polls. */
    private void awaitPosition(ConfigurableApplicationContext context, long changeId) throws InterruptedException {
        SearchIndex index = context.getBean(SearchIndex.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (index.position().changeId() < changeId && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(index.position().changeId()).isEqualTo(changeId);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aRestartReadsAgainOnlyTheSheetsChangedSinceAndOtherOriginsArriveWhileRunning(TestDatabases.Kind kind)
            throws Exception {
        connect(kind);
        List<StoredSheet> first;
        try (ConfigurableApplicationContext context = start()) {
            assertThat(context.getBean(SearchIndex.class).isReady()).isTrue();
            first = saved(context.getBean(SheetRepository.class), "ミズバショウ観察事業", "コウノトリ保護事業", "ライチョウ調査事業");
            awaitPosition(context, lastChange());
        }
        SheetRepository elsewhere = elsewhere();
        List<StoredSheet> meanwhile = saved(elsewhere, "ハマナス植栽事業", "オオルリ調査事業");
        elsewhere.withdraw(first.get(0).id(), "誤り", Instant.now());

        try (ConfigurableApplicationContext context = start()) {
            SearchIndex index = context.getBean(SearchIndex.class);
            assertThat(index.isReady()).isTrue();
            assertThat(index.indexedCount()).as("no rebuild").isZero();
            assertThat(index.rereadCount()).as("two saved and one withdrawn since the last start").isEqualTo(3);
            assertThat(found(context, "ハマナス")).containsExactly(meanwhile.get(0).id());
            assertThat(found(context, "ミズバショウ")).as("withdrawn meanwhile").isEmpty();
            assertThat(found(context, "コウノトリ")).containsExactly(first.get(1).id());

            // another node publishes: its log rows name another origin
            TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(database));
            List<StoredSheet> other = transaction.execute(status -> {
                List<StoredSheet> sheets = saved(elsewhere, "ヤマセミ保全事業");
                new JdbcTemplate(database).update("UPDATE corpus_change SET origin = 'other-node' WHERE sheet_id = ?",
                        sheets.get(0).id());
                return sheets;
            });
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (found(context, "ヤマセミ").isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(found(context, "ヤマセミ")).as("searchable within seconds, no restart").containsExactly(other.get(0).id());
            assertThat(index.rereadCount()).isEqualTo(4);
            awaitPosition(context, lastChange());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aPrunedLogOrAnotherIndexFormatRebuilds(TestDatabases.Kind kind) throws Exception {
        connect(kind);
        try (ConfigurableApplicationContext context = start()) {
            saved(context.getBean(SheetRepository.class), "カワセミ調査事業", "ツバメ調査事業");
            awaitPosition(context, lastChange());
        }
        saved(elsewhere(), "ヒバリ調査事業");
        // a month later the log is pruned: every row but the newest, the index's own among them
        new JdbcTemplate(database).update("UPDATE corpus_change SET changed_at = ?",
                java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusDays(30));
        assertThat(new org.hyoka.sheets.CorpusChangeLog(new JdbcTemplate(database)).prune(Duration.ofDays(7), Instant.now()))
                .isEqualTo(2);
        try (ConfigurableApplicationContext context = start()) {
            SearchIndex index = context.getBean(SearchIndex.class);
            assertThat(index.indexedCount()).as("the index's change is no longer in the log: rebuilt").isEqualTo(3);
            assertThat(found(context, "ヒバリ")).hasSize(1);
            saved(context.getBean(SheetRepository.class), "モズ調査事業");
            awaitPosition(context, lastChange());
        }
        try (ConfigurableApplicationContext context = start()) {
            assertThat(context.getBean(SearchIndex.class).indexedCount()).as("caught up again").isZero();
        }
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(data.resolve("search")),
                new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            Map<String, String> older = new java.util.HashMap<>(IndexPosition.at(lastChange(), "").commitData());
            older.put("hyoka.format", "sheet-0");
            writer.setLiveCommitData(older.entrySet());
            writer.commit();
        }
        try (ConfigurableApplicationContext context = start()) {
            SearchIndex index = context.getBean(SearchIndex.class);
            assertThat(index.indexedCount()).as("an index of another format: rebuilt").isEqualTo(4);
            assertThat(found(context, "モズ")).hasSize(1);
        }
    }
}
