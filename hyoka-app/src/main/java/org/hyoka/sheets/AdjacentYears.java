package org.hyoka.sheets;

import org.jspecify.annotations.Nullable;

/**
 * The published sheets of the same project a year before and a year after a sheet, as linked by
 * rollover (the year after was made from this one). Years imported without a rollover have no link.
 *
 * @param previous the id of the published sheet this one was rolled over from, if any
 * @param next the id of the published sheet rolled over from this one, if any
 */
public record AdjacentYears(@Nullable Long previous, @Nullable Long next) {

    public static final AdjacentYears NONE = new AdjacentYears(null, null);
}
