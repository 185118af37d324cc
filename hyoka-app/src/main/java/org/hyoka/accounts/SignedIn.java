package org.hyoka.accounts;

import org.hyoka.workflow.Actor;
import org.hyoka.workflow.Role;
import org.jspecify.annotations.Nullable;

/**
 * What a signed-in principal knows about its account, whichever way it signed in (password or
 * OpenID Connect). Kept as plain fields rather than an {@link Actor}, because principals are
 * serialized into the session table and the model's records are not serializable.
 */
public interface SignedIn {

    String username();

    Role role();

    /** The municipality (全国地方公共団体コード) whose staff this is; none for the installation's operator. */
    @Nullable String municipalityCode();

    @Nullable String division();

    default Actor actor() {
        return new Actor(username(), role(), municipalityCode(), division());
    }

    static String authority(Role role) {
        return "ROLE_" + role.name();
    }
}
