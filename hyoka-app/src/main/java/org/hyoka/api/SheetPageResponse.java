package org.hyoka.api;

import java.util.List;

import org.hyoka.sheets.KeysetPage;
import org.hyoka.sheets.Page;
import org.hyoka.sheets.SheetCursor;
import org.hyoka.sheets.SheetSort;
import org.hyoka.sheets.SheetSummary;
import org.jspecify.annotations.Nullable;

/**
 * One page of the list as JSON. {@code nextCursor} reads the next page by key (the same cost at any depth,
 * stable while sheets are added); {@code page} counts from 1, as in the list page's links, and is null on a
 * page read by cursor.
 */
record SheetPageResponse(List<SheetSummary> items, long total, @Nullable Integer page, int size, int totalPages,
        @Nullable String nextCursor) {

    static SheetPageResponse of(Page<SheetSummary> page, SheetSort sort) {
        String next = page.hasNext() && !page.items().isEmpty()
                ? SheetCursor.after(page.items().get(page.items().size() - 1), sort).token() : null;
        return new SheetPageResponse(page.items(), page.total(), page.page() + 1, page.size(), page.totalPages(), next);
    }

    /** A page read by key; {@code page} is 1 for the first one, null for one after a cursor. */
    static SheetPageResponse of(KeysetPage page, int size, @Nullable Integer number) {
        int pages = page.total() == 0 ? 0 : (int) ((page.total() + size - 1) / size);
        return new SheetPageResponse(page.items(), page.total(), number, size, pages,
                page.next().map(SheetCursor::token).orElse(null));
    }
}
