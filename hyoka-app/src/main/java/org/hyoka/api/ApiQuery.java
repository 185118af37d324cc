package org.hyoka.api;

import java.util.Locale;
import java.util.Map;

import org.hyoka.sheets.SheetQuery;
import org.hyoka.sheets.SheetSort;
import org.jspecify.annotations.Nullable;

/** The list's query parameters, read strictly: a value that cannot be used is a 400 naming it. */
final class ApiQuery {

    static final int DEFAULT_SIZE = 50;
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
        return new SheetQuery(text(raw, "municipalityCode"), year, text(raw, "department"), text(raw, "division"),
                text(raw, "direction"), sdg, text(raw, "strategicPlanCode"), text(raw, "category"),
                text(raw, "continuity"), sort, page == null ? 0 : page - 1, size == null ? DEFAULT_SIZE : size);
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
