package org.hyoka.search;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Two views of the same text. Kuromoji splits it into words (and finds 抑える in 抑え), which ranks
 * well; bigrams match any substring of two characters or more, so that a compound the dictionary
 * splits differently (庁内ネットワーク, 生成ＡＩ) is still found.
 */
final class SearchAnalyzers {

    static final String TITLE = "title";
    static final String BODY = "body";
    static final String TITLE_GRAMS = "title_grams";
    static final String BODY_GRAMS = "body_grams";

    private SearchAnalyzers() {
    }

    static Analyzer words() {
        return new JapaneseAnalyzer();
    }

    /** Full-width letters folded to half-width and lower case, then CJK bigrams; no stop words. */
    static Analyzer bigrams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new CJKWidthFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new CJKBigramFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** The analyzer of each field: the gram fields bigrams, everything else Kuromoji words. */
    static Analyzer perField() {
        Analyzer grams = bigrams();
        return new PerFieldAnalyzerWrapper(words(), Map.of(TITLE_GRAMS, grams, BODY_GRAMS, grams));
    }
}
