package org.hyoka.evaluation;

import org.hyoka.workflow.EvaluationState;

/** What became of a workflow move. */
public sealed interface MoveOutcome {

    /** Done: the sheet is now in {@code to}, as revision {@code revision}. */
    record Moved(EvaluationState to, int revision) implements MoveOutcome {
    }

    /** The sheet changed since the revision the move was based on; nothing moved. */
    record Conflict(int current) implements MoveOutcome {
    }

    /** Not allowed now; the reason is in Japanese for the screen. */
    record Refused(String reason) implements MoveOutcome {
    }
}
