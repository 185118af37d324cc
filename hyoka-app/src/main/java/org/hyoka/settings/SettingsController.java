package org.hyoka.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import java.util.Optional;

import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.arithmetic.UnitCosts;
import org.hyoka.municipalities.Municipalities;
import org.hyoka.opendata.Licence;
import org.hyoka.opendata.OpenDataSettings;
import org.hyoka.rubric.AssessmentItem;
import org.hyoka.rubric.Rubric;
import org.hyoka.security.CurrentActor;
import org.hyoka.sheet.FiscalYear;
import org.hyoka.workflow.Actor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/**
 * The evaluation office's settings pages (administrators only; the security configuration and the
 * service both say so). A valid change redirects back with a note; an invalid one shows the form
 * again with what was typed and every problem in Japanese.
 */
@Controller
class SettingsController {

    static final int[] SCORES = {5, 4, 3, 2, 1};

    private final EvaluationSettings settings;
    private final CurrentActor currentActor;
    private final Municipalities municipalities;
    private final OpenDataSettings openData;

    SettingsController(EvaluationSettings settings, CurrentActor currentActor, Municipalities municipalities,
            OpenDataSettings openData) {
        this.settings = settings;
        this.currentActor = currentActor;
        this.municipalities = municipalities;
        this.openData = openData;
    }

    @GetMapping("/settings")
    String index(Model model) {
        model.addAttribute("city", cityName());
        model.addAttribute("units", settings.organization(city()).size());
        model.addAttribute("unitCosts", UnitCostSummary.of(settings.unitCosts(city()), settings.setUnitCosts(city()),
                UnitCostTable.shippedFor(city())));
        model.addAttribute("directions", settings.directionVocabulary(city()));
        model.addAttribute("ownDirections", settings.hasOwnDirectionVocabulary(city()));
        model.addAttribute("deadlines", settings.deadlines(city()));
        model.addAttribute("licence", licenceText(settings.openDataLicence(city())));
        return "settings/index";
    }

    @GetMapping("/settings/open-data")
    String openData(CsrfToken csrf, Model model) {
        return openDataPage(csrf, model, List.of());
    }

    @PostMapping("/settings/open-data")
    String setOpenData(@RequestParam(defaultValue = "") String licence, CsrfToken csrf, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        SettingsChange change = settings.setOpenDataLicence(licence, actor(), request.getRemoteAddr());
        if (change instanceof SettingsChange.Invalid invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return openDataPage(csrf, model, invalid.problems());
        }
        return done(change, "/settings/open-data", redirect);
    }

    private String openDataPage(CsrfToken csrf, Model model, List<String> problems) {
        model.addAttribute("page", page(csrf, model, problems));
        model.addAttribute("licences", List.of(Licence.values()));
        model.addAttribute("chosen", settings.openDataLicence(city()).map(Licence::id).orElse(""));
        model.addAttribute("installationDefault", openData.licence());
        return "settings/open-data";
    }

    /** 「CC BY 4.0（市の選択）」 or the installation's default, said as such. */
    private String licenceText(Optional<Licence> chosen) {
        return chosen.map(l -> l.title() + "（この自治体の選択）")
                .orElseGet(() -> openData.licence().title() + "（設置者の既定。この自治体はまだ選んでいません）");
    }

    @GetMapping("/settings/organization")
    String organization(CsrfToken csrf, Model model) {
        return organizationPage(csrf, model, List.of(), "", "", "");
    }

    @PostMapping("/settings/organization")
    String addOrgUnit(@RequestParam(defaultValue = "") String department,
            @RequestParam(defaultValue = "") String division, @RequestParam(defaultValue = "") String section,
            CsrfToken csrf, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        SettingsChange change = settings.addOrgUnit(department, division, section, actor(), request.getRemoteAddr());
        if (change instanceof SettingsChange.Invalid invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return organizationPage(csrf, model, invalid.problems(), department, division, section);
        }
        return done(change, "/settings/organization", redirect);
    }

    @PostMapping("/settings/organization/{id}/delete")
    String removeOrgUnit(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        return done(settings.removeOrgUnit(id, actor(), request.getRemoteAddr()), "/settings/organization", redirect);
    }

    private String organizationPage(CsrfToken csrf, Model model, List<String> problems, String department,
            String division, String section) {
        model.addAttribute("page", page(csrf, model, problems));
        model.addAttribute("units", settings.organization(city()));
        model.addAttribute("entered", List.of(department, division, section));
        return "settings/organization";
    }

    @GetMapping("/settings/unit-costs")
    String unitCosts(CsrfToken csrf, Model model) {
        return unitCostPage(csrf, model, List.of(), List.of("", "", "", ""));
    }

    @PostMapping("/settings/unit-costs")
    String setUnitCosts(@Valid UnitCostForm form, BindingResult errors, CsrfToken csrf, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        SettingsChange change = errors.hasErrors() ? new SettingsChange.Invalid(UnitCostForm.problems(errors))
                : settings.setUnitCosts(form.costs(), actor(), request.getRemoteAddr());
        if (change instanceof SettingsChange.Invalid invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return unitCostPage(csrf, model, invalid.problems(), form.entered());
        }
        return done(change, "/settings/unit-costs", redirect);
    }

    @PostMapping("/settings/unit-costs/{year}/delete")
    String clearUnitCosts(@PathVariable int year, HttpServletRequest request, RedirectAttributes redirect) {
        return done(settings.clearUnitCosts(year, actor(), request.getRemoteAddr()), "/settings/unit-costs", redirect);
    }

    private String unitCostPage(CsrfToken csrf, Model model, List<String> problems, List<String> entered) {
        List<Integer> own = settings.setUnitCosts(city()).stream().map(UnitCosts::fiscalYear).toList();
        List<UnitCostRow> rows = settings.unitCosts(city()).all().stream()
                .map(c -> new UnitCostRow(c, own.contains(c.fiscalYear()))).toList();
        model.addAttribute("page", page(csrf, model, problems));
        model.addAttribute("rows", rows);
        model.addAttribute("shipped", !UnitCostTable.shippedFor(city()).all().isEmpty());
        model.addAttribute("entered", entered);
        return "settings/unit-costs";
    }

    @GetMapping("/settings/rubric")
    String rubric(CsrfToken csrf, Model model) {
        return rubricPage(csrf, model, List.of(), Map.of());
    }

    @PostMapping("/settings/rubric")
    String setRubric(@RequestParam Map<String, String> form, CsrfToken csrf, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        EnumMap<AssessmentItem, Map<Integer, String>> comments = new EnumMap<>(AssessmentItem.class);
        for (AssessmentItem item : AssessmentItem.values()) {
            for (int score : SCORES) {
                String value = form.get(new RubricRow(item, score, "", "").field());
                if (value != null) {
                    comments.computeIfAbsent(item, i -> new TreeMap<>()).put(score, value);
                }
            }
        }
        SettingsChange change = settings.setRubric(comments, actor(), request.getRemoteAddr());
        if (change instanceof SettingsChange.Invalid invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return rubricPage(csrf, model, invalid.problems(), form);
        }
        return done(change, "/settings/rubric", redirect);
    }

    private String rubricPage(CsrfToken csrf, Model model, List<String> problems, Map<String, String> entered) {
        Rubric rubric = settings.rubric(city());
        // the hint is what a blank falls back to: the shipped example for つくば市, nothing elsewhere
        Rubric standard = Rubric.shippedFor(city());
        List<RubricRow> rows = new ArrayList<>();
        for (AssessmentItem item : AssessmentItem.values()) {
            for (int score : SCORES) {
                RubricRow row = new RubricRow(item, score, rubric.standardComment(item, score).orElse(""),
                        standard.standardComment(item, score).orElse(""));
                rows.add(entered.containsKey(row.field())
                        ? new RubricRow(item, score, entered.get(row.field()), row.standard()) : row);
            }
        }
        model.addAttribute("page", page(csrf, model, problems));
        model.addAttribute("rows", rows);
        return "settings/rubric";
    }

    @GetMapping("/settings/directions")
    String directions(CsrfToken csrf, Model model) {
        return directionsPage(csrf, model, List.of(), String.join("\n", settings.directionVocabulary(city())));
    }

    @PostMapping("/settings/directions")
    String setDirections(@RequestParam(defaultValue = "") String terms, CsrfToken csrf, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        SettingsChange change = settings.setDirectionVocabulary(Arrays.asList(terms.split("\\R")), actor(),
                request.getRemoteAddr());
        if (change instanceof SettingsChange.Invalid invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return directionsPage(csrf, model, invalid.problems(), terms);
        }
        return done(change, "/settings/directions", redirect);
    }

    private String directionsPage(CsrfToken csrf, Model model, List<String> problems, String terms) {
        model.addAttribute("page", page(csrf, model, problems));
        model.addAttribute("terms", terms);
        model.addAttribute("own", settings.hasOwnDirectionVocabulary(city()));
        return "settings/directions";
    }

    @GetMapping("/settings/deadlines")
    String deadlines(CsrfToken csrf, Model model) {
        return deadlinePage(csrf, model, List.of(), List.of("", ""));
    }

    @PostMapping("/settings/deadlines")
    String setDeadline(@RequestParam(defaultValue = "") String fiscalYear, @RequestParam(defaultValue = "") String date,
            CsrfToken csrf, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        SettingsChange change = settings.setDeadline(fiscalYear, date, actor(), request.getRemoteAddr());
        if (change instanceof SettingsChange.Invalid invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return deadlinePage(csrf, model, invalid.problems(), List.of(fiscalYear, date));
        }
        return done(change, "/settings/deadlines", redirect);
    }

    private String deadlinePage(CsrfToken csrf, Model model, List<String> problems, List<String> entered) {
        Map<String, String> rows = new java.util.LinkedHashMap<>();
        settings.deadlines(city()).forEach((year, date) -> rows.put(FiscalYear.of(year).toWareki(), date.toString()));
        model.addAttribute("page", page(csrf, model, problems));
        model.addAttribute("rows", rows);
        model.addAttribute("entered", entered);
        return "settings/deadlines";
    }

    /** Notes from the redirect after a change (flash attributes) join the page's own problems. */
    private SettingsPage page(CsrfToken csrf, Model model, List<String> problems) {
        Object saved = model.getAttribute("flashSaved");
        List<String> all = new ArrayList<>(problems);
        if (model.getAttribute("flashProblems") instanceof List<?> earlier) {
            earlier.forEach(p -> all.add(String.valueOf(p)));
        }
        return new SettingsPage(cityName(), csrf, saved instanceof String s ? s : "", all);
    }

    private static String done(SettingsChange change, String back, RedirectAttributes redirect) {
        if (change instanceof SettingsChange.Saved saved) {
            redirect.addFlashAttribute("flashSaved", saved.summary());
        } else if (change instanceof SettingsChange.Invalid invalid) {
            redirect.addFlashAttribute("flashProblems", new ArrayList<>(invalid.problems()));
        }
        return "redirect:" + back;
    }

    private Actor actor() {
        return currentActor.current().orElseThrow(() -> new AccessDeniedException("no account"));
    }

    /** The name each page says its settings are of (つくば市の設定). */
    private String cityName() {
        return municipalities.nameOf(city());
    }

    /** Every settings page is the signed-in office's own city's; the operator has none. */
    private String city() {
        return actor().ownMunicipality().orElseThrow(() -> new AccessDeniedException("自治体に属するアカウントではありません"));
    }
}
