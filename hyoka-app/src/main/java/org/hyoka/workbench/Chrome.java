package org.hyoka.workbench;

import org.hyoka.workflow.Actor;
import org.hyoka.workflow.Role;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every staff page needs around its content: who is signed in and in which city (by its name, so
 * that staff always see where they act), the token its forms carry and the page asked for (so the staff
 * menu can mark where one is). Built by {@link Workbench} for the workbench and by
 * {@link StaffChromeAdvice} for the settings and import pages.
 */
public record Chrome(Actor actor, String cityName, CsrfToken csrf, String path) {

    public boolean administrator() {
        return actor.role() == Role.ADMINISTRATOR;
    }

    /** The installation's operator, whose only page is the municipalities'. */
    public boolean operator() {
        return actor.role() == Role.OPERATOR;
    }

    /** Reviewers and the office follow every 課's progress; a division's editor sees its own work list. */
    public boolean seesProgress() {
        return actor.role() == Role.ADMINISTRATOR || actor.role() == Role.REVIEWER;
    }

    /** Where the signed-in account acts: つくば市 評価事務局, つくば市 情報政策課, つくば市 (a reviewer), 運用管理 (the operator). */
    public String place() {
        if (actor.municipalityCode() == null) {
            return "運用管理";
        }
        return cityName + (actor.role() == Role.ADMINISTRATOR ? " 評価事務局" : actor.ownDivision().map(d -> " " + d).orElse(""));
    }

    /** つくば市 情報政策課 担当課 tanaka, or つくば市 評価事務局 管理者 admin. */
    public String who() {
        return place() + " " + actor.role().label() + " " + actor.username();
    }

    /**
     * "page" when the menu entry at {@code href} is the section this page belongs to (for aria-current):
     * /workbench only for the work list and the sheets, the others for themselves and their sub-pages.
     */
    public String current(String href) {
        boolean here = href.equals("/workbench")
                ? path.equals(href) || path.startsWith("/workbench/sheets")
                : path.equals(href) || path.startsWith(href + "/");
        return here ? "page" : "false";
    }

    public String csrfName() {
        return csrf.getParameterName();
    }

    public String csrfToken() {
        return csrf.getToken();
    }

    public String csrfHeader() {
        return csrf.getHeaderName();
    }
}
