package org.hyoka.workbench;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.hyoka.evaluation.EvaluationService;
import org.hyoka.evaluation.RolloverResult;
import org.hyoka.sheets.SheetQuery;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.sheets.SheetSort;
import org.hyoka.workflow.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

/** /workbench/rollover: the office makes next year's drafts from this year's sheets of its own city in one step. */
@Controller
class RolloverController {

    private final Workbench workbench;
    private final EvaluationService evaluation;
    private final SheetRepository sheets;

    RolloverController(Workbench workbench, EvaluationService evaluation, SheetRepository sheets) {
        this.workbench = workbench;
        this.evaluation = evaluation;
        this.sheets = sheets;
    }

    @GetMapping("/workbench/rollover")
    ModelAndView form(HttpServletRequest request) {
        Optional<Chrome> chrome = workbench.chrome(request, Role.ADMINISTRATOR);
        if (chrome.isEmpty()) {
            return Workbench.forbidden();
        }
        return page(chrome.get(), null, null, List.of(), HttpStatus.OK);
    }

    /**
     * Always the office's own city. A municipalityCode sent along (an old form, a script) must name that
     * city: another one is refused, never silently replaced.
     */
    @PostMapping("/workbench/rollover")
    ModelAndView rollover(@RequestParam(defaultValue = "") String municipalityCode,
            @RequestParam(defaultValue = "") String fiscalYear, HttpServletRequest request) {
        Optional<Chrome> chrome = workbench.chrome(request, Role.ADMINISTRATOR);
        if (chrome.isEmpty()) {
            return Workbench.forbidden();
        }
        String own = chrome.get().actor().ownMunicipality().orElseThrow();
        if (!municipalityCode.isBlank() && !municipalityCode.strip().equals(own)) {
            return Workbench.message(HttpStatus.FORBIDDEN, "他の自治体のシートは繰り越せません",
                    "次年度シートの作成は、" + chrome.get().cityName() + "のシートについてだけ行えます"
                    + "（指定された自治体コード「" + municipalityCode.strip() + "」は" + chrome.get().cityName()
                    + "のものではありません）。");
        }
        Optional<Integer> year = Workbench.number(fiscalYear).filter(y -> y >= 1868 && y < 9999);
        if (year.isEmpty()) {
            return page(chrome.get(), null, null, List.of("繰り越す年度を選んでください（「" + fiscalYear
                    + "」は西暦の年度ではありません）。"), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        RolloverResult result = evaluation.rollover(own, year.get(), chrome.get().actor(), Workbench.from(request));
        return page(chrome.get(), year.get(), result, List.of(), HttpStatus.OK);
    }

    /** The years in which the city has published sheets, the latest chosen unless the office chose one. */
    private ModelAndView page(Chrome chrome, @Nullable Integer year, @Nullable RolloverResult result,
            List<String> problems, HttpStatus status) {
        String own = chrome.actor().ownMunicipality().orElseThrow();
        var facets = sheets.facets(new SheetQuery(own, null, null, null, null, null, null, null, null,
                SheetSort.NUMBER, 0, 1)).byFilter();
        TreeSet<Integer> years = new TreeSet<>();
        facets.getOrDefault("fiscalYear", Map.of()).keySet().forEach(y -> Workbench.number(y).ifPresent(years::add));
        Integer chosenYear = year == null && !years.isEmpty() ? years.last() : year;
        ModelAndView view = Workbench.page("rollover", chrome, Map.of("page", new RolloverPage(own, chrome.cityName(),
                List.copyOf(years.descendingSet()), chosenYear, result, problems)));
        view.setStatus(status);
        return view;
    }
}
