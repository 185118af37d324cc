package org.hyoka.evaluation;

import java.time.Instant;

import org.hyoka.workflow.EvaluationState;
import org.jspecify.annotations.Nullable;

/** A row of sheet_revision before its document is read. */
record StoredRevision(long sheetId, int number, String document, String author, Instant savedAt,
        EvaluationState state, @Nullable String note) {
}
