package org.hyoka.evaluation;

import java.time.Instant;

import org.hyoka.workflow.EvaluationState;
import org.hyoka.workflow.Owner;
import org.jspecify.annotations.Nullable;

/** A row of sheet_workflow: where a sheet stands, and the working copy's identifying columns. */
record WorkflowRow(long sheetId, EvaluationState state, int revision, @Nullable Integer publishedRevision,
        @Nullable String previousImprovementGoal, @Nullable String municipalityCode, int fiscalYear,
        @Nullable String sheetNumber, String title, @Nullable String department, @Nullable String division,
        Instant updatedAt) {

    Owner owner() {
        return new Owner(municipalityCode, division);
    }
}
