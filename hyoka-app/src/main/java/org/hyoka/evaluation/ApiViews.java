package org.hyoka.evaluation;

import java.time.Instant;
import java.util.List;

import org.hyoka.interchange.SheetJson;
import org.hyoka.revision.FieldChange;
import org.hyoka.sheets.Page;
import org.hyoka.workflow.EvaluationState;
import org.hyoka.workflow.Transition;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * The evaluation API's JSON shapes. Sheets appear in the interchange format (sheet.schema.json),
 * never as Java records, so that what a client reads it can PUT back unchanged. States and
 * transitions carry their Japanese labels next to their names.
 */
final class ApiViews {

    private static final SheetJson JSON = new SheetJson();

    private ApiViews() {
    }

    record StateView(String name, String label) {
        static StateView of(EvaluationState state) {
            return new StateView(state.name(), state.label());
        }
    }

    record TransitionView(String name, String label, boolean commentRequired) {
        static TransitionView of(Transition transition) {
            return new TransitionView(transition.name(), transition.label(), transition.commentRequired());
        }
    }

    record CommentView(long id, int revision, String author, String role, String roleLabel, String text, Instant at,
            @Nullable String transition) {
        static CommentView of(Comment comment) {
            return new CommentView(comment.id(), comment.revision(), comment.author(), comment.role().name(),
                    comment.role().label(), comment.text(), comment.at(),
                    comment.transition() == null ? null : comment.transition().name());
        }
    }

    record WorkingSheetView(long sheetId, StateView state, int revision, @Nullable Integer publishedRevision,
            @Nullable String previousImprovementGoal, List<TransitionView> availableTransitions,
            List<CommentView> comments, JsonNode sheet, boolean deletable, @Nullable WithdrawalView withdrawal) {
        static WorkingSheetView of(WorkingSheet working) {
            return new WorkingSheetView(working.sheetId(), StateView.of(working.state()), working.revision(),
                    working.publishedRevision(), working.previousImprovementGoal(),
                    working.availableTransitions().stream().map(TransitionView::of).toList(),
                    working.comments().stream().map(CommentView::of).toList(), JSON.toTree(working.sheet()),
                    working.deletable(), working.withdrawn() == null ? null
                            : new WithdrawalView(working.withdrawn().withdrawnAt(), working.withdrawn().reason()));
        }
    }

    /** The public address answers 410 with this reason since this time. */
    record WithdrawalView(Instant withdrawnAt, String reason) {
    }

    /** What a deletion removed. */
    record DeletedView(String title, String fiscalYear, @Nullable String sheetNumber) {
    }

    record ChangeView(String path, String label, String kind, @Nullable String before, @Nullable String after) {
        static List<ChangeView> of(List<FieldChange> changes) {
            return changes.stream().map(c -> new ChangeView(c.path(), c.label(), c.kind().name(), c.before(),
                    c.after())).toList();
        }
    }

    record RevisionSummary(int number, String author, Instant savedAt, StateView state, @Nullable String note) {
        static RevisionSummary of(Revision revision) {
            return new RevisionSummary(revision.number(), revision.author(), revision.savedAt(),
                    StateView.of(revision.state()), revision.note());
        }
    }

    record RevisionView(int number, String author, Instant savedAt, StateView state, @Nullable String note,
            JsonNode sheet) {
        static RevisionView of(Revision revision) {
            return new RevisionView(revision.number(), revision.author(), revision.savedAt(),
                    StateView.of(revision.state()), revision.note(), JSON.toTree(revision.sheet()));
        }
    }

    record DiffView(int from, int to, List<ChangeView> changes) {
    }

    record SavedView(int revision) {
    }

    record MovedView(StateView state, int revision) {
    }

    record WorkListView(List<WorkItemView> items, long total, int page, int size, int totalPages) {
        static WorkListView of(Page<WorkingSummary> page) {
            return new WorkListView(page.items().stream().map(WorkItemView::of).toList(), page.total(),
                    page.page() + 1, page.size(), page.totalPages());
        }
    }

    record WorkItemView(long sheetId, String title, @Nullable String sheetNumber, @Nullable String department,
            @Nullable String division, StateView state, int revision, Instant updatedAt) {
        static WorkItemView of(WorkingSummary s) {
            return new WorkItemView(s.sheetId(), s.title(), s.sheetNumber(), s.department(), s.division(),
                    StateView.of(s.state()), s.revision(), s.updatedAt());
        }
    }

    /** Body of POST …/transitions. */
    record TransitionRequest(@Nullable String transition, @Nullable Integer baseRevision, @Nullable String comment) {
    }

    /** Body of POST …/comments. */
    record CommentRequest(@Nullable String text) {
    }

    /** Body of POST …/restore. */
    record RestoreRequest(@Nullable Integer revision, @Nullable Integer baseRevision) {
    }

    /** Body of POST /api/evaluation/rollover. */
    record RolloverRequest(@Nullable String municipalityCode, @Nullable Integer fromFiscalYear) {
    }
}
