package org.hyoka.accounts;

import org.hyoka.workflow.Actor;
import org.hyoka.workflow.Role;
import org.jspecify.annotations.Nullable;

/** A stored account, without its password hash. */
public record Account(long id, String username, Role role, @Nullable String municipalityCode,
        @Nullable String division, boolean enabled) {

    public Actor actor() {
        return new Actor(username, role, municipalityCode, division);
    }
}
