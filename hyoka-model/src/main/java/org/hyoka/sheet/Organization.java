package org.hyoka.sheet;

import org.jspecify.annotations.Nullable;

/** 担当部課 split into 部 and 課, plus the optional 係名. */
public record Organization(@Nullable String department, @Nullable String division, @Nullable String section) {
    public static final Organization NONE = new Organization(null, null, null);
}
