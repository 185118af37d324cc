package org.hyoka.workbench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hyoka.evaluation.EvaluationService;
import org.hyoka.workflow.EvaluationState;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

/** /workbench: the signed-in user's sheets — an editor's own 課, everything for reviewers and the office. */
@Controller
class WorkListController {

    static final int PAGE_SIZE = 50;

    private final Workbench workbench;
    private final EvaluationService evaluation;

    WorkListController(Workbench workbench, EvaluationService evaluation) {
        this.workbench = workbench;
        this.evaluation = evaluation;
    }

    @GetMapping("/workbench")
    ModelAndView list(@RequestParam(defaultValue = "") String state, @RequestParam(defaultValue = "") String fiscalYear,
            @RequestParam(defaultValue = "1") String page, HttpServletRequest request) {
        // the installation's operator works in no city, so has no sheets to list
        Optional<Chrome> chrome = workbench.chrome(request).filter(c -> c.actor().municipalityCode() != null);
        if (chrome.isEmpty()) {
            return Workbench.forbidden();
        }
        List<String> problems = new ArrayList<>();
        EvaluationState chosen = null;
        if (!state.isBlank()) {
            chosen = Arrays.stream(EvaluationState.values()).filter(s -> s.name().equals(state)).findFirst()
                    .orElse(null);
            if (chosen == null) {
                problems.add("状態「" + state + "」は選択肢にないため、すべての状態を表示しています。");
            }
        }
        Integer year = null;
        if (!fiscalYear.isBlank()) {
            year = Workbench.number(fiscalYear).filter(y -> y >= 1868 && y <= 9999).orElse(null);
            if (year == null) {
                problems.add("評価年度「" + fiscalYear + "」は西暦の4桁（例: 2025）で入力してください。すべての年度を表示しています。");
            }
        }
        int pageNumber = Workbench.number(page).filter(p -> p >= 1 && p <= 100_000).orElse(1) - 1;
        var items = evaluation.workList(chrome.get().actor(), year, chosen, pageNumber, PAGE_SIZE);
        ModelAndView view = Workbench.page("list", chrome.get(),
                Map.of("list", new WorkList(chrome.get().actor(), items, chosen, year, problems)));
        if (!problems.isEmpty()) {
            view.setStatus(HttpStatus.BAD_REQUEST);
        }
        return view;
    }
}
