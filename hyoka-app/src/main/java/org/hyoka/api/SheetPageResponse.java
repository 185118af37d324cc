package org.hyoka.api;

import java.util.List;

import org.hyoka.sheets.Page;
import org.hyoka.sheets.SheetSummary;

/** One page of the list as JSON; {@code page} counts from 1, as in the list page's links. */
record SheetPageResponse(List<SheetSummary> items, long total, int page, int size, int totalPages) {

    static SheetPageResponse of(Page<SheetSummary> page) {
        return new SheetPageResponse(page.items(), page.total(), page.page() + 1, page.size(), page.totalPages());
    }
}
