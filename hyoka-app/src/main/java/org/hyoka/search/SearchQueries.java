package org.hyoka.search;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a person typed into a query. No query syntax: people type words, not Lucene, so a
 * stray quote or colon cannot cause an error. Each space-separated word must occur, as a phrase,
 * in the title or the texts; a title match counts more. Word forms (Kuromoji) count in titles only.
 */
final class SearchQueries {

    private static final float TITLE_BOOST = 3f;
    private static final int MAX_WORDS = 8;

    private final QueryBuilder words;
    private final QueryBuilder grams;

    SearchQueries(Analyzer words, Analyzer grams) {
        this.words = new QueryBuilder(words);
        this.grams = new QueryBuilder(grams);
    }

    /** The query of the text, or empty when it has no searchable word (only spaces or particles). */
    Optional<Query> of(SearchRequest request) {
        List<String> typed = words(request);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : typed) {
            Optional<Query> anyField = anyField(word);
            if (anyField.isPresent()) {
                all.add(anyField.get(), Occur.MUST);
                clauses++;
            }
        }
        if (clauses == 0) {
            return Optional.empty();
        }
        if (request.municipalityCode() != null) {
            all.add(new TermQuery(new Term(SheetDocument.MUNICIPALITY, request.municipalityCode())), Occur.FILTER);
        }
        if (request.fiscalYear() != null) {
            all.add(IntPoint.newExactQuery(SheetDocument.FISCAL_YEAR, request.fiscalYear()), Occur.FILTER);
        }
        if (request.form() != null) {
            all.add(new TermQuery(new Term(SheetDocument.FORM, request.form())), Occur.FILTER);
        }
        return Optional.of(all.build());
    }

    /** The words typed, split at half- and full-width spaces; at most {@value #MAX_WORDS}. */
    static List<String> words(SearchRequest request) {
        return Arrays.stream(request.text().split("[\\s\\u3000]+")).filter(w -> !w.isBlank()).limit(MAX_WORDS)
                .toList();
    }

    private Optional<Query> anyField(String word) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        clauses += add(any, words.createPhraseQuery(SearchAnalyzers.TITLE, word), TITLE_BOOST);
        // No word-form clause on the long texts: the bigram phrase already finds every substring
        // there, and a second phrase over the largest field doubled the cost of common words.
        clauses += add(any, grams.createPhraseQuery(SearchAnalyzers.TITLE_GRAMS, word), TITLE_BOOST);
        clauses += add(any, grams.createPhraseQuery(SearchAnalyzers.BODY_GRAMS, word), 1f);
        return clauses == 0 ? Optional.empty() : Optional.of(any.build());
    }

    /** QueryBuilder returns null for text that analyses to nothing. */
    private static int add(BooleanQuery.Builder any, @Nullable Query query, float boost) {
        if (query == null) {
            return 0;
        }
        any.add(boost == 1f ? query : new BoostQuery(query, boost), Occur.SHOULD);
        return 1;
    }
}
