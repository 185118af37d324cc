package org.hyoka.sheets;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One row of a list of sheets: the indexed columns only, so lists never parse whole documents.
 *
 * @param direction the 方向性 decision as printed, e.g. 継続
 * @param fullCost full cost of the evaluated fiscal year in 千円, as SheetFigures computes it
 * @param form the code of the sheet's printed form ({@code tsukuba}, {@code taisho-ito-kekka} …)
 */
public record SheetSummary(long id, @Nullable String municipalityCode, @Nullable String municipalityName,
        int fiscalYear, @Nullable String sheetNumber, String title, @Nullable String department,
        @Nullable String division, @Nullable String direction, @Nullable String continuity,
        @Nullable String category, @Nullable Long fullCost, List<Integer> sdgs, String form) {

    public SheetSummary {
        sdgs = List.copyOf(sdgs);
    }
}
