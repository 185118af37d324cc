package org.hyoka.search;

import org.jspecify.annotations.Nullable;

/**
 * What a person searched for: free text (words separated by spaces must all occur), optionally
 * within one municipality, one fiscal year and one printed form, and which page of results.
 *
 * @param form the code of a form ({@code tsukuba}, {@code taisho-ito-kekka} …), or null for every form
 */
public record SearchRequest(String text, @Nullable String municipalityCode, @Nullable Integer fiscalYear,
        @Nullable String form, int page, int size) {

    public static final int MAX_TEXT_LENGTH = 200;
    public static final int MAX_SIZE = 100;
    /** Deeper pages are not offered: nobody reads them, and each costs a larger top-N collection. */
    public static final int MAX_PAGE = 49;

    public SearchRequest {
        text = text.strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("search text longer than " + MAX_TEXT_LENGTH + " characters");
        }
        if (page < 0 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page must be 0 to " + MAX_PAGE + ": " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE + ": " + size);
        }
    }

    /** A search over sheets of every form. */
    public SearchRequest(String text, @Nullable String municipalityCode, @Nullable Integer fiscalYear, int page,
            int size) {
        this(text, municipalityCode, fiscalYear, null, page, size);
    }

    public static SearchRequest of(String text) {
        return new SearchRequest(text, null, null, null, 0, 20);
    }
}
