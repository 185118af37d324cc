package org.hyoka.sheets;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * What the public still learns of a withdrawn sheet: which sheet it was (title, year, municipality),
 * why and when the office withdrew it. Nothing else of its content.
 */
public record WithdrawnSheet(long id, String title, int fiscalYear, @Nullable String municipalityName, String reason,
        Instant withdrawnAt) {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    /** The day of the withdrawal as the city dates it: in Japan. */
    public LocalDate withdrawnOn() {
        return withdrawnAt.atZone(JAPAN).toLocalDate();
    }
}
