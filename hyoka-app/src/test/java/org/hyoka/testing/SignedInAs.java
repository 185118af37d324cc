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

    /** つくば市 082201, the sample data's city: the default for tests that do not name one. */
    public static final String DEFAULT_CITY = "082201";

    public static RequestPostProcessor administrator() {
        return administrator(DEFAULT_CITY);
    }

    public static RequestPostProcessor reviewer() {
        return reviewer(DEFAULT_CITY);
    }

    public static RequestPostProcessor editor(String division) {
        return editor(DEFAULT_CITY, division);
    }

    public static RequestPostProcessor administrator(String city) {
        return as("office", Role.ADMINISTRATOR, city, null);
    }

    public static RequestPostProcessor reviewer(String city) {
        return as("reviewer", Role.REVIEWER, city, null);
    }

    public static RequestPostProcessor editor(String city, String division) {
        return as("editor-" + Integer.toHexString(division.hashCode()), Role.EDITOR, city, division);
    }

    public static RequestPostProcessor as(String username, Role role, @Nullable String division) {
        return as(username, role, DEFAULT_CITY, division);
    }

    public static RequestPostProcessor as(String username, Role role, @Nullable String city, @Nullable String division) {
        return user(new AccountUser(username, role, city, division, true, null));
    }
}
