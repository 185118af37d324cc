package org.hyoka.sheet;

import org.jspecify.annotations.Nullable;

/** One self-assessment item: a score from 1 to 5 and its comment. */
public record Score(@Nullable Integer score, @Nullable String comment) {
    public static final Score NONE = new Score(null, null);
}
