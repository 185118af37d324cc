package org.hyoka.workbench;

import java.time.LocalDate;
import java.util.List;

import org.hyoka.evaluation.ProgressBoard;
import org.hyoka.evaluation.ProgressRow;
import org.hyoka.workflow.EvaluationState;

/**
 * The office's progress board of its own city (named, never chosen): each 課's sheets by state against
 * the deadline. A 課 is overdue when the deadline has passed and some of its sheets have still not
 * reached 承認 (or 公開).
 */
public record ProgressPage(ProgressBoard board, String municipalityCode, String municipalityName,
        List<Integer> fiscalYears, LocalDate today, List<String> problems) {

    public ProgressPage {
        fiscalYears = List.copyOf(fiscalYears);
        problems = List.copyOf(problems);
    }

    public static List<EvaluationState> states() {
        return List.of(EvaluationState.values());
    }

    public boolean pastDeadline() {
        return board.deadline() != null && today.isAfter(board.deadline());
    }

    /** Sheets the 課 still has to finish: not yet approved or published. */
    public static long open(ProgressRow row) {
        return row.count(EvaluationState.DRAFT) + row.count(EvaluationState.SUBMITTED)
                + row.count(EvaluationState.RETURNED);
    }

    public boolean overdue(ProgressRow row) {
        return pastDeadline() && open(row) > 0;
    }

    public long total() {
        return board.totals().values().stream().mapToLong(Long::longValue).sum();
    }

    public long done() {
        return board.total(EvaluationState.APPROVED) + board.total(EvaluationState.PUBLISHED);
    }

    public String csvHref() {
        return "/workbench/progress.csv?fiscalYear=" + board.fiscalYear();
    }

    public String deadlineText() {
        if (board.deadline() == null) {
            return "評価の期限は設定されていません（評価事務局の設定で決めます）。";
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(today, board.deadline());
        return "期限: " + Dates.day(board.deadline()) + (days > 0 ? "（あと" + days + "日）"
                : days == 0 ? "（今日まで）" : "（" + (-days) + "日超過）");
    }
}
