package org.hyoka.sheets;

import java.util.List;
import java.util.Optional;

/**
 * One page of a list read by key ({@link SheetRepository#listAfter}): its rows, the number of rows the
 * filters select, and the cursor of the next page when there is one.
 */
public record KeysetPage(List<SheetSummary> items, long total, Optional<SheetCursor> next) {

    public KeysetPage {
        items = List.copyOf(items);
    }
}
