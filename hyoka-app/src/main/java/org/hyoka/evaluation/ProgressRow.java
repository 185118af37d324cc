package org.hyoka.evaluation;

import java.util.Map;

import org.hyoka.workflow.EvaluationState;

/** One 課 on the progress board: how many of its sheets stand in each state. */
public record ProgressRow(String department, String division, Map<EvaluationState, Long> counts, long total) {

    public ProgressRow {
        counts = Map.copyOf(counts);
    }

    public long count(EvaluationState state) {
        return counts.getOrDefault(state, 0L);
    }
}
