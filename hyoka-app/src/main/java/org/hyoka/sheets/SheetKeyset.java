package org.hyoka.sheets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Keyset paging over a list's order ({@link SheetFilter#orderBy}): the page after a {@link SheetCursor} is
 * the rows strictly after its key, read from an index in that order, so a deep page costs what the first
 * one does and rows inserted meanwhile neither repeat nor hide others.
 * <p>
 * Every order leads with a column whose NULLs sort last. After a non-NULL value the page is read in two
 * parts: the non-NULL rows from that value on (a range of the index: {@code col >= :v}), then, if the page
 * is not full, the NULL rows from their start. With an OR of both the planner could not bound the scan.
 */
final class SheetKeyset {

    /** One column of an order: its SQL, its Java type in a cursor, and whether it may be NULL. */
    record Key(String column, boolean descending, boolean nullable, Class<?> type) {
    }

    private SheetKeyset() {
    }

    /** The key columns of each order, before {@code s.id}; as {@link SheetFilter#orderBy} sorts. */
    static List<Key> keys(SheetSort sort) {
        return switch (sort) {
            case NUMBER -> List.of(new Key("s.municipality_code", false, true, String.class),
                    new Key("s.fiscal_year", true, false, Integer.class),
                    new Key("s.sheet_number", false, true, String.class));
            case TITLE -> List.of(new Key("s.title", false, false, String.class));
            case FULL_COST_DESC -> List.of(new Key("s.full_cost", true, true, Long.class));
            case FULL_COST_ASC -> List.of(new Key("s.full_cost", false, true, Long.class));
        };
    }

    /** The SQL of one part of a page: the filter, then the condition of that part, in the list's order. */
    record Part(String where, MapSqlParameterSource parameters) {
    }

    /**
     * The queries whose rows, concatenated in order and cut at the page size, are the page after the cursor:
     * one or two {@link Part}s (see the class comment).
     */
    static List<Part> after(SheetFilter filter, SheetCursor cursor) {
        List<Key> keys = keys(cursor.sort());
        Key lead = keys.get(0);
        Object first = cursor.values().get(0);
        MapSqlParameterSource parameters = new MapSqlParameterSource(filter.parameters());
        for (int i = 0; i < keys.size(); i++) {
            parameters.addValue("k" + i, cursor.values().get(i));
        }
        parameters.addValue("kid", cursor.id());
        List<Part> parts = new ArrayList<>();
        if (first == null) {
            parts.add(new Part(filter.where() + " AND " + lead.column() + " IS NULL AND " + after(keys, cursor, 1),
                    parameters));
            return parts;
        }
        String bound = lead.column() + (lead.descending() ? " <= :k0" : " >= :k0");
        parts.add(new Part(filter.where() + " AND " + bound + " AND " + after(keys, cursor, 0), parameters));
        if (lead.nullable()) {
            parts.add(new Part(filter.where() + " AND " + lead.column() + " IS NULL", parameters));
        }
        return parts;
    }

    /** Rows after the cursor on keys {@code from…} (the keys before them equal): an OR of each step. */
    private static String after(List<Key> keys, SheetCursor cursor, int from) {
        if (from == keys.size()) {
            return "s.id > :kid";
        }
        Key key = keys.get(from);
        String value = ":k" + from;
        String rest = after(keys, cursor, from + 1);
        if (cursor.values().get(from) == null) {
            return "(" + key.column() + " IS NULL AND " + rest + ")";
        }
        String beyond = key.column() + (key.descending() ? " < " : " > ") + value
                + (key.nullable() ? " OR " + key.column() + " IS NULL" : "");
        return "(" + beyond + " OR (" + key.column() + " = " + value + " AND " + rest + "))";
    }

    /**
     * Runs the parts in order, each asked only for what the page still lacks, and keeps at most
     * {@code limit} rows.
     */
    static <T> List<T> read(List<Part> parts, int limit, Function<Part, List<T>> query) {
        List<T> rows = new ArrayList<>();
        for (Part part : parts) {
            if (rows.size() >= limit) {
                break;
            }
            part.parameters().addValue("limit", limit - rows.size());
            rows.addAll(query.apply(part));
        }
        return rows;
    }

    /** The cursor after the last row, if there are rows after it. */
    static Optional<SheetCursor> next(List<SheetSummary> page, boolean more, SheetSort sort) {
        if (!more || page.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SheetCursor.after(page.get(page.size() - 1), sort));
    }
}
