package org.hyoka.accounts;

import java.time.Instant;

import org.hyoka.workflow.Role;
import org.jspecify.annotations.Nullable;

/** An account as its municipality's office manages it: never its password hash. */
public record CityAccount(long id, String username, Role role, @Nullable String division, boolean enabled,
        Instant createdAt) {

    /** The day it was made, in Japan. */
    public java.time.LocalDate createdOn() {
        return java.time.LocalDate.ofInstant(createdAt, org.hyoka.workbench.Dates.JAPAN);
    }

    /** 有効 or 無効, as the accounts page shows it. */
    public String state() {
        return enabled ? "有効" : "無効";
    }
}
