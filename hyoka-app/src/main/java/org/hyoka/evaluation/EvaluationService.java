package org.hyoka.evaluation;

import java.util.List;
import java.util.Optional;

import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.Page;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.EvaluationState;
import org.hyoka.workflow.Transition;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The evaluation cycle's application service. CONTRACT FIRST: the signatures are what the pages and
 * the security engineer code against; the bodies follow in the next commits.
 */
@Service
public class EvaluationService {

    /** The sheet as its workers see it; empty if there is no such sheet OR the actor may not read it. */
    public Optional<WorkingSheet> working(long sheetId, Actor actor) {
        throw new UnsupportedOperationException("coming in the next commit");
    }

    public SaveOutcome save(long sheetId, int baseRevision, Sheet edited, Actor actor, String from) {
        throw new UnsupportedOperationException("coming in the next commit");
    }

    public MoveOutcome move(long sheetId, Transition transition, int baseRevision, @Nullable String comment,
            Actor actor, String from) {
        throw new UnsupportedOperationException("coming in the next commit");
    }

    /** Reviewers and editors may comment without moving the sheet; the revision does not change. */
    public SaveOutcome comment(long sheetId, String text, Actor actor, String from) {
        throw new UnsupportedOperationException("coming in the next commit");
    }

    public List<Revision> history(long sheetId, Actor actor) {
        throw new UnsupportedOperationException("coming in the next commit");
    }

    public Optional<Revision> revision(long sheetId, int number, Actor actor) {
        throw new UnsupportedOperationException("coming in the next commit");
    }

    public SaveOutcome restore(long sheetId, int number, int baseRevision, Actor actor, String from) {
        throw new UnsupportedOperationException("coming in the next commit");
    }

    public RolloverResult rollover(String municipalityCode, int fromFiscalYear, Actor admin, String from) {
        throw new UnsupportedOperationException("coming in the next commit");
    }

    public ProgressBoard progress(String municipalityCode, int fiscalYear) {
        throw new UnsupportedOperationException("coming in the next commit");
    }

    public Page<WorkingSummary> workList(Actor actor, @Nullable Integer fiscalYear, @Nullable EvaluationState state,
            int page, int size) {
        throw new UnsupportedOperationException("coming in the next commit");
    }
}
