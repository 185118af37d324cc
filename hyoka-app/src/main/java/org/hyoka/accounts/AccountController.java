package org.hyoka.accounts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hyoka.security.CurrentActor;
import org.hyoka.workbench.Chrome;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * /workbench/accounts: the office's accounts page. The service decides who may do what; this only
 * binds the form, asks for the ticked confirmation before disabling and resetting, and shows a new
 * credential once, on the page that answers the request (never through a redirect, whose flash
 * would rest in the session table), with caching forbidden.
 */
@Controller
class AccountController {

    static final String HOME = "/workbench/accounts";

    private final AccountAdministration administration;
    private final CurrentActor current;
    private final org.hyoka.municipalities.Municipalities municipalities;

    AccountController(AccountAdministration administration, CurrentActor current,
            org.hyoka.municipalities.Municipalities municipalities) {
        this.municipalities = municipalities;
        this.administration = administration;
        this.current = current;
    }

    @GetMapping(HOME)
    ModelAndView list(HttpServletRequest request) {
        return chrome(request).map(chrome -> listPage(chrome, null, new AccountForm("", "", "", ""), HttpStatus.OK))
                .orElseGet(AccountController::forbidden);
    }

    @PostMapping(HOME)
    ModelAndView create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "") String division, @RequestParam(defaultValue = "") String handover,
            HttpServletRequest request, HttpServletResponse response) {
        Optional<Chrome> chrome = chrome(request);
        if (chrome.isEmpty()) {
            return forbidden();
        }
        AccountForm form = new AccountForm(username, role, division, handover);
        Optional<Role> chosen = Role.named(role);
        Optional<Credential.Kind> kind = Credential.Kind.named(handover);
        if (chosen.isEmpty() || kind.isEmpty()) {
            return listPage(chrome.get(), "役割と、パスワードの渡し方を選んでください。", form, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        AccountChange change = administration.create(chrome.get().actor(), username, chosen.get(), division,
                kind.get(), request.getRemoteAddr());
        if (change instanceof AccountChange.Invalid invalid) {
            return listPage(chrome.get(), invalid.problem(), form, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return answer(change, chrome.get(), request, response, null);
    }

    @GetMapping(HOME + "/{id}")
    ModelAndView show(@PathVariable String id, HttpServletRequest request) {
        Optional<Chrome> chrome = chrome(request);
        if (chrome.isEmpty()) {
            return forbidden();
        }
        return accountPage(chrome.get(), id, null, HttpStatus.OK);
    }

    @PostMapping(HOME + "/{id}/role")
    ModelAndView change(@PathVariable String id, @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "") String division, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, request, response, redirect, (actor, n) -> Role.named(role)
                .map(r -> administration.change(actor, n, r, division, request.getRemoteAddr()))
                .orElse(new AccountChange.Invalid("役割は管理者・担当課・評価者から選んでください。")));
    }

    @PostMapping(HOME + "/{id}/disable")
    ModelAndView disable(@PathVariable String id, @RequestParam(defaultValue = "") String confirm,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        // the box is required in the form too; a browser without that check, or a crafted post, is stopped here
        return act(id, request, response, redirect, (actor, n) -> confirm.equals("yes")
                ? administration.setEnabled(actor, n, false, request.getRemoteAddr())
                : unconfirmed("無効にする"));
    }

    @PostMapping(HOME + "/{id}/enable")
    ModelAndView enable(@PathVariable String id, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, request, response, redirect,
                (actor, n) -> administration.setEnabled(actor, n, true, request.getRemoteAddr()));
    }

    @PostMapping(HOME + "/{id}/reset")
    ModelAndView reset(@PathVariable String id, @RequestParam(defaultValue = "") String handover,
            @RequestParam(defaultValue = "") String confirm, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, request, response, redirect, (actor, n) -> {
            Optional<Credential.Kind> kind = Credential.Kind.named(handover);
            if (kind.isEmpty()) {
                return new AccountChange.Invalid("パスワードの渡し方（ワンタイムリンクか初期パスワード）を選んでください。");
            }
            return confirm.equals("yes") ? administration.reset(actor, n, kind.get(), request.getRemoteAddr())
                    : unconfirmed("パスワードをリセットする");
        });
    }

    private interface Action {
        AccountChange on(Actor actor, long id);
    }

    private ModelAndView act(String id, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect, Action action) {
        Optional<Chrome> chrome = chrome(request);
        if (chrome.isEmpty()) {
            return forbidden();
        }
        Optional<Long> number = number(id);
        if (number.isEmpty() || administration.find(chrome.get().actor(), number.get()).isEmpty()) {
            return notFound(id);
        }
        AccountChange change = action.on(chrome.get().actor(), number.get());
        if (change instanceof AccountChange.Invalid invalid) {
            return accountPage(chrome.get(), id, invalid.problem(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return answer(change, chrome.get(), request, response, redirect);
    }

    private ModelAndView answer(AccountChange change, Chrome chrome, HttpServletRequest request,
            HttpServletResponse response, @Nullable RedirectAttributes redirect) {
        if (change instanceof AccountChange.Issued issued) {
            return issuedPage(chrome, issued, request, response);
        }
        if (change instanceof AccountChange.Changed changed) {
            if (redirect != null) {
                redirect.addFlashAttribute("saved", changed.message());
            }
            return new ModelAndView("redirect:" + HOME + "/" + changed.id());
        }
        if (change instanceof AccountChange.Invalid invalid) {
            return listPage(chrome, invalid.problem(), new AccountForm("", "", "", ""), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return change instanceof AccountChange.NotFound ? notFound("") : forbidden();
    }

    /** The credential, once: the browser is told to keep no copy, and nothing on the server holds it as text. */
    static ModelAndView issuedPage(Chrome chrome, AccountChange.Issued issued, HttpServletRequest request,
            HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        return page("issued", chrome, Map.of("issued", issued, "shown", new ShownCredential(issued.credential(), base)),
                HttpStatus.OK);
    }

    private ModelAndView listPage(Chrome chrome, @Nullable String problem, AccountForm form, HttpStatus status) {
        List<CityAccount> accounts = administration.list(chrome.actor()).orElse(List.of());
        Map<String, Object> model = new HashMap<>();
        model.put("accounts", accounts);
        model.put("divisions", administration.divisions(chrome.actor().municipalityCode()));
        model.put("problem", problem == null ? "" : problem);
        model.put("form", form);
        return page("list", chrome, model, status);
    }

    private ModelAndView accountPage(Chrome chrome, String id, @Nullable String problem, HttpStatus status) {
        Optional<CityAccount> account = number(id).flatMap(n -> administration.find(chrome.actor(), n));
        if (account.isEmpty()) {
            return notFound(id);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("account", account.get());
        model.put("divisions", administration.divisions(chrome.actor().municipalityCode()));
        model.put("problem", problem == null ? "" : problem);
        model.put("self", account.get().username().equals(chrome.actor().username()));
        return page("account", chrome, model, status);
    }

    private static AccountChange unconfirmed(String what) {
        return new AccountChange.Invalid("「" + what + "」の前に、確認の欄にチェックを入れてください。まだ何も変わっていません。");
    }

    /** Only the office of a city; the security chain says so too, this is the second lock. */
    private Optional<Chrome> chrome(HttpServletRequest request) {
        if (!(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf)) {
            return Optional.empty();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return current.current().filter(actor -> actor.role() == Role.ADMINISTRATOR)
                .map(actor -> new Chrome(actor, actor.ownMunicipality().map(municipalities::nameOf).orElse(""), csrf, path));
    }

    static ModelAndView page(String template, Chrome chrome, Map<String, ?> model, HttpStatus status) {
        ModelAndView view = new ModelAndView("accounts/" + template);
        view.addObject("chrome", chrome);
        view.addAllObjects(model);
        view.setStatus(status);
        return view;
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text)).filter(n -> n > 0);
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    static ModelAndView forbidden() {
        return message(HttpStatus.FORBIDDEN, "この画面を使う権限がありません",
                "アカウントの管理は、その自治体の管理者（評価事務局）だけが行えます。");
    }

    private static ModelAndView notFound(String id) {
        return message(HttpStatus.NOT_FOUND, "見つかりません", "アカウント" + (id.isEmpty() ? "" : "「" + id + "」")
                + "は見つからないか、管理する権限がありません。アカウントの一覧から選び直してください。");
    }

    static ModelAndView message(HttpStatus status, String title, String message) {
        ModelAndView view = new ModelAndView("message", Map.of("title", title, "message", message));
        view.setStatus(status);
        return view;
    }
}
