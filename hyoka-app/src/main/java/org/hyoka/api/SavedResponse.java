package org.hyoka.api;

import java.util.List;
import java.util.Locale;

import org.hyoka.imports.ImportSummary;

/**
 * What a POST did, in document order: the id of the sheet each document now is (or, skipped, the one it
 * matched), where the signed-in office reads it (public sheets under /api/sheets, others in the
 * evaluation API), the outcome (added, updated, unchanged, skipped), and the counts.
 */
record SavedResponse(List<Long> ids, List<String> locations, List<String> outcomes, long added, long updated,
        long unchanged, long skipped) {

    static SavedResponse of(ImportSummary summary) {
        return new SavedResponse(summary.sheets().stream().map(ImportSummary.Imported::sheetId).toList(),
                summary.sheets().stream().map(s -> (s.isPublic() ? "/api/sheets/" : "/api/evaluation/sheets/")
                        + s.sheetId()).toList(),
                summary.sheets().stream().map(s -> s.outcome().name().toLowerCase(Locale.ROOT)).toList(),
                summary.added(), summary.updated(), summary.unchanged(), summary.skipped());
    }
}
