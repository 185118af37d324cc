package org.hyoka.sheets;

import java.util.List;

/** Published after the transaction that saved these sheets committed; listen with @TransactionalEventListener. */
public record SheetsSaved(List<StoredSheet> sheets) {

    public SheetsSaved {
        sheets = List.copyOf(sheets);
    }
}
