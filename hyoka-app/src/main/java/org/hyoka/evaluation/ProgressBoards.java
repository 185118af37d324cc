package org.hyoka.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hyoka.workflow.EvaluationState;
import org.jspecify.annotations.Nullable;

/** Folds per-state counts into one row per 部/課, in the order the query returned them. */
final class ProgressBoards {

    private ProgressBoards() {
    }

    static ProgressBoard of(int fiscalYear, @Nullable LocalDate deadline, List<WorkflowStore.StateCount> counts) {
        Map<List<String>, Map<EvaluationState, Long>> byDivision = new LinkedHashMap<>();
        Map<EvaluationState, Long> totals = new EnumMap<>(EvaluationState.class);
        for (EvaluationState state : EvaluationState.values()) {
            totals.put(state, 0L);
        }
        for (WorkflowStore.StateCount count : counts) {
            byDivision.computeIfAbsent(List.of(count.department(), count.division()), key -> zeros())
                    .merge(count.state(), count.count(), Long::sum);
            totals.merge(count.state(), count.count(), Long::sum);
        }
        List<ProgressRow> rows = new ArrayList<>();
        byDivision.forEach((key, states) -> rows.add(new ProgressRow(key.get(0), key.get(1), states,
                states.values().stream().mapToLong(Long::longValue).sum())));
        return new ProgressBoard(fiscalYear, deadline, rows, totals);
    }

    private static Map<EvaluationState, Long> zeros() {
        Map<EvaluationState, Long> zeros = new EnumMap<>(EvaluationState.class);
        for (EvaluationState state : EvaluationState.values()) {
            zeros.put(state, 0L);
        }
        return zeros;
    }
}
