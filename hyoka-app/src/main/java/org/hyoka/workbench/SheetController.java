package org.hyoka.workbench;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hyoka.workflow.Owner;
import org.hyoka.evaluation.DeleteOutcome;
import org.hyoka.evaluation.EvaluationService;
import org.hyoka.evaluation.MoveOutcome;
import org.hyoka.evaluation.SaveOutcome;
import org.hyoka.evaluation.WorkingSheet;
import org.hyoka.settings.EvaluationSettings;
import org.hyoka.workflow.Transition;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

/**
 * /workbench/sheets/{id}: the sheet as reviewers read it, its comments, and a form for each move the
 * user may make. Every move is decided again by the service; what the page offers is only a convenience.
 */
@Controller
class SheetController {

    static final int COMMENT_MAX = 4000;

    private final Workbench workbench;
    private final EvaluationService evaluation;
    private final EvaluationSettings settings;

    SheetController(Workbench workbench, EvaluationService evaluation, EvaluationSettings settings) {
        this.workbench = workbench;
        this.evaluation = evaluation;
        this.settings = settings;
    }

    @GetMapping("/workbench/sheets/{id}")
    ModelAndView show(@PathVariable String id, @RequestParam(defaultValue = "") String done,
            HttpServletRequest request) {
        Workbench.Opened opened = workbench.open(id, request);
        if (opened instanceof Workbench.Opened.Refused refusedOpening) {
            return refusedOpening.page();
        }
        Workbench.Opened.Ready ready = (Workbench.Opened.Ready) opened;
        return page(ready.chrome(), ready.working(), notice(done), null, "", HttpStatus.OK);
    }

    @PostMapping("/workbench/sheets/{id}/move")
    ModelAndView move(@PathVariable String id, @RequestParam(defaultValue = "") String transition,
            @RequestParam(defaultValue = "") String baseRevision, @RequestParam(defaultValue = "") String comment,
            @RequestParam(defaultValue = "") String confirm, HttpServletRequest request) {
        Workbench.Opened opened = workbench.open(id, request);
        if (opened instanceof Workbench.Opened.Refused refusedOpening) {
            return refusedOpening.page();
        }
        Workbench.Opened.Ready ready = (Workbench.Opened.Ready) opened;
        Optional<Transition> chosen = Transition.named(transition);
        Optional<Integer> base = Workbench.number(baseRevision);
        if (chosen.isEmpty() || base.isEmpty()) {
            return page(ready.chrome(), ready.working(), null, "操作が読み取れませんでした。もう一度ボタンを押してください。",
                    comment, HttpStatus.BAD_REQUEST);
        }
        String text = comment.strip();
        if (text.length() > COMMENT_MAX) {
            return page(ready.chrome(), ready.working(), null, "コメントは" + COMMENT_MAX + "文字以内にしてください（"
                    + text.length() + "文字）。", comment, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        // the box is required in the form too; a browser without that check, or a crafted post, is stopped here
        if (SheetView.needsConfirmation(chosen.get()) && !confirm.equals("yes")) {
            return page(ready.chrome(), ready.working(), null, "「" + chosen.get().label()
                    + "」の前に、確認の欄にチェックを入れてください。まだ何も変わっていません。", comment,
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        if (chosen.get() == Transition.SUBMIT && !submitProblems(ready.working()).isEmpty()) {
            return page(ready.chrome(), ready.working(), null, "提出できません。下の「提出の前に直す点」をすべて直してから提出してください。",
                    comment, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        MoveOutcome outcome = evaluation.move(ready.id(), chosen.get(), base.get(), text.isEmpty() ? null : text,
                ready.chrome().actor(), Workbench.from(request));
        if (outcome instanceof MoveOutcome.Moved) {
            return new ModelAndView("redirect:/workbench/sheets/" + ready.id() + "?done=" + chosen.get().name());
        }
        WorkingSheet now = evaluation.working(ready.id(), ready.chrome().actor()).orElse(ready.working());
        if (outcome instanceof MoveOutcome.Conflict conflict) {
            return page(ready.chrome(), now, null, "このシートは開いた後に変更されました（第" + base.get() + "版 → 第"
                    + conflict.current() + "版）。最新の内容を確かめてから、もう一度操作してください。", comment,
                    HttpStatus.CONFLICT);
        }
        String reason = outcome instanceof MoveOutcome.Refused refused ? refused.reason() : "この操作はできません。";
        return page(ready.chrome(), now, null, reason, comment, HttpStatus.UNPROCESSABLE_ENTITY);
    }

    /** Deleting a draft never published: the office only, confirmed for the revision on the screen. */
    @PostMapping("/workbench/sheets/{id}/delete")
    ModelAndView delete(@PathVariable String id, @RequestParam(defaultValue = "") String baseRevision,
            @RequestParam(defaultValue = "") String confirm, HttpServletRequest request) {
        Workbench.Opened opened = workbench.open(id, request);
        if (opened instanceof Workbench.Opened.Refused refusedOpening) {
            return refusedOpening.page();
        }
        Workbench.Opened.Ready ready = (Workbench.Opened.Ready) opened;
        Optional<Integer> base = Workbench.number(baseRevision);
        if (base.isEmpty()) {
            return page(ready.chrome(), ready.working(), null, "操作が読み取れませんでした。もう一度ボタンを押してください。",
                    "", HttpStatus.BAD_REQUEST);
        }
        if (!confirm.equals("yes")) {
            return page(ready.chrome(), ready.working(), null, "削除の前に、確認の欄にチェックを入れてください。"
                    + "まだ何も変わっていません。", "", HttpStatus.UNPROCESSABLE_ENTITY);
        }
        DeleteOutcome outcome = evaluation.delete(ready.id(), base.get(), ready.chrome().actor(),
                Workbench.from(request));
        if (outcome instanceof DeleteOutcome.Deleted deleted) {
            // no redirect: the sheet has no page left to return to; posting again finds nothing and changes nothing
            return Workbench.page("deleted", ready.chrome(), Map.of("deleted", deleted));
        }
        WorkingSheet now = evaluation.working(ready.id(), ready.chrome().actor()).orElse(ready.working());
        if (outcome instanceof DeleteOutcome.Conflict conflict) {
            return page(ready.chrome(), now, null, "このシートは開いた後に変更されました（第" + base.get() + "版 → 第"
                    + conflict.current() + "版）。最新の内容を確かめてから、もう一度操作してください。", "",
                    HttpStatus.CONFLICT);
        }
        return page(ready.chrome(), now, null, ((DeleteOutcome.Refused) outcome).reason(), "",
                HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @PostMapping("/workbench/sheets/{id}/comment")
    ModelAndView comment(@PathVariable String id, @RequestParam(defaultValue = "") String text,
            HttpServletRequest request) {
        Workbench.Opened opened = workbench.open(id, request);
        if (opened instanceof Workbench.Opened.Refused refusedOpening) {
            return refusedOpening.page();
        }
        Workbench.Opened.Ready ready = (Workbench.Opened.Ready) opened;
        String body = text.strip();
        if (body.isEmpty() || body.length() > COMMENT_MAX) {
            return page(ready.chrome(), ready.working(), null, "コメントを1～" + COMMENT_MAX + "文字で書いてください。", "",
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        SaveOutcome outcome = evaluation.comment(ready.id(), body, ready.chrome().actor(), Workbench.from(request));
        if (outcome instanceof SaveOutcome.Saved) {
            return new ModelAndView("redirect:/workbench/sheets/" + ready.id() + "?done=comment#comments-heading");
        }
        return page(ready.chrome(), ready.working(), null, Outcomes.message(outcome), "", HttpStatus.UNPROCESSABLE_ENTITY);
    }

    private ModelAndView page(Chrome chrome, WorkingSheet working, @Nullable String notice, @Nullable String error,
            String commentDraft, HttpStatus status) {
        boolean mayEdit = working.state().editable() && chrome.actor().mayEdit(Owner.of(working.sheet()));
        SheetView view = new SheetView(working, SheetFacts.of(working.sheet(), settings.unitCosts(Owner.codeOf(working.sheet()))), mayEdit,
                submitProblems(working), notice, error, commentDraft);
        ModelAndView page = Workbench.page("sheet", chrome, Map.of("view", view));
        page.setStatus(status);
        return page;
    }

    private List<FormProblem> submitProblems(WorkingSheet working) {
        if (!working.availableTransitions().contains(Transition.SUBMIT)) {
            return List.of();
        }
        String city = Owner.codeOf(working.sheet());
        return SubmitReadiness.problems(working.sheet(), SheetFacts.of(working.sheet(), settings.unitCosts(city)).findings(),
                settings.directionVocabulary(city), working.previousImprovementGoal());
    }

    private static @Nullable String notice(String done) {
        if (done.equals("comment")) {
            return "コメントを記録しました。";
        }
        if (done.equals("saved")) {
            return "保存しました。";
        }
        return Transition.named(done).map(t -> "「" + t.label() + "」しました。シートは「" + t.target().label() + "」になりました。")
                .orElse(null);
    }
}
