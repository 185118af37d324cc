package org.hyoka.api;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.hyoka.sheets.SheetCursor;
import org.hyoka.sheets.SheetQuery;
import org.hyoka.sheets.SheetSort;
import org.jspecify.annotations.Nullable;

/** The list's query parameters, read strictly: a value that cannot be used is a 400 naming it. */
final class ApiQuery {

    static final int DEFAULT_SIZE = 50;
    /** Rows a numbered page may skip; beyond, a client follows {@code nextCursor}, which costs the same at any depth. */
    static final int MAX_OFFSET = 10_000;
    private static final Map<String, SheetSort> SORTS = Map.of("number", SheetSort.NUMBER, "title", SheetSort.TITLE,
            "cost-desc", SheetSort.FULL_COST_DESC, "cost-asc", SheetSort.FULL_COST_ASC);

    private ApiQuery() {
    }

    static SheetQuery parse(Map<String, String> raw) {
        Integer year = integer(raw, "fiscalYear", 1868, 9999);
        Integer sdg = integer(raw, "sdg", 1, 17);
        Integer page = integer(raw, "page", 1, 1_000_000);
        Integer size = integer(raw, "size", 1, SheetQuery.MAX_SIZE);
        String sortName = text(raw, "sort");
        SheetSort sort = sortName == null ? SheetSort.NUMBER : SORTS.get(sortName.toLowerCase(Locale.ROOT));
        if (sort == null) {
            throw BadRequest.parameter("sort", "must be one of number, title, cost-desc, cost-asc");
        }
        if (page != null && raw.containsKey("cursor")) {
            throw BadRequest.parameter("page", "give either page or cursor, not both");
        }
        if (page != null && (long) (page - 1) * (size == null ? DEFAULT_SIZE : size) > MAX_OFFSET) {
            throw BadRequest.parameter("page", "pages beyond the first " + MAX_OFFSET
                    + " sheets are read with cursor (nextCursor of the previous page)");
        }
        return new SheetQuery(text(raw, "municipalityCode"), year, text(raw, "department"), text(raw, "division"),
                text(raw, "direction"), sdg, text(raw, "strategicPlanCode"), text(raw, "category"),
                text(raw, "continuity"), sort, page == null ? 0 : page - 1, size == null ? DEFAULT_SIZE : size);
    }

    /** The {@code cursor} parameter, read for the query's order: a token of another order is refused. */
    static Optional<SheetCursor> cursor(Map<String, String> raw, SheetSort sort) {
        String token = text(raw, "cursor");
        if (token == null) {
            return Optional.empty();
        }
        return Optional.of(SheetCursor.parse(token, sort).orElseThrow(() -> BadRequest.parameter("cursor",
                "not a cursor of this list's order: pass nextCursor of the previous page with the same sort")));
    }

    private static @Nullable String text(Map<String, String> raw, String name) {
        String value = raw.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 200) {
            throw BadRequest.parameter(name, "longer than 200 characters");
        }
        return value.strip();
    }

    private static @Nullable Integer integer(Map<String, String> raw, String name, int min, int max) {
        String value = text(raw, name);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the allowed range
        }
        throw BadRequest.parameter(name, "must be a whole number from " + min + " to " + max + ", was '" + value + "'");
    }
}
