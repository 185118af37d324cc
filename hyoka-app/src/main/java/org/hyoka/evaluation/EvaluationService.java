package org.hyoka.evaluation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.hyoka.arithmetic.Finding;
import org.hyoka.arithmetic.SheetChecks;
import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.audit.AuditActions;
import org.hyoka.audit.AuditLog;
import org.hyoka.glossary.Field;
import org.hyoka.revision.SheetDiff;
import org.hyoka.settings.EvaluationSettings;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.Page;
import org.hyoka.sheets.SheetDocuments;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.EvaluationState;
import org.hyoka.workflow.Role;
import org.hyoka.workflow.Transition;
import org.hyoka.workflow.SubmissionRules;
import org.hyoka.workflow.Workflow;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The evaluation cycle's application service: the rules come from the model (Workflow, Rollover,
 * SheetDiff); this class adds storage, the optimistic lock, authorization and the audit log. Every
 * method that changes something is one transaction together with its audit entry. The service
 * checks who may do what itself, even though the web layer does too, so that no route forgotten
 * there opens a sheet to the wrong 課.
 */
@Service
public class EvaluationService {

    static final int COMMENT_MAX = 4000;
    static final String NOT_FOUND = "シートが見つかりません（削除されたか、閲覧する権限がありません）";
    static final String ONCE_PUBLISHED = "公開したことのあるシートは削除できません。公開取消を使ってください";

    private final WorkflowStore store;
    private final SheetRepository sheets;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final SheetDocuments documents = new SheetDocuments();
    private final SheetValidation validation = new SheetValidation();
    private final Optional<EvaluationSettings> settings;
    private final Rollovers rollovers;

    /** Without the office's settings (commands, tests) the standard unit costs apply and there is no deadline. */
    EvaluationService(WorkflowStore store, SheetRepository sheets, AuditLog audit,
            PlatformTransactionManager transactionManager, Optional<EvaluationSettings> settings) {
        this.store = store;
        this.settings = settings;
        this.sheets = sheets;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.rollovers = new Rollovers(store, sheets, audit, documents);
    }

    /** The sheet as its workers see it; empty if there is no such sheet OR the actor may not read it. */
    public Optional<WorkingSheet> working(long sheetId, Actor actor) {
        return readable(sheetId, actor).map(row -> new WorkingSheet(sheetId, latest(row), row.state(), row.revision(),
                row.publishedRevision(), row.previousImprovementGoal(), store.comments(sheetId),
                Workflow.available(actor, row.state(), row.owner()),
                row.publishedRevision() == null ? null : sheets.findWithdrawn(sheetId).orElse(null),
                deletable(row, actor)));
    }

    /**
     * Stores the edited sheet as the next revision if {@code baseRevision} is still the latest;
     * otherwise nothing is stored and the author gets both sides of the conflict.
     */
    public SaveOutcome save(long sheetId, int baseRevision, Sheet edited, Actor actor, String from) {
        return inTransaction(() -> store(sheetId, baseRevision, edited, actor, from, null, AuditActions.SAVE));
    }

    public MoveOutcome move(long sheetId, Transition transition, int baseRevision, @Nullable String comment,
            Actor actor, String from) {
        MoveOutcome outcome = transactions.execute(status -> {
            Optional<WorkflowRow> found = readable(sheetId, actor);
            if (found.isEmpty()) {
                return new MoveOutcome.Refused(NOT_FOUND);
            }
            WorkflowRow row = found.get();
            if (baseRevision != row.revision()) {
                return new MoveOutcome.Conflict(row.revision());
            }
            String text = comment == null || comment.isBlank() ? null : comment.strip();
            if (text != null && text.length() > COMMENT_MAX) {
                return new MoveOutcome.Refused("コメントは" + COMMENT_MAX + "文字以内にしてください");
            }
            Workflow.Decision decision = Workflow.decide(actor, transition, row.state(), row.owner(), text);
            if (decision instanceof Workflow.Decision.Refused refused) {
                return new MoveOutcome.Refused(refused.reason());
            }
            EvaluationState to = ((Workflow.Decision.Allowed) decision).to();
            StoredRevision current = store.revision(sheetId, row.revision()).orElseThrow();
            Sheet sheet = documents.read(sheetId, current.document());
            if (transition == Transition.SUBMIT) {
                String city = row.municipalityCode();
                UnitCostTable unitCosts = settings.map(s -> s.unitCosts(city))
                        .orElseGet(() -> UnitCostTable.shippedFor(city));
                List<String> vocabulary = settings.map(s -> s.directionVocabulary(city)).orElse(List.of());
                List<SubmissionRules.Problem> problems = SubmissionRules.check(sheet,
                        new SheetChecks(unitCosts).check(sheet), vocabulary, row.previousImprovementGoal());
                if (!problems.isEmpty()) {
                    return new MoveOutcome.Refused("提出の前に直してください: "
                            + String.join(" / ", problems.stream().map(SubmissionRules.Problem::message).toList()));
                }
            }
            Instant at = now();
            boolean publishing = transition == Transition.PUBLISH;
            if (!store.advance(sheetId, row.revision(), to, sheet, publishing, at)) {
                status.setRollbackOnly();
                return new MoveOutcome.Conflict(store.find(sheetId).map(WorkflowRow::revision).orElse(row.revision()));
            }
            int number = row.revision() + 1;
            store.addRevision(sheetId, number, current.document(), actor.username(), at, to, transition.label());
            if (text != null) {
                store.addComment(sheetId, number, actor.username(), actor.role(), text, at, transition);
            }
            if (publishing) {
                sheets.publish(sheetId, sheet);
            }
            boolean withdrawing = transition == Transition.WITHDRAW;
            if (withdrawing) {
                // the model requires the reason; it is what the public address says in the sheet's place
                sheets.withdraw(sheetId, Objects.requireNonNull(text), at);
            }
            audit.record(actor, from, AuditActions.move(transition), sheetId,
                    row.state().label() + " → " + to.label() + "、第" + number + "版"
                            + (text == null ? "" : (withdrawing ? "、理由：" : "、コメント：") + text));
            return new MoveOutcome.Moved(to, number);
        });
        return Objects.requireNonNull(outcome);
    }

    /**
     * Deletes a draft the public never saw (a wrong rollover or import), with its revisions and
     * comments: the administrator of its city only, confirmed for {@code baseRevision}. A sheet that was
     * ever published is withdrawn instead, so that its public address can still say what became of it.
     * The audit entry keeps the sheet's title, year and number, since nothing else of it remains.
     */
    public DeleteOutcome delete(long sheetId, int baseRevision, Actor actor, String from) {
        DeleteOutcome outcome = transactions.execute(status -> {
            Optional<WorkflowRow> found = readable(sheetId, actor);
            if (found.isEmpty()) {
                return new DeleteOutcome.Refused(NOT_FOUND);
            }
            WorkflowRow row = found.get();
            if (!actor.administers(row.municipalityCode())) {
                return new DeleteOutcome.Refused(actor.role().label() + "はシートを削除できません。"
                        + "削除はその自治体の管理者（評価事務局）が行います");
            }
            if (row.publishedRevision() != null) {
                return new DeleteOutcome.Refused(ONCE_PUBLISHED);
            }
            if (baseRevision != row.revision()) {
                return new DeleteOutcome.Conflict(row.revision());
            }
            Sheet sheet = latest(row);
            if (!sheets.deleteUnpublished(sheetId)) {
                // published before the cycle existed (no published revision recorded, but public)
                status.setRollbackOnly();
                return new DeleteOutcome.Refused(ONCE_PUBLISHED);
            }
            String year = sheet.fiscalYear().toWareki();
            audit.record(actor, from, AuditActions.DELETE, sheetId, "未公開のシートを削除：" + year + "「"
                    + sheet.title() + "」" + (sheet.sheetNumber() == null ? "" : "、" + Field.SHEET_NUMBER.label()
                            + " " + sheet.sheetNumber()) + "、" + (row.division() == null ? "" : row.division() + "、")
                    + "第" + row.revision() + "版まで");
            return new DeleteOutcome.Deleted(sheet.title(), year, sheet.sheetNumber());
        });
        return Objects.requireNonNull(outcome);
    }

    /** Reviewers and editors may comment without moving the sheet; the revision does not change. */
    public SaveOutcome comment(long sheetId, String text, Actor actor, String from) {
        return inTransaction(() -> {
            Optional<WorkflowRow> found = readable(sheetId, actor);
            if (found.isEmpty()) {
                return new SaveOutcome.Refused(NOT_FOUND);
            }
            String stripped = text.strip();
            if (stripped.isEmpty()) {
                return new SaveOutcome.Invalid(List.of("コメントを入力してください"));
            }
            if (stripped.length() > COMMENT_MAX) {
                return new SaveOutcome.Invalid(List.of("コメントは" + COMMENT_MAX + "文字以内にしてください（"
                        + stripped.length() + "文字あります）"));
            }
            int revision = found.get().revision();
            long id = store.addComment(sheetId, revision, actor.username(), actor.role(), stripped, now(), null);
            audit.record(actor, from, AuditActions.COMMENT, sheetId,
                    "第" + revision + "版へのコメント（" + id + "）：" + stripped);
            return new SaveOutcome.Saved(revision);
        });
    }

    /** Every revision, newest first; empty if the sheet does not exist or the actor may not read it. */
    public List<Revision> history(long sheetId, Actor actor) {
        if (readable(sheetId, actor).isEmpty()) {
            return List.of();
        }
        return store.revisions(sheetId).stream().map(this::revision).toList();
    }

    public Optional<Revision> revision(long sheetId, int number, Actor actor) {
        return readable(sheetId, actor).flatMap(row -> store.revision(sheetId, number)).map(this::revision);
    }

    /** Makes an earlier revision's content the next revision, under the same rules as a save. */
    public SaveOutcome restore(long sheetId, int number, int baseRevision, Actor actor, String from) {
        return inTransaction(() -> {
            if (readable(sheetId, actor).isEmpty()) {
                return new SaveOutcome.Refused(NOT_FOUND);
            }
            Optional<StoredRevision> old = store.revision(sheetId, number);
            if (old.isEmpty()) {
                return new SaveOutcome.Refused("第" + number + "版はありません");
            }
            return store(sheetId, baseRevision, documents.read(sheetId, old.get().document()), actor, from,
                    "第" + number + "版を復元", AuditActions.RESTORE);
        });
    }

    /**
     * Next year's drafts from a city's sheets of {@code fromFiscalYear}, in one transaction; sheets
     * whose draft already exists are skipped, so running it twice is harmless.
     *
     * @throws org.springframework.security.access.AccessDeniedException unless the actor is an administrator
     */
    public RolloverResult rollover(String municipalityCode, int fromFiscalYear, Actor admin, String from) {
        if (!admin.administers(municipalityCode)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "年度の繰越は、その自治体の管理者だけが行えます");
        }
        try {
            return Objects.requireNonNull(transactions.execute(
                    status -> rollovers.rollover(municipalityCode, fromFiscalYear, admin, from, now())));
        } catch (DataIntegrityViolationException | ConcurrencyFailureException concurrentRollover) {
            // another rollover of the same year committed first (rolled_from is unique); this pass skips its drafts
            return Objects.requireNonNull(transactions.execute(
                    status -> rollovers.rollover(municipalityCode, fromFiscalYear, admin, from, now())));
        }
    }

    /**
     * The board of the actor's own municipality: reviewers and the office see it, editors do not.
     *
     * @throws org.springframework.security.access.AccessDeniedException for anyone else
     */
    public ProgressBoard progress(Actor actor, int fiscalYear) {
        String city = actor.municipalityCode();
        if (city == null || actor.role() == Role.EDITOR) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "進捗は、その自治体の管理者と評価者だけが見られます");
        }
        return ProgressBoards.of(fiscalYear, settings.flatMap(s -> s.deadline(city, fiscalYear)).orElse(null),
                store.stateCounts(city, fiscalYear));
    }

    /** Editors see their own 課's sheets; reviewers and administrators all of their own city's, nobody another's. */
    public Page<WorkingSummary> workList(Actor actor, @Nullable Integer fiscalYear, @Nullable EvaluationState state,
            int page, int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw new IllegalArgumentException("page from 0, size 1 to 500: " + page + ", " + size);
        }
        String city = actor.municipalityCode();
        if (city == null) {
            return new Page<>(List.of(), 0, page, size);
        }
        String division = actor.role() == Role.EDITOR ? actor.division() : null;
        return store.summaries(city, division, fiscalYear, state, page, size);
    }

    private SaveOutcome store(long sheetId, int baseRevision, Sheet edited, Actor actor, String from,
            @Nullable String note, String action) {
        Optional<WorkflowRow> found = readable(sheetId, actor);
        if (found.isEmpty()) {
            return new SaveOutcome.Refused(NOT_FOUND);
        }
        WorkflowRow row = found.get();
        if (!actor.mayEdit(row.owner())) {
            return new SaveOutcome.Refused(actor.role().label() + "はこのシートを編集できません");
        }
        if (baseRevision != row.revision()) {
            return conflict(sheetId, baseRevision, row.revision(), edited);
        }
        if (!row.state().editable()) {
            return new SaveOutcome.Refused("「" + row.state().label() + "」のシートは編集できません"
                    + (row.state() == EvaluationState.PUBLISHED ? "。「" + Transition.REOPEN.label() + "」すると新しい版を作れます"
                            : row.state() == EvaluationState.SUBMITTED ? "。差戻しを待ってください" : ""));
        }
        StoredRevision current = store.revision(sheetId, row.revision()).orElseThrow();
        Sheet before = documents.read(sheetId, current.document());
        Optional<String> identity = SheetValidation.identityChange(before, edited, actor);
        if (identity.isPresent()) {
            return new SaveOutcome.Refused(identity.get());
        }
        List<String> problems = validation.problems(edited);
        if (!problems.isEmpty()) {
            return new SaveOutcome.Invalid(problems);
        }
        // compared as the diff compares, so that 1.0 and 1.00 staff are the same figure
        if (note == null && SheetDiff.between(before, edited).isEmpty()) {
            return new SaveOutcome.Saved(row.revision());
        }
        Instant at = now();
        if (!store.advance(sheetId, row.revision(), row.state(), edited, false, at)) {
            int latest = store.find(sheetId).map(WorkflowRow::revision).orElse(row.revision());
            return conflict(sheetId, baseRevision, latest, edited);
        }
        int number = row.revision() + 1;
        store.addRevision(sheetId, number, documents.write(edited), actor.username(), at, row.state(), note);
        int changed = SheetDiff.between(before, edited).size();
        audit.record(actor, from, action, sheetId,
                "第" + number + "版" + (note == null ? "" : "（" + note + "）") + "、" + changed + "項目を変更");
        return new SaveOutcome.Saved(number);
    }

    private SaveOutcome conflict(long sheetId, int base, int latest, Sheet edited) {
        Sheet current = store.revision(sheetId, latest).map(r -> documents.read(sheetId, r.document())).orElseThrow();
        Optional<Sheet> baseSheet = store.revision(sheetId, base).map(r -> documents.read(sheetId, r.document()));
        // a base that never existed: everything in the edit counts as the author's own change against now
        Sheet from = baseSheet.orElse(current);
        return new SaveOutcome.Conflict(base, latest, current, SheetDiff.between(from, current),
                SheetDiff.between(from, edited));
    }

    private Optional<WorkflowRow> readable(long sheetId, Actor actor) {
        return store.find(sheetId).filter(row -> actor.mayRead(row.owner()));
    }

    private static boolean deletable(WorkflowRow row, Actor actor) {
        return row.publishedRevision() == null && actor.administers(row.municipalityCode());
    }

    private Sheet latest(WorkflowRow row) {
        return documents.read(row.sheetId(), store.revision(row.sheetId(), row.revision()).orElseThrow().document());
    }

    private Revision revision(StoredRevision stored) {
        return new Revision(stored.sheetId(), stored.number(), documents.read(stored.sheetId(), stored.document()),
                stored.author(), stored.savedAt(), stored.state(), stored.note());
    }

    private SaveOutcome inTransaction(java.util.function.Supplier<SaveOutcome> work) {
        SaveOutcome outcome = transactions.execute(status -> {
            SaveOutcome result = work.get();
            if (!(result instanceof SaveOutcome.Saved)) {
                status.setRollbackOnly();
            }
            return result;
        });
        return Objects.requireNonNull(outcome);
    }

    /** Microseconds: what both databases keep. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
