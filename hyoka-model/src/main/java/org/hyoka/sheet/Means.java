package org.hyoka.sheet;

import org.jspecify.annotations.Nullable;

/** 手段（主な活動）: what was done last year (前年度実績) and what is planned this year (今年度計画). */
public record Means(@Nullable String previousYear, @Nullable String currentYear) {
    public static final Means NONE = new Means(null, null);

    public boolean isEmpty() {
        return previousYear == null && currentYear == null;
    }
}
