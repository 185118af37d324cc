package org.hyoka.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The search index's result cache on real Lucene readers: one reader, one set of results. */
class ResultCacheUnitTest {

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final ResultCache cache = new ResultCache(100);
    private final AtomicInteger searches = new AtomicInteger();

    ResultCacheUnitTest() throws IOException {
        writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()));
        add("1");
    }

    @AfterEach
    void close() throws IOException {
        writer.close();
        directory.close();
    }

    private void add(String id) throws IOException {
        Document document = new Document();
        document.add(new StringField("id", id, Store.YES));
        writer.addDocument(document);
        writer.commit();
    }

    private SearchResults run(SearchRequest request) {
        searches.incrementAndGet();
        return new SearchResults(request, List.of(), searches.get(), false);
    }

    @Test
    void aRepeatedRequestOnTheSameReaderIsAnsweredFromTheCacheAndCounted() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            SearchRequest request = SearchRequest.of("子育て");
            SearchResults first = cache.get(reader, request, () -> run(request));
            SearchResults second = cache.get(reader, request, () -> run(request));

            assertThat(second).isSameAs(first);
            assertThat(searches).hasValue(1);
            assertThat(cache.counter.hits()).isEqualTo(1);
            assertThat(cache.counter.misses()).isEqualTo(1);
        }
    }

    @Test
    void aNewReaderAfterAChangeOfTheIndexSearchesAgain() throws IOException {
        SearchRequest request = SearchRequest.of("子育て");
        try (DirectoryReader before = DirectoryReader.open(directory)) {
            cache.get(before, request, () -> run(request));
            add("2");
            try (DirectoryReader after = DirectoryReader.openIfChanged(before)) {
                assertThat(after).isNotNull();
                assertThat(cache.get(after, request, () -> run(request)).total()).isEqualTo(2);
                assertThat(cache.get(after, request, () -> run(request)).total()).isEqualTo(2);
            }
        }
        assertThat(searches).hasValue(2);
    }
}
