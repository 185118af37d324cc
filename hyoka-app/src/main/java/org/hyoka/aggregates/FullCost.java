package org.hyoka.aggregates;

/**
 * One municipality's year: how many sheets it published and their total full cost (千円).
 *
 * @param sheetsWithCost the sheets that state a full cost; the total is theirs, so a reader can tell a
 *     small total from a year whose sheets mostly leave the cost blank
 */
public record FullCost(String municipalityCode, String municipalityName, int fiscalYear, long sheets,
        long sheetsWithCost, long fullCost) {
}
