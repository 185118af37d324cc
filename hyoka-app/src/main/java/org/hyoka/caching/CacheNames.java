package org.hyoka.caching;

/** The caches' names, which are also the {@code cache} tag of their meters. */
public final class CacheNames {

    /** List and search pages as anonymous readers get them (HTML), by address. */
    public static final String PUBLIC_PAGES = "public_pages";
    /** The sheet page as anonymous readers get it (HTML), by sheet id. */
    public static final String PUBLIC_SHEETS = "public_sheets";
    /** Sheet page models (anyone's, signed in or not), by sheet id. */
    public static final String SHEET_PAGES = "sheet_pages";
    /** Facet counts, by filter combination. */
    public static final String FACETS = "facets";
    /** The dashboards' tables and choices, by scope (municipality, year). */
    public static final String DASHBOARDS = "dashboards";
    /** Search results of the current index version (the search index's own; not in the manager). */
    public static final String SEARCH_RESULTS = "search_results";

    private CacheNames() {
    }
}
