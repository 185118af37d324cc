package org.hyoka.sheet;

import org.jspecify.annotations.Nullable;

/** 課題: in the work itself (業務) and in organisation and budget (組織、予算等). */
public record Challenges(@Nullable String operations, @Nullable String organizationAndBudget) {
    public static final Challenges NONE = new Challenges(null, null);
}
