package org.hyoka.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.hyoka.workflow.EvaluationState;
import org.jspecify.annotations.Nullable;

/** The office's view of a fiscal year: sheets per 部/課 and state, against the deadline. */
public record ProgressBoard(int fiscalYear, @Nullable LocalDate deadline, List<ProgressRow> rows,
        Map<EvaluationState, Long> totals) {

    public ProgressBoard {
        rows = List.copyOf(rows);
        totals = Map.copyOf(totals);
    }

    public long total(EvaluationState state) {
        return totals.getOrDefault(state, 0L);
    }
}
