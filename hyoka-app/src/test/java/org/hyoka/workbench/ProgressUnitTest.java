package org.hyoka.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.hyoka.evaluation.ProgressBoard;
import org.hyoka.evaluation.ProgressRow;
import org.hyoka.workflow.EvaluationState;
import org.junit.jupiter.api.Test;

class ProgressUnitTest {

    private static final LocalDate DEADLINE = LocalDate.of(2025, 6, 30);

    private final ProgressRow late = new ProgressRow("政策イノベーション部", "情報政策課",
            Map.of(EvaluationState.DRAFT, 2L, EvaluationState.APPROVED, 1L), 3);
    private final ProgressRow done = new ProgressRow("市民部", "市民課",
            Map.of(EvaluationState.PUBLISHED, 4L), 4);
    private final ProgressBoard board = new ProgressBoard(2025, DEADLINE, List.of(late, done),
            Map.of(EvaluationState.DRAFT, 2L, EvaluationState.APPROVED, 1L, EvaluationState.PUBLISHED, 4L));

    private ProgressPage on(LocalDate today) {
        return new ProgressPage(board, "082201", "つくば市", List.of(2025), today, List.of());
    }

    @Test
    void aDivisionWithUnfinishedSheetsIsOverdueOnlyAfterTheDeadline() {
        assertThat(on(DEADLINE).overdue(late)).isFalse();
        assertThat(on(DEADLINE).deadlineText()).isEqualTo("期限: 2025-06-30（月）（今日まで）");
        assertThat(on(DEADLINE.plusDays(1)).overdue(late)).isTrue();
        assertThat(on(DEADLINE.plusDays(1)).overdue(done)).isFalse();
        assertThat(on(DEADLINE.plusDays(3)).deadlineText()).endsWith("（3日超過）");
        assertThat(on(DEADLINE).done()).isEqualTo(5);
        assertThat(on(DEADLINE).total()).isEqualTo(7);
    }

    @Test
    void theCsvHasOneRowPerDivisionWithCountsPerStateAndTheOverdueMark() {
        String csv = ProgressController.csvText(board, DEADLINE.plusDays(1));
        assertThat(csv.split("\r\n")).containsExactly(
                "部,課,作成中,提出済,差戻し,承認,公開,公開取消,合計,未完了,期限,期限超過",
                "政策イノベーション部,情報政策課,2,0,0,1,0,0,3,2,2025-06-30,超過",
                "市民部,市民課,0,0,0,0,4,0,4,0,2025-06-30,");
    }

    @Test
    void csvCellsThatLookLikeFormulasOrHoldCommasStayText() {
        ProgressRow odd = new ProgressRow("=HYPERLINK(\"x\")", "課,その他", Map.of(), 0);
        String csv = ProgressController.csvText(new ProgressBoard(2025, null, List.of(odd), Map.of()), DEADLINE);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\",\"課,その他\"");
    }
}
