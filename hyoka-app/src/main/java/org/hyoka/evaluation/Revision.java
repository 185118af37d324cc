package org.hyoka.evaluation;

import java.time.Instant;

import org.hyoka.sheet.Sheet;
import org.hyoka.workflow.EvaluationState;
import org.jspecify.annotations.Nullable;

/**
 * One numbered version of a sheet: every save, move and restore makes one. {@code note} says what
 * made it when it was not an ordinary save (提出, 差戻し, 復元 of revision n, 前年度からの繰越 …).
 */
public record Revision(long sheetId, int number, Sheet sheet, String author, Instant savedAt, EvaluationState state,
        @Nullable String note) {
}
