package org.hyoka.workflow;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Someone acting in Hyoka: their role, their municipality (every role but the installation's
 * operator belongs to exactly one) and, for a division's editor, their 課 in it. Every check of
 * what an actor may read or change compares the municipality first: the same 課 name in another
 * city is another 課.
 */
public record Actor(String username, Role role, @Nullable String municipalityCode, @Nullable String division) {

    public Actor {
        if (role == Role.OPERATOR) {
            if (municipalityCode != null || division != null) {
                throw new IllegalArgumentException("the operator belongs to no municipality");
            }
        } else if (municipalityCode == null || municipalityCode.isBlank()) {
            throw new IllegalArgumentException("a " + role + " belongs to a municipality");
        }
        if (role == Role.EDITOR && (division == null || division.isBlank())) {
            throw new IllegalArgumentException("an editor belongs to a 課");
        }
    }

    public Optional<String> ownDivision() {
        return Optional.ofNullable(division);
    }

    public Optional<String> ownMunicipality() {
        return Optional.ofNullable(municipalityCode);
    }

    /** Staff of this municipality (any role but the operator). */
    public boolean belongsTo(@Nullable String code) {
        return municipalityCode != null && municipalityCode.equals(code);
    }

    /** The office of this municipality: its settings, accounts, rollover, publishing. */
    public boolean administers(@Nullable String code) {
        return role == Role.ADMINISTRATOR && belongsTo(code);
    }

    /** Reviewers and the office read their city's sheets; editors only their own 課's. */
    public boolean mayRead(Owner owner) {
        return belongsTo(owner.municipalityCode())
                && (role != Role.EDITOR || Objects.equals(division, owner.division()));
    }

    /** Editors may touch only their own division's sheets, administrators any of their city's. */
    public boolean mayEdit(Owner owner) {
        return belongsTo(owner.municipalityCode())
                && (role == Role.ADMINISTRATOR || (role == Role.EDITOR && Objects.equals(division, owner.division())));
    }
}
