package org.hyoka.municipalities;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.hyoka.accounts.AccountChange;
import org.hyoka.accounts.Credential;
import org.hyoka.accounts.ShownCredential;
import org.hyoka.security.CurrentActor;
import org.hyoka.workbench.Chrome;
import org.hyoka.workflow.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * /operator/municipalities: the installation's operator lists the municipalities and registers one
 * with its first administrator. The operator's only page; the first administrator's credential is
 * shown once, on the answer to the registration.
 */
@Controller
class OperatorController {

    static final String HOME = "/operator/municipalities";

    private final Municipalities municipalities;
    private final MunicipalityRegistration registration;
    private final CurrentActor current;

    OperatorController(Municipalities municipalities, MunicipalityRegistration registration, CurrentActor current) {
        this.municipalities = municipalities;
        this.registration = registration;
        this.current = current;
    }

    @GetMapping(HOME)
    ModelAndView list(HttpServletRequest request) {
        return chrome(request).map(chrome -> page(chrome, "", "", "", HttpStatus.OK)).orElseGet(OperatorController::forbidden);
    }

    @PostMapping(HOME)
    ModelAndView register(@RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String administrator, @RequestParam(defaultValue = "") String handover,
            HttpServletRequest request, HttpServletResponse response) {
        Optional<Chrome> chrome = chrome(request);
        if (chrome.isEmpty()) {
            return forbidden();
        }
        Optional<Credential.Kind> kind = Credential.Kind.named(handover);
        if (kind.isEmpty()) {
            return page(chrome.get(), "パスワードの渡し方を選んでください。", code, administrator,
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        AccountChange change = registration.register(chrome.get().actor(), code, administrator, kind.get(),
                request.getRemoteAddr());
        if (change instanceof AccountChange.Issued issued) {
            response.setHeader("Cache-Control", "no-store");
            String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
            return new ModelAndView("municipalities/registered", Map.of("chrome", chrome.get(), "issued", issued,
                    "shown", new ShownCredential(issued.credential(), base)));
        }
        if (change instanceof AccountChange.Invalid invalid) {
            return page(chrome.get(), invalid.problem(), code, administrator, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return forbidden();
    }

    private ModelAndView page(Chrome chrome, String problem, String code, String administrator, HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        model.put("chrome", chrome);
        model.put("tenants", municipalities.all());
        model.put("problem", problem);
        model.put("code", code);
        model.put("administrator", administrator);
        ModelAndView view = new ModelAndView("municipalities/list", model);
        view.setStatus(status);
        return view;
    }

    /** Only the operator; the security chain says so too. */
    private Optional<Chrome> chrome(HttpServletRequest request) {
        if (!(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf)) {
            return Optional.empty();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return current.current().filter(actor -> actor.role() == Role.OPERATOR).map(actor -> new Chrome(actor, "", csrf, path));
    }

    private static ModelAndView forbidden() {
        ModelAndView view = new ModelAndView("message", Map.of("title", "この画面を使う権限がありません",
                "message", "自治体の登録は、このシステムの運用管理者だけが行えます。"));
        view.setStatus(HttpStatus.FORBIDDEN);
        return view;
    }
}
