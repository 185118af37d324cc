package org.hyoka.search;

import java.util.List;

/**
 * One page of hits, best first. Counting stops at a threshold to keep searches fast, so
 * {@code totalIsLowerBound} says the real total is {@code total} or more.
 */
public record SearchResults(SearchRequest request, List<SearchHit> hits, long total, boolean totalIsLowerBound) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    public static SearchResults empty(SearchRequest request) {
        return new SearchResults(request, List.of(), 0, false);
    }

    public int totalPages() {
        long pages = (total + request.size() - 1) / request.size();
        return (int) Math.min(pages, SearchRequest.MAX_PAGE + 1);
    }

    public boolean hasNext() {
        return request.page() + 1 < totalPages();
    }

    public boolean hasPrevious() {
        return request.page() > 0;
    }
}
