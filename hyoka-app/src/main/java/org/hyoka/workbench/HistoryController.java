package org.hyoka.workbench;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hyoka.workflow.Owner;
import org.hyoka.evaluation.EvaluationService;
import org.hyoka.evaluation.Revision;
import org.hyoka.evaluation.SaveOutcome;
import org.hyoka.evaluation.WorkingSheet;
import org.hyoka.workflow.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

/** /workbench/sheets/{id}/history: every revision, any two compared, and restoring an old one as a new revision. */
@Controller
class HistoryController {

    private final Workbench workbench;
    private final EvaluationService evaluation;

    HistoryController(Workbench workbench, EvaluationService evaluation) {
        this.workbench = workbench;
        this.evaluation = evaluation;
    }

    @GetMapping("/workbench/sheets/{id}/history")
    ModelAndView history(@PathVariable String id, @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to, HttpServletRequest request) {
        Workbench.Opened opened = workbench.open(id, request);
        if (opened instanceof Workbench.Opened.Refused refusedOpening) {
            return refusedOpening.page();
        }
        Workbench.Opened.Ready ready = (Workbench.Opened.Ready) opened;
        Actor actor = ready.chrome().actor();
        List<Revision> revisions = evaluation.history(ready.id(), actor);
        HistoryPage.Comparison comparison = null;
        String error = null;
        if (!from.isBlank() || !to.isBlank()) {
            Optional<Revision> a = Workbench.number(from).flatMap(n -> evaluation.revision(ready.id(), n, actor));
            Optional<Revision> b = Workbench.number(to).flatMap(n -> evaluation.revision(ready.id(), n, actor));
            if (a.isPresent() && b.isPresent()) {
                comparison = HistoryPage.Comparison.of(a.get(), b.get());
            } else {
                error = "比べる版（" + from + "と" + to + "）が見つかりません。一覧にある版の番号を選んでください。";
            }
        }
        return page(ready.chrome(), ready.working(), revisions, comparison, error,
                error == null ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
    }

    @PostMapping("/workbench/sheets/{id}/restore")
    ModelAndView restore(@PathVariable String id, @RequestParam(defaultValue = "") String number,
            @RequestParam(defaultValue = "") String baseRevision, HttpServletRequest request) {
        Workbench.Opened opened = workbench.open(id, request);
        if (opened instanceof Workbench.Opened.Refused refusedOpening) {
            return refusedOpening.page();
        }
        Workbench.Opened.Ready ready = (Workbench.Opened.Ready) opened;
        Actor actor = ready.chrome().actor();
        Optional<Integer> chosen = Workbench.number(number);
        Optional<Integer> base = Workbench.number(baseRevision);
        List<Revision> revisions = evaluation.history(ready.id(), actor);
        if (chosen.isEmpty() || base.isEmpty()) {
            return page(ready.chrome(), ready.working(), revisions, null, "復元する版が読み取れませんでした。一覧から選び直してください。",
                    HttpStatus.BAD_REQUEST);
        }
        SaveOutcome outcome = evaluation.restore(ready.id(), chosen.get(), base.get(), actor,
                Workbench.from(request));
        if (outcome instanceof SaveOutcome.Saved saved) {
            return new ModelAndView("redirect:/workbench/sheets/" + ready.id() + "/history?from=" + base.get()
                    + "&to=" + saved.revision());
        }
        HttpStatus status = outcome instanceof SaveOutcome.Conflict ? HttpStatus.CONFLICT
                : outcome instanceof SaveOutcome.Refused ? HttpStatus.FORBIDDEN : HttpStatus.UNPROCESSABLE_ENTITY;
        WorkingSheet now = evaluation.working(ready.id(), actor).orElse(ready.working());
        return page(ready.chrome(), now, evaluation.history(ready.id(), actor), null,
                "第" + chosen.get() + "版を復元できませんでした。" + Outcomes.message(outcome), status);
    }

    private static ModelAndView page(Chrome chrome, WorkingSheet working, List<Revision> revisions,
            HistoryPage.@Nullable Comparison comparison, @Nullable String error, HttpStatus status) {
        boolean mayRestore = working.state().editable()
                && chrome.actor().mayEdit(Owner.of(working.sheet()));
        ModelAndView view = Workbench.page("history", chrome,
                Map.of("page", new HistoryPage(working, revisions, comparison, mayRestore, error)));
        view.setStatus(status);
        return view;
    }
}
