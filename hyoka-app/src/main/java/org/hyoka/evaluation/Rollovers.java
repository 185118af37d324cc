package org.hyoka.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.hyoka.audit.AuditActions;
import org.hyoka.audit.AuditLog;
import org.hyoka.rollover.Rollover;
import org.hyoka.sheets.SheetDocuments;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.sheet.FiscalYear;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.EvaluationState;

/**
 * Next year's drafts for a whole city and year, inside the caller's transaction. The drafts are
 * made from each sheet's latest revision (normally the published one) by the model's Rollover.
 */
final class Rollovers {

    private final WorkflowStore store;
    private final SheetRepository sheets;
    private final AuditLog audit;
    private final SheetDocuments documents;

    Rollovers(WorkflowStore store, SheetRepository sheets, AuditLog audit, SheetDocuments documents) {
        this.store = store;
        this.sheets = sheets;
        this.audit = audit;
        this.documents = documents;
    }

    RolloverResult rollover(String municipalityCode, int fromFiscalYear, Actor admin, String from, Instant at) {
        List<StoredRevision> sources = store.notYetRolledOver(municipalityCode, fromFiscalYear);
        int skipped = store.countRolledOver(municipalityCode, fromFiscalYear);
        List<Rollover.Draft> drafts = new ArrayList<>(sources.size());
        for (StoredRevision source : sources) {
            drafts.add(Rollover.nextYear(documents.read(source.sheetId(), source.document())));
        }
        List<Long> ids = sheets.insertUnpublished(drafts.stream().map(Rollover.Draft::sheet).toList());
        for (int i = 0; i < drafts.size(); i++) {
            Rollover.Draft draft = drafts.get(i);
            long id = ids.get(i);
            store.addDraft(id, draft.sheet(), sources.get(i).sheetId(), draft.previousImprovementGoal(), at);
            store.addRevision(id, 1, documents.write(draft.sheet()), admin.username(), at, EvaluationState.DRAFT,
                    draft.sheet().fiscalYear().plus(-1).toWareki() + "から繰越");
        }
        audit.record(admin, from, AuditActions.ROLLOVER, null,
                municipalityCode + " " + FiscalYear.of(fromFiscalYear).toWareki() + " → "
                        + FiscalYear.of(fromFiscalYear + 1).toWareki() + "：" + ids.size() + "件を作成、"
                        + skipped + "件は作成済みのため省略");
        return new RolloverResult(ids.size(), skipped);
    }
}
