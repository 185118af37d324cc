package org.hyoka.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;
import org.hyoka.metrics.CountedCache;
import org.hyoka.metrics.HitCounter;
import org.hyoka.sheets.StoredSheet;
import org.jspecify.annotations.Nullable;

/**
 * The search index of all stored sheets. One writer, and a {@link SearcherManager} whose searchers
 * are shared by all requests and renewed after every change, so a search never opens the index.
 * Every commit records the index's {@link IndexPosition} in the change log, so that an index kept on
 * disk can be brought up to date at the next start instead of rebuilt.
 */
public final class SearchIndex implements Closeable, CountedCache {

    private static final int SNIPPET_PASSAGES = 2;
    private static final int SNIPPET_CHARS = 140;
    /** Hits are counted exactly up to here; beyond it the page says "or more". */
    private static final int COUNT_THRESHOLD = 1000;
    /** The words of a sheet that make its More-Like-This query: enough for a project, few enough to stay fast. */
    private static final int MLT_TERMS = 30;
    /**
     * Words of every administrative sheet, whatever it is about: sharing them says nothing. Kuromoji
     * already drops particles and auxiliaries; these are nouns and verbs of the genre.
     */
    private static final java.util.Set<String> GENRE_WORDS = java.util.Set.of("事業", "業務", "推進", "運営", "実施",
            "行う", "図る", "市", "町", "村", "市民", "住民", "年度", "件数", "数", "等", "ため", "こと", "よう", "当該");
    /** Hits read to pick one per municipality from. */
    private static final int MLT_CANDIDATES = 60;

    private final Directory directory;
    private final Analyzer analyzer = SearchAnalyzers.perField();
    private final SearchQueries queries = new SearchQueries(SearchAnalyzers.words(), SearchAnalyzers.bigrams());
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final AtomicLong indexed = new AtomicLong();
    /**
     * Results of recent searches on the current index version. Readers ask the same few questions
     * again and again; an index change makes a new reader, which empties the cache.
     */
    private final ResultCache recent = new ResultCache(2_000);
    private volatile boolean ready;
    /** Sheets handed to {@link #index} since start, for the index lag the operators see. */
    private final AtomicLong updated = new AtomicLong();
    private volatile long lastCommitMillis = System.currentTimeMillis();
    /** Sheets read again from the database because the change log named them (catch-up and other nodes' changes). */
    private final AtomicLong reread = new AtomicLong();
    /** The position of the index as opened; empty for a new index or one of an unreadable format. */
    private final Optional<IndexPosition> stored;
    private volatile IndexPosition position = IndexPosition.at(0, "");

    /** Opens the index in this directory as it is, or a new one if there is none (or of a Lucene it cannot read). */
    public SearchIndex(Directory directory) {
        this.directory = directory;
        IndexWriter opened;
        Optional<IndexPosition> found = Optional.empty();
        try {
            try {
                opened = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
                found = IndexPosition.of(toMap(opened.getLiveCommitData()));
            } catch (org.apache.lucene.index.IndexFormatTooOldException | org.apache.lucene.index.IndexFormatTooNewException
                    | org.apache.lucene.index.CorruptIndexException unreadable) {
                opened = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
            }
            this.writer = opened;
            this.stored = found;
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index", e);
        }
    }

    private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(analyzer).setOpenMode(mode).setRAMBufferSizeMB(48);
    }

    private static java.util.Map<String, String> toMap(@Nullable Iterable<java.util.Map.Entry<String, String>> data) {
        java.util.Map<String, String> map = new java.util.HashMap<>();
        if (data != null) {
            data.forEach(e -> map.put(e.getKey(), e.getValue()));
        }
        return map;
    }

    /** Where the index stood in the change log when it was opened: empty for a new or unreadable one. */
    public Optional<IndexPosition> storedPosition() {
        return stored;
    }

    /** Every change up to this one is in the index; the next commit records it. Positions only move forward. */
    public synchronized void advanceTo(IndexPosition reached) {
        if (reached.changeId() >= position.changeId()) {
            position = reached;
        }
    }

    /** Records the position now, whether or not a document changed. */
    public void commitPosition() {
        try {
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the search index", e);
        }
    }

    public IndexPosition position() {
        return position;
    }

    private synchronized void commit() throws IOException {
        writer.setLiveCommitData(position.commitData().entrySet());
        writer.commit();
        lastCommitMillis = System.currentTimeMillis();
    }

    /**
     * Replaces the whole index with the sheets the source hands over, analysed on all cores. Sheets saved
     * meanwhile are indexed by {@link #index} as well; updating by id keeps one document per sheet.
     * The index is not {@link #isReady() ready} before {@link #markReady}: changes made meanwhile elsewhere come next.
     */
    public void rebuild(Consumer<Consumer<StoredSheet>> source) {
        ready = false;
        try {
            writer.deleteAll();
            indexed.set(0);
            try (ParallelUpdates updates = ParallelUpdates.onAllCores()) {
                source.accept(stored -> updates.submit(() -> {
                    update(stored);
                    indexed.incrementAndGet();
                }));
            }
            commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the search index", e);
        }
    }

    /** Adds or replaces these sheets and makes them searchable before returning. */
    public void index(Collection<StoredSheet> sheets) {
        try {
            for (StoredSheet stored : sheets) {
                update(stored);
            }
            commit();
            searchers.maybeRefreshBlocking();
            updated.addAndGet(sheets.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index", e);
        }
    }

    /** Removes these sheets (withdrawn from the public) and makes the removal visible before returning. */
    public void remove(Collection<Long> ids) {
        try {
            for (long id : ids) {
                writer.deleteDocuments(SheetDocument.idTerm(id));
            }
            commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index", e);
        }
    }

    private void update(StoredSheet stored) {
        try {
            writer.updateDocument(SheetDocument.idTerm(stored.id()), SheetDocument.of(stored));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Brings these sheets to their state in the database, read again by the caller: the published
     * ones replace their documents, every other id (withdrawn, no longer published) is removed.
     */
    public void apply(Collection<StoredSheet> published, Collection<Long> gone) {
        try {
            for (StoredSheet stored : published) {
                update(stored);
            }
            for (long id : gone) {
                writer.deleteDocuments(SheetDocument.idTerm(id));
            }
            commit();
            searchers.maybeRefreshBlocking();
            reread.addAndGet(published.size() + gone.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index", e);
        }
    }

    /** False while the index is being (re)built or brought up to date; searches then see the previous state. */
    public boolean isReady() {
        return ready;
    }

    /** Once the start-up build or catch-up has finished. */
    public void markReady() {
        ready = true;
    }

    /** Sheets read again from the database since start because the change log named them. */
    public long rereadCount() {
        return reread.get();
    }

    /** Sheets indexed by the current or last rebuild: a progress figure while not ready. */
    public long indexedCount() {
        return indexed.get();
    }

    /** Saved sheets made searchable by {@link #index} since start (the rebuild not counted). */
    public long updatedCount() {
        return updated.get();
    }

    /** When the index last committed a change (or the start, before any). */
    public long lastCommitMillis() {
        return lastCommitMillis;
    }

    @Override
    public String cacheName() {
        return "search_results";
    }

    @Override
    public HitCounter hitCounter() {
        return recent.counter;
    }

    public SearchResults search(SearchRequest request) {
        Optional<Query> query = queries.of(request);
        if (query.isEmpty()) {
            return SearchResults.empty(request);
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return recent.get(searcher.getIndexReader(), request,
                        () -> search(searcher, query.get(), request));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    private SearchResults search(IndexSearcher searcher, Query query, SearchRequest request) throws IOException {
        int wanted = (request.page() + 1) * request.size();
        TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(
                wanted, null, COUNT_THRESHOLD));
        int from = request.page() * request.size();
        if (from >= top.scoreDocs.length) {
            return new SearchResults(request, List.of(), top.totalHits.value, lowerBound(top));
        }
        ScoreDoc[] pageDocs = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
        Snippets snippets = new Snippets(SearchQueries.words(request), SNIPPET_CHARS, SNIPPET_PASSAGES);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(pageDocs.length);
        for (ScoreDoc scoreDoc : pageDocs) {
            Document document = stored.document(scoreDoc.doc);
            hits.add(new SearchHit(Long.parseLong(document.get(SheetDocument.ID)), scoreDoc.score,
                    snippets.marked(orEmpty(document.get(SearchAnalyzers.TITLE_GRAMS))),
                    snippets.passages(orEmpty(document.get(SearchAnalyzers.BODY_GRAMS)))));
        }
        return new SearchResults(request, hits, top.totalHits.value, lowerBound(top));
    }

    /**
     * The published sheets of other municipalities most like this one (More-Like-This over
     * {@link SheetDocument#LIKENESS}): one per municipality first, then further ones while there is
     * room, each at least {@code minimum} alike; empty for a sheet not in the index.
     */
    public List<SimilarHit> similar(long sheetId, int max, float minimum) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return similar(searcher, sheetId, max, minimum);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("similar search failed", e);
        }
    }

    private List<SimilarHit> similar(IndexSearcher searcher, long sheetId, int max, float minimum) throws IOException {
        TopDocs own = searcher.search(new TermQuery(SheetDocument.idTerm(sheetId)), 1);
        if (own.scoreDocs.length == 0) {
            return List.of();
        }
        int doc = own.scoreDocs[0].doc;
        StoredFields stored = searcher.storedFields();
        String city = orEmpty(stored.document(doc).get(SheetDocument.MUNICIPALITY));
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {SheetDocument.LIKENESS});
        // sheets are short: a word said once in a purpose already tells what the project is
        mlt.setMinTermFreq(1);
        // a word no other sheet has matches none, but it belongs to the sheet's own score, the scale below:
        // without it a sheet whose own words are all unique would look like any sheet sharing a common word
        mlt.setMinDocFreq(1);
        mlt.setMaxQueryTerms(MLT_TERMS);
        mlt.setStopWords(GENRE_WORDS);
        Query like = mlt.like(doc);
        // the sheet against itself is the scale: scores of different sheets' queries are not comparable
        TopDocs self = searcher.search(new BooleanQuery.Builder().add(like, Occur.MUST)
                .add(new TermQuery(SheetDocument.idTerm(sheetId)), Occur.FILTER).build(), 1);
        if (self.scoreDocs.length == 0 || self.scoreDocs[0].score <= 0) {
            return List.of();
        }
        float scale = self.scoreDocs[0].score;
        BooleanQuery.Builder others = new BooleanQuery.Builder().add(like, Occur.MUST)
                .add(new TermQuery(SheetDocument.idTerm(sheetId)), Occur.MUST_NOT);
        if (!city.isEmpty()) {
            others.add(new TermQuery(new Term(SheetDocument.MUNICIPALITY, city)), Occur.MUST_NOT);
        }
        TopDocs top = searcher.search(others.build(), MLT_CANDIDATES);
        List<SimilarHit> first = new ArrayList<>();
        List<SimilarHit> more = new ArrayList<>();
        java.util.Set<String> cities = new java.util.HashSet<>();
        for (ScoreDoc hit : top.scoreDocs) {
            float similarity = Math.min(1f, hit.score / scale);
            if (similarity < minimum) {
                break;
            }
            Document document = stored.document(hit.doc);
            String code = orEmpty(document.get(SheetDocument.MUNICIPALITY));
            SimilarHit similar = new SimilarHit(Long.parseLong(document.get(SheetDocument.ID)), code, similarity);
            (cities.add(code) ? first : more).add(similar);
        }
        List<SimilarHit> chosen = new ArrayList<>(first.subList(0, Math.min(max, first.size())));
        more.stream().limit(Math.max(0, max - chosen.size())).forEach(chosen::add);
        chosen.sort(java.util.Comparator.comparing(SimilarHit::similarity).reversed());
        return List.copyOf(chosen);
    }

    private static boolean lowerBound(TopDocs top) {
        return top.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
    }

    private static String orEmpty(@Nullable String html) {
        return html == null ? "" : html;
    }

    @Override
    public void close() {
        boolean caughtUp = ready;
        ready = false;
        if (caughtUp) {
            // the position the change feed reached since the last commit, so that the next start reads only what
            // came after it; never while a rebuild or catch-up is unfinished, whose position would claim too much
            try {
                commit();
            } catch (IOException | RuntimeException notCommitted) {
                // closing anyway: the next start reads again from the last commit's position
            }
        }
        IOUtils.closeWhileHandlingException(searchers, writer, analyzer, directory);
    }
}
