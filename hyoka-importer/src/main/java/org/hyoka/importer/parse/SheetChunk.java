package org.hyoka.importer.parse;

import java.util.List;

/** The items of one sheet, from its first page-1 label to the last value of its page 2. */
record SheetChunk(List<Item> items) {
    SheetChunk {
        items = List.copyOf(items);
    }
}
