package org.hyoka.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.hyoka.sheets.ChangeFeed;
import org.hyoka.sheets.CorpusChangeLog;
import org.hyoka.sheets.SheetRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The search index lives only in the web application: commands such as import run without it. It is
 * kept on disk in {@code hyoka.search.directory} (default {@code ${hyoka.data-dir}/search}; blank: a
 * temporary directory) and brought up to date from the change log at start ({@link IndexFollower});
 * the database stays the only truth, and {@code hyoka reindex} rebuilds the directory from it. The
 * index is memory-mapped, off the heap, because a corpus of many municipalities does not fit the heap.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SearchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SearchConfiguration.class);

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(@Value("${hyoka.search.directory:${hyoka.data-dir}/search}") String configured) {
        if (!configured.isBlank()) {
            try {
                Path path = Path.of(configured);
                Files.createDirectories(path);
                Directory directory = FSDirectory.open(path);
                try {
                    return new SearchIndex(directory);
                } catch (UncheckedIOException e) {
                    directory.close();
                    if (!(e.getCause() instanceof LockObtainFailedException)) {
                        throw e;
                    }
                }
                // two servers on one data directory: the second keeps an index of its own, rebuilt at each start
                log.warn("search index {} is open in another process; this one uses a temporary index", configured);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the search index directory " + configured, e);
            }
        }
        try {
            Path path = Files.createTempDirectory("hyoka-search");
            return new SearchIndex(new DeletingDirectory(FSDirectory.open(path), path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the search index directory", e);
        }
    }

    @Bean
    IndexFollower searchIndexFollower(SearchIndex index, SheetRepository repository, ChangeFeed feed, JdbcTemplate jdbc) {
        return new IndexFollower(index, repository, feed, new CorpusChangeLog(jdbc));
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
