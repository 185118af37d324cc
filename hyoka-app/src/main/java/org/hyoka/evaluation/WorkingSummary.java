package org.hyoka.evaluation;

import java.time.Instant;

import org.hyoka.workflow.EvaluationState;
import org.jspecify.annotations.Nullable;

/** One row of a work list: enough to find and open a sheet, without its document. */
public record WorkingSummary(long sheetId, String title, @Nullable String sheetNumber, @Nullable String department,
        @Nullable String division, EvaluationState state, int revision, Instant updatedAt) {
}
