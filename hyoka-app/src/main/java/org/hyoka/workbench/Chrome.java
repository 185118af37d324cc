package org.hyoka.workbench;

import org.hyoka.workflow.Actor;
import org.hyoka.workflow.Role;
import org.springframework.security.web.csrf.CsrfToken;

/** What every workbench page needs around its content: who is signed in, and the token its forms carry. */
public record Chrome(Actor actor, CsrfToken csrf) {

    public boolean administrator() {
        return actor.role() == Role.ADMINISTRATOR;
    }

    /** Reviewers and the office follow every 課's progress; a division's editor sees its own work list. */
    public boolean seesProgress() {
        return actor.role() == Role.ADMINISTRATOR || actor.role() == Role.REVIEWER;
    }

    /** 情報政策課 担当課 tanaka, or 管理者 admin. */
    public String who() {
        return actor.ownDivision().map(d -> d + " ").orElse("") + actor.role().label() + " " + actor.username();
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
