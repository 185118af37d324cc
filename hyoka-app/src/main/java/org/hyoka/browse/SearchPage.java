package org.hyoka.browse;

import java.util.List;

import org.hyoka.search.SearchHit;
import org.hyoka.search.SearchResults;
import org.hyoka.sheets.SheetSummary;
import org.jspecify.annotations.Nullable;

/**
 * The search page: what was typed, the hits with their sheets' summaries, and a notice when the
 * index is still being built or the input could not be used.
 */
public record SearchPage(String text, List<Result> results, @Nullable SearchResults found,
        @Nullable String notice) {

    /** A hit and the summary of its sheet (the summary gives year, division, cost). */
    public record Result(SearchHit hit, SheetSummary sheet) {
    }

    public SearchPage {
        results = List.copyOf(results);
    }

    public String totalText() {
        if (found == null) {
            return "";
        }
        return Format.number(found.total()) + (found.totalIsLowerBound() ? "件以上" : "件");
    }

    /** The form the search is limited to, or empty for every form. */
    public String form() {
        return found == null || found.request().form() == null ? "" : found.request().form();
    }

    /** Every form, for the search form's choice: code and name. */
    public static java.util.List<org.hyoka.sheet.SheetForm> forms() {
        return java.util.List.of(org.hyoka.sheet.SheetForm.values());
    }

    public String pageHref(int zeroBasedPage) {
        StringBuilder href = new StringBuilder("/search?q=")
                .append(java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8));
        if (found != null && found.request().fiscalYear() != null) {
            href.append("&fiscalYear=").append(found.request().fiscalYear());
        }
        if (found != null && found.request().municipalityCode() != null) {
            href.append("&municipalityCode=").append(java.net.URLEncoder.encode(found.request().municipalityCode(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        if (found != null && found.request().form() != null) {
            href.append("&form=").append(found.request().form());
        }
        if (zeroBasedPage > 0) {
            href.append("&page=").append(zeroBasedPage + 1);
        }
        return href.toString();
    }
}
