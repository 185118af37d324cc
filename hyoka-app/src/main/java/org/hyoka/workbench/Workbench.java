package org.hyoka.workbench;

import java.util.Map;
import java.util.Optional;

import org.hyoka.evaluation.EvaluationService;
import org.hyoka.evaluation.WorkingSheet;
import org.hyoka.municipalities.Municipalities;
import org.hyoka.security.CurrentActor;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the workbench's controllers share: the acting user, where a request came from for the audit
 * log, and the pages for "not yours" and "not found". The security chain already demands a login for
 * /workbench/**; each controller still asks here, so that no route relies on one line of configuration.
 */
@Component
class Workbench {

    private final CurrentActor current;
    private final EvaluationService evaluation;
    private final Municipalities municipalities;

    Workbench(CurrentActor current, EvaluationService evaluation, Municipalities municipalities) {
        this.current = current;
        this.evaluation = evaluation;
        this.municipalities = municipalities;
    }

    /** The signed-in user and the sheet they asked for, or the page that says why they cannot have it. */
    sealed interface Opened {
        record Ready(Chrome chrome, long id, WorkingSheet working) implements Opened {
        }

        record Refused(ModelAndView page) implements Opened {
        }
    }

    Opened open(String id, HttpServletRequest request) {
        Optional<Chrome> chrome = chrome(request);
        if (chrome.isEmpty()) {
            return new Opened.Refused(forbidden());
        }
        Optional<Long> sheetId = id(id);
        Optional<WorkingSheet> working = sheetId.flatMap(n -> evaluation.working(n, chrome.get().actor()));
        if (working.isEmpty()) {
            return new Opened.Refused(notFound("シート「" + id + "」"));
        }
        return new Opened.Ready(chrome.get(), sheetId.get(), working.get());
    }

    Optional<Chrome> chrome(HttpServletRequest request) {
        Object token = request.getAttribute(CsrfToken.class.getName());
        if (!(token instanceof CsrfToken csrf)) {
            return Optional.empty();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return current.current().map(actor -> new Chrome(actor, cityName(actor), csrf, path));
    }

    /** The name of the actor's city as registered (the code itself if it is not), empty for the operator. */
    String cityName(Actor actor) {
        return actor.ownMunicipality().map(municipalities::nameOf).orElse("");
    }

    Optional<Chrome> chrome(HttpServletRequest request, Role... roles) {
        return chrome(request).filter(c -> java.util.Arrays.asList(roles).contains(c.actor().role()));
    }

    /** The remote address as the servlet container reports it (behind a proxy: configure forwarded headers). */
    static String from(HttpServletRequest request) {
        return request.getRemoteAddr();
    }

    static ModelAndView page(String template, Chrome chrome, Map<String, ?> model) {
        ModelAndView view = new ModelAndView("workbench/" + template);
        view.addObject("chrome", chrome);
        view.addAllObjects(model);
        return view;
    }

    static ModelAndView forbidden() {
        return message(HttpStatus.FORBIDDEN, "この画面を使う権限がありません",
                "この操作は担当の職員だけが行えます。別のアカウントでログインし直すか、評価事務局にお問い合わせください。");
    }

    static ModelAndView notFound(String what) {
        return message(HttpStatus.NOT_FOUND, "見つかりません", what
                + "は見つからないか、見る権限がありません。作業一覧から選び直してください。");
    }

    static ModelAndView message(HttpStatus status, String title, String message) {
        ModelAndView view = new ModelAndView("message", Map.of("title", title, "message", message));
        view.setStatus(status);
        return view;
    }

    static Optional<Long> id(String text) {
        try {
            return Optional.of(Long.parseLong(text)).filter(n -> n > 0);
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** Whether this actor's role is one of these. */
    static boolean is(Actor actor, Role... roles) {
        return java.util.Arrays.asList(roles).contains(actor.role());
    }
}
