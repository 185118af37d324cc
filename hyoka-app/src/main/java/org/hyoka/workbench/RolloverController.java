package org.hyoka.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.hyoka.evaluation.EvaluationService;
import org.hyoka.evaluation.RolloverResult;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheets.SheetQuery;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.workflow.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

/** /workbench/rollover: the office makes next year's drafts from this year's sheets in one step. */
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
        return page(chrome.get(), "", null, null, List.of(), HttpStatus.OK);
    }

    @PostMapping("/workbench/rollover")
    ModelAndView rollover(@RequestParam(defaultValue = "") String municipalityCode,
            @RequestParam(defaultValue = "") String fiscalYear, HttpServletRequest request) {
        Optional<Chrome> chrome = workbench.chrome(request, Role.ADMINISTRATOR);
        if (chrome.isEmpty()) {
            return Workbench.forbidden();
        }
        List<String> problems = new ArrayList<>();
        String code = municipalityCode.strip();
        if (!MunicipalityCode.isValid(code)) {
            problems.add("自治体を選んでください（全国地方公共団体コード「" + municipalityCode + "」は正しくありません）。");
        }
        Optional<Integer> year = Workbench.number(fiscalYear).filter(y -> y >= 1868 && y < 9999);
        if (year.isEmpty()) {
            problems.add("繰り越す年度を選んでください（「" + fiscalYear + "」は西暦の年度ではありません）。");
        }
        if (!problems.isEmpty()) {
            return page(chrome.get(), code, year.orElse(null), null, problems, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        RolloverResult result = evaluation.rollover(code, year.get(), chrome.get().actor(), Workbench.from(request));
        return page(chrome.get(), code, year.get(), result, List.of(), HttpStatus.OK);
    }

    private ModelAndView page(Chrome chrome, String code, @Nullable Integer year, @Nullable RolloverResult result,
            List<String> problems, HttpStatus status) {
        var facets = sheets.facets(SheetQuery.all(1)).byFilter();
        Map<String, String> municipalities = new TreeMap<>();
        facets.getOrDefault("municipalityCode", Map.of()).forEach((c, count) -> municipalities.put(c,
                c + "（公開シート" + count + "件）"));
        TreeSet<Integer> years = new TreeSet<>();
        facets.getOrDefault("fiscalYear", Map.of()).keySet().forEach(y -> Workbench.number(y).ifPresent(years::add));
        String chosen = code.isEmpty() && !municipalities.isEmpty() ? municipalities.keySet().iterator().next() : code;
        Integer chosenYear = year == null && !years.isEmpty() ? years.last() : year;
        ModelAndView view = Workbench.page("rollover", chrome, Map.of("page", new RolloverPage(municipalities,
                List.copyOf(years.descendingSet()), chosen, chosenYear, result, problems)));
        view.setStatus(status);
        return view;
    }
}
