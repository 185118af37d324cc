package org.hyoka.sheets;

import java.util.List;

/**
 * Published after the transaction that withdrew these sheets from the public committed: the search
 * index drops them and every public cache forgets them. Listen with @TransactionalEventListener.
 */
public record SheetsWithdrawn(List<Long> ids) {

    public SheetsWithdrawn {
        ids = List.copyOf(ids);
    }
}
