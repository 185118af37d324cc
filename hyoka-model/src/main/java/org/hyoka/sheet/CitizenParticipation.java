package org.hyoka.sheet;

import org.jspecify.annotations.Nullable;

/** 市民参加の取組状況 by PDCA stage. */
public record CitizenParticipation(@Nullable String sharing, @Nullable String planning,
        @Nullable String implementation, @Nullable String evaluation) {
    public static final CitizenParticipation NONE = new CitizenParticipation(null, null, null, null);
}
