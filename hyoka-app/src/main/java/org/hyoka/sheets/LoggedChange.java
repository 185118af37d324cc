package org.hyoka.sheets;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One row of the change log ({@code corpus_change}) as {@link CorpusChangeLog} reads it. */
public record LoggedChange(long id, long sheetId, @Nullable String municipalityCode, String kind, String origin,
        Instant changedAt) {

    /** Made by this process (its saves reach listeners as SheetsSaved and SheetsWithdrawn too). */
    public boolean own() {
        return CorpusChanges.ORIGIN.equals(origin);
    }
}
