package org.hyoka.evaluation;

import java.time.Instant;

import org.hyoka.workflow.Role;
import org.hyoka.workflow.Transition;
import org.jspecify.annotations.Nullable;

/**
 * A remark on a sheet, tagged with its author's role; {@code transition} is set when the comment
 * was the reason given for a move (a 差戻し always has one).
 */
public record Comment(long id, long sheetId, int revision, String author, Role role, String text, Instant at,
        @Nullable Transition transition) {
}
