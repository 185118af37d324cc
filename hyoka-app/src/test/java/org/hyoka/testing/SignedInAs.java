package org.hyoka.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.hyoka.accounts.AccountUser;
import org.hyoka.workflow.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A MockMvc request made by a signed-in account, with the same principal a password sign-in
 * gives, so that {@code CurrentActor} sees its role and 課 exactly as in production.
 */
public final class SignedInAs {

    private SignedInAs() {
    }

    public static RequestPostProcessor administrator() {
        return as("office", Role.ADMINISTRATOR, null);
    }

    public static RequestPostProcessor reviewer() {
        return as("reviewer", Role.REVIEWER, null);
    }

    public static RequestPostProcessor editor(String division) {
        return as("editor-" + Integer.toHexString(division.hashCode()), Role.EDITOR, division);
    }

    public static RequestPostProcessor as(String username, Role role, @Nullable String division) {
        return as(username, role, "082201", division);
    }

    /** An account of another municipality, or the installation's operator (no municipality, no 課). */
    public static RequestPostProcessor as(String username, Role role, @Nullable String municipalityCode,
            @Nullable String division) {
        return user(new AccountUser(username, role, municipalityCode, division, true, null));
    }
}
