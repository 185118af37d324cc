package org.hyoka.sheet;

import org.jspecify.annotations.Nullable;

/** 事業期間 as printed, with its years where the print names them. */
public record Period(@Nullable String text, @Nullable Integer startFiscalYear, @Nullable Integer endFiscalYear) {
    public static final Period NONE = new Period(null, null, null);
}
