package org.hyoka.evaluation;

import java.util.List;

import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.WithdrawnSheet;
import org.hyoka.workflow.EvaluationState;
import org.hyoka.workflow.Transition;
import org.jspecify.annotations.Nullable;

/**
 * The sheet as the people working on it see it: its latest revision, where it stands, and what the
 * acting user may do next.
 *
 * @param revision the latest revision number, which is also the optimistic-lock version a save or
 *        move must name as its base
 * @param publishedRevision the revision the public sees, if the sheet was ever published
 * @param previousImprovementGoal last year's 改善目標, the prompt for 前年度の課題への対応 after rollover
 * @param availableTransitions the moves the acting user may make now (the buttons to show)
 * @param withdrawn the withdrawal the public address answers with now, if the office withdrew the
 *        sheet and has not published it again (also while it is being reworked after REOPEN)
 * @param deletable whether the acting user may delete the sheet: a draft never published, of their city
 */
public record WorkingSheet(long sheetId, Sheet sheet, EvaluationState state, int revision,
        @Nullable Integer publishedRevision, @Nullable String previousImprovementGoal, List<Comment> comments,
        List<Transition> availableTransitions, @Nullable WithdrawnSheet withdrawn, boolean deletable) {

    public WorkingSheet {
        comments = List.copyOf(comments);
        availableTransitions = List.copyOf(availableTransitions);
    }
}
