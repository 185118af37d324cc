package org.hyoka.workbench;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hyoka.workflow.Owner;
import org.hyoka.arithmetic.Finding;
import org.hyoka.evaluation.EvaluationService;
import org.hyoka.evaluation.Revision;
import org.hyoka.evaluation.SaveOutcome;
import org.hyoka.evaluation.WorkingSheet;
import org.hyoka.qualitypages.QualityFindings;
import org.hyoka.settings.EvaluationSettings;
import org.hyoka.sheet.Sheet;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The sheet editor. Everything works without JavaScript: the server binds the form, recomputes
 * 人件費計, fills standard comments, checks, and on a conflict merges so that nobody's input is lost.
 * The check endpoint gives the same findings while the user types.
 */
@Controller
class EditorController {

    private final Workbench workbench;
    private final EvaluationService evaluation;
    private final EvaluationSettings settings;
    /** The draft's quality findings: shown before submit, never blocking it. */
    private final QualityFindings quality;

    EditorController(Workbench workbench, EvaluationService evaluation, EvaluationSettings settings,
            QualityFindings quality) {
        this.quality = quality;
        this.workbench = workbench;
        this.evaluation = evaluation;
        this.settings = settings;
    }

    @GetMapping("/workbench/sheets/{id}/edit")
    ModelAndView edit(@PathVariable String id, @RequestParam(defaultValue = "") String saved,
            HttpServletRequest request) {
        Workbench.Opened opened = workbench.open(id, request);
        if (opened instanceof Workbench.Opened.Refused refusedOpening) {
            return refusedOpening.page();
        }
        Workbench.Opened.Ready ready = (Workbench.Opened.Ready) opened;
        Optional<ModelAndView> refusal = refusal(ready.working(), ready.chrome().actor());
        if (refusal.isPresent()) {
            return refusal.get();
        }
        String notice = saved.isEmpty() ? null : "保存しました（第" + saved + "版）。";
        Sheet sheet = ready.working().sheet();
        return page(ready.chrome(), ready.working(), SheetForm.of(sheet), sheet, ready.working().revision(), List.of(),
                List.of(), null, notice, HttpStatus.OK);
    }

    @PostMapping("/workbench/sheets/{id}/edit")
    ModelAndView save(@PathVariable String id, @RequestParam(defaultValue = "") String baseRevision,
            HttpServletRequest request) {
        Workbench.Opened opened = workbench.open(id, request);
        if (opened instanceof Workbench.Opened.Refused refusedOpening) {
            return refusedOpening.page();
        }
        Workbench.Opened.Ready ready = (Workbench.Opened.Ready) opened;
        Actor actor = ready.chrome().actor();
        Optional<Integer> base = Workbench.number(baseRevision).filter(n -> n >= 1);
        // the revision the author started from is what the form is bound and merged against
        Sheet baseSheet = base.flatMap(n -> evaluation.revision(ready.id(), n, actor)).map(Revision::sheet)
                .orElse(ready.working().sheet());
        SheetForm form = SheetForm.fromRequest(FormLayout.of(baseSheet), request.getParameterMap());
        int baseNumber = base.orElse(ready.working().revision());
        if (base.isEmpty()) {
            return page(ready.chrome(), ready.working(), form, baseSheet, baseNumber, List.of(),
                    List.of("フォームの版が読み取れませんでした。ページを開き直してから入力し直してください。"), null, null,
                    HttpStatus.BAD_REQUEST);
        }
        SheetBinder.Binding binding = binder(Owner.codeOf(baseSheet)).bind(form, baseSheet, mayReassign(actor));
        if (!binding.problems().isEmpty()) {
            return page(ready.chrome(), ready.working(), form, binding.sheet(), baseNumber, binding.problems(), List.of(),
                    null, null, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        SaveOutcome outcome = evaluation.save(ready.id(), baseNumber, binding.sheet(), actor,
                Workbench.from(request));
        if (outcome instanceof SaveOutcome.Saved saved) {
            return new ModelAndView("redirect:/workbench/sheets/" + ready.id() + "/edit?saved=" + saved.revision());
        }
        if (outcome instanceof SaveOutcome.Conflict conflict) {
            SheetForm.Merge merge = form.mergeOnto(SheetForm.of(baseSheet, form.layout()),
                    SheetForm.of(conflict.currentSheet(), form.layout()));
            WorkingSheet now = evaluation.working(ready.id(), actor).orElse(ready.working());
            EditorPage.Conflict shown = new EditorPage.Conflict(conflict.yourBase(), conflict.current(),
                    conflict.changedSinceYourBase(), merge.changedByBoth());
            Sheet merged = binder(Owner.codeOf(conflict.currentSheet())).bind(merge.form(), conflict.currentSheet(), mayReassign(actor)).sheet();
            return page(ready.chrome(), now, merge.form(), merged, conflict.current(), List.of(), List.of(), shown,
                    null, HttpStatus.CONFLICT);
        }
        List<String> errors = outcome instanceof SaveOutcome.Invalid invalid ? invalid.problems()
                : List.of(Outcomes.message(outcome));
        HttpStatus status = outcome instanceof SaveOutcome.Refused ? HttpStatus.FORBIDDEN
                : HttpStatus.UNPROCESSABLE_ENTITY;
        return page(ready.chrome(), ready.working(), form, binding.sheet(), baseNumber, List.of(), errors, null, null,
                status);
    }

    /** The form's current values checked as the server would on save, for the editor's live panel. */
    @PostMapping(value = "/workbench/sheets/{id}/check", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CheckResponse> check(@PathVariable String id, HttpServletRequest request) {
        Optional<Chrome> chrome = workbench.chrome(request);
        if (chrome.isEmpty()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        Optional<WorkingSheet> working = Workbench.id(id).flatMap(n -> evaluation.working(n, chrome.get().actor()));
        if (working.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        Sheet base = working.get().sheet();
        SheetForm form = SheetForm.fromRequest(FormLayout.of(base), request.getParameterMap());
        SheetBinder.Binding binding = binder(Owner.codeOf(base)).bind(form, base, mayReassign(chrome.get().actor()));
        String city = Owner.codeOf(base);
        List<Finding> findings = SheetFacts.of(binding.sheet(), settings.unitCosts(city)).findings();
        List<FormProblem> readiness = SubmitReadiness.problems(binding.sheet(), findings,
                settings.directionVocabulary(city), working.get().previousImprovementGoal());
        return ResponseEntity.ok(CheckResponse.of(binding, findings, readiness));
    }

    private Optional<ModelAndView> refusal(WorkingSheet working, Actor actor) {
        if (!actor.mayEdit(Owner.of(working.sheet()))) {
            return Optional.of(Workbench.message(HttpStatus.FORBIDDEN, "編集できません",
                    "このシートは" + (working.sheet().organization().division() == null ? "担当課の決まっていない"
                            : working.sheet().organization().division() + "の") + "シートです。担当課の職員と評価事務局だけが編集できます。"));
        }
        if (!working.state().editable()) {
            return Optional.of(Workbench.message(HttpStatus.CONFLICT, "いまは編集できません",
                    "このシートは「" + working.state().label() + "」のため編集できません。作成中か差戻しのシートだけが編集できます。"
                            + "公開済みのシートはシートの画面の「再編集」から新しい版を始めます。"));
        }
        return Optional.empty();
    }

    private ModelAndView page(Chrome chrome, WorkingSheet working, SheetForm form, Sheet bound, int baseRevision,
            List<FormProblem> problems, List<String> errors, EditorPage.@Nullable Conflict conflict,
            @Nullable String notice, HttpStatus status) {
        String city = Owner.codeOf(working.sheet());
        List<Finding> findings = SheetFacts.of(bound, settings.unitCosts(city)).findings();
        List<FormProblem> readiness = SubmitReadiness.problems(bound, findings, settings.directionVocabulary(city),
                working.previousImprovementGoal());
        EditorPage page = new EditorPage(working, form, baseRevision, mayReassign(chrome.actor()), problems, errors,
                findings, readiness, EditorPage.proposals(bound), settings.directionVocabulary(city),
                EditorPage.rubricOf(settings.rubric(city)), settings.unitCosts(city), conflict, notice);
        ModelAndView view = Workbench.page("edit", chrome, Map.of("page", page,
                "quality", quality.ofDraft(working.sheetId(), bound, settings.rubric(city))));
        view.setStatus(status);
        return view;
    }

    /** The sheet's own city's unit costs and rubric, never another's. */
    private SheetBinder binder(@Nullable String city) {
        return new SheetBinder(settings.unitCosts(city), settings.rubric(city));
    }

    private static boolean mayReassign(Actor actor) {
        return actor.role() == Role.ADMINISTRATOR;
    }
}
