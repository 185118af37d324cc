package org.hyoka.settings;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** One 部/課/係 of the city; section is null for a 課 without 係. */
public record OrgUnit(long id, String department, String division, @Nullable String section) {

    public Optional<String> sectionName() {
        return Optional.ofNullable(section);
    }
}
