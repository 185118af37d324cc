package org.hyoka.evaluation;

import org.jspecify.annotations.Nullable;

/** What became of deleting a draft that was never published. */
public sealed interface DeleteOutcome {

    /** Gone, with its revisions and comments; what it was, for the message that says so. */
    record Deleted(String title, String fiscalYear, @Nullable String sheetNumber) implements DeleteOutcome {
    }

    /** The sheet changed since the revision the deletion was confirmed for; nothing was deleted. */
    record Conflict(int current) implements DeleteOutcome {
    }

    /** Not allowed; the reason is in Japanese for the screen ({@link EvaluationService#NOT_FOUND} for no such sheet). */
    record Refused(String reason) implements DeleteOutcome {
    }
}
