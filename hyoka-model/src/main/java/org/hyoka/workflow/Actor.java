package org.hyoka.workflow;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Someone acting on a sheet: their role and, for a division's editor, their 課. */
public record Actor(String username, Role role, @Nullable String division) {

    public Actor {
        if (role == Role.EDITOR && (division == null || division.isBlank())) {
            throw new IllegalArgumentException("an editor belongs to a 課");
        }
    }

    public Optional<String> ownDivision() {
        return Optional.ofNullable(division);
    }

    /** Editors may touch only their own division's sheets; administrators any. */
    public boolean mayEdit(@Nullable String sheetDivision) {
        return role == Role.ADMINISTRATOR
                || (role == Role.EDITOR && division != null && division.equals(sheetDivision));
    }
}
