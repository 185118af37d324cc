package org.hyoka.sheet;

import org.jspecify.annotations.Nullable;

/** 事業の成果と課題: what was done about last year's issues, and the results. */
public record Review(@Nullable String responseToPreviousIssues, @Nullable String outcomes) {
    public static final Review NONE = new Review(null, null);
}
