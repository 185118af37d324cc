package org.hyoka.sheets;

import org.jspecify.annotations.Nullable;

/**
 * One published sheet of a project's history ({@link SheetRepository#projectYears}), from the indexed columns.
 *
 * @param fullCost the evaluated year's full cost (千円), as the list shows it
 * @param direction the 方向性 decision
 * @param link how it was found to be the same project as the sheet asked about
 */
public record ProjectYear(long id, int fiscalYear, @Nullable Long fullCost, @Nullable String direction, Link link) {

    public enum Link {
        /** the sheet asked about */
        SELF,
        /** made from the other by rollover (in a chain of rollovers) */
        ROLLOVER,
        /** the same 予算科目 code */
        BUDGET_ACCOUNT,
        /** the same sheet number and the same title */
        NUMBER_AND_TITLE,
        /** the same title, no other sheet of either year bearing it */
        TITLE
    }
}
