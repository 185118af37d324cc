package org.hyoka.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.sheets.SheetsSaved;
import org.hyoka.sheets.SheetsWithdrawn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.FileSystemUtils;

/**
 * The search index lives only in the web application: commands such as import run without it, and
 * the server rebuilds it from the database when it starts, so the database stays the only truth.
 * The index is on disk (memory-mapped, off the heap) because a corpus of many municipalities does
 * not fit the heap; without {@code hyoka.search.directory} a temporary directory is used.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SearchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SearchConfiguration.class);

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(@Value("${hyoka.search.directory:}") String configured) {
        try {
            boolean temporary = configured.isBlank();
            Path path = temporary ? Files.createTempDirectory("hyoka-search") : Path.of(configured);
            Files.createDirectories(path);
            Directory directory = FSDirectory.open(path);
            return temporary ? new SearchIndex(new DeletingDirectory(directory, path)) : new SearchIndex(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the search index directory", e);
        }
    }

    @Bean
    SearchIndexMaintenance searchIndexMaintenance(SearchIndex index, SheetRepository repository) {
        return new SearchIndexMaintenance(index, repository);
    }

    /** Rebuilds the index when the server has started, adds every sheet saved afterwards and drops every withdrawn one. */
    static final class SearchIndexMaintenance implements ApplicationRunner {

        private final SearchIndex index;
        private final SheetRepository repository;

        SearchIndexMaintenance(SearchIndex index, SheetRepository repository) {
            this.index = index;
            this.repository = repository;
        }

        @Override
        public void run(ApplicationArguments args) {
            long started = System.nanoTime();
            index.rebuild(repository::forEachSheet);
            log.info("search index rebuilt: {} sheets in {} ms", index.indexedCount(),
                    (System.nanoTime() - started) / 1_000_000);
        }

        /** After commit only: a rolled-back import must not become searchable. */
        @TransactionalEventListener(fallbackExecution = true)
        void onSaved(SheetsSaved saved) {
            index.index(saved.sheets());
        }

        /** A new index reader follows, so the result cache of the old one goes with it. */
        @TransactionalEventListener(fallbackExecution = true)
        void onWithdrawn(SheetsWithdrawn withdrawn) {
            index.remove(withdrawn.ids());
        }
    }

    /** A temporary index directory, removed with the index. */
    private static final class DeletingDirectory extends org.apache.lucene.store.FilterDirectory {
        private final Path path;

        DeletingDirectory(Directory in, Path path) {
            super(in);
            this.path = path;
        }

        @Override
        public void close() throws IOException {
            super.close();
            FileSystemUtils.deleteRecursively(path);
        }
    }
}
