package org.hyoka.settings;

import java.util.ArrayList;
import java.util.List;

import org.hyoka.municipalities.Municipalities;
import org.hyoka.security.CurrentActor;
import org.hyoka.workflow.Actor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/**
 * /settings/population: the signed-in administrator's own city's 人口, for the figures per resident.
 * Like the other settings pages (the security chain demands an administrator; the service checks again).
 */
@Controller
class PopulationController {

    private final Populations populations;
    private final CurrentActor currentActor;
    private final Municipalities municipalities;

    PopulationController(Populations populations, CurrentActor currentActor, Municipalities municipalities) {
        this.populations = populations;
        this.currentActor = currentActor;
        this.municipalities = municipalities;
    }

    @GetMapping("/settings/population")
    String show(CsrfToken csrf, Model model) {
        List<String> entered = populations.of(city()).map(p -> List.of(Integer.toString(p.residents()), p.source(),
                p.asOf().toString())).orElse(List.of("", "", ""));
        return page(csrf, model, List.of(), entered);
    }

    @PostMapping("/settings/population")
    String set(@Valid PopulationForm form, BindingResult errors, CsrfToken csrf, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        SettingsChange change = errors.hasErrors() ? new SettingsChange.Invalid(PopulationForm.problems(errors))
                : populations.set(form, actor(), request.getRemoteAddr());
        if (change instanceof SettingsChange.Invalid invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(csrf, model, invalid.problems(), form.entered());
        }
        redirect.addFlashAttribute("flashSaved", ((SettingsChange.Saved) change).summary());
        return "redirect:/settings/population";
    }

    private String page(CsrfToken csrf, Model model, List<String> problems, List<String> entered) {
        Object saved = model.getAttribute("flashSaved");
        model.addAttribute("page", new SettingsPage(municipalities.nameOf(city()), csrf,
                saved instanceof String s ? s : "", new ArrayList<>(problems)));
        model.addAttribute("current", populations.of(city()).map(Population::text).orElse(""));
        model.addAttribute("entered", entered);
        return "settings/population";
    }

    private Actor actor() {
        return currentActor.current().orElseThrow(() -> new AccessDeniedException("no account"));
    }

    private String city() {
        return actor().ownMunicipality().orElseThrow(() -> new AccessDeniedException("自治体に属するアカウントではありません"));
    }
}
