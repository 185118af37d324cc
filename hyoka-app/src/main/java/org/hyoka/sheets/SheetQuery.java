package org.hyoka.sheets;

import org.jspecify.annotations.Nullable;

/**
 * Filters, order and page of a list of sheets; a null filter does not filter.
 *
 * @param form the code of a printed form ({@code tsukuba}, {@code taisho-ito-kekka} …)
 * @param achievement an {@code AchievementClass} code: sheets with at least one indicator of that class
 * @param indicatorKind an {@code IndicatorKind} name: narrows {@code achievement} to indicators of that kind
 *        (alone: sheets with at least one indicator of that kind)
 * @param policy a 政策/施策/基本事業 number of {@code sheet_policy}, any tier
 */
public record SheetQuery(@Nullable String municipalityCode, @Nullable Integer fiscalYear,
        @Nullable String department, @Nullable String division, @Nullable String direction,
        @Nullable Integer sdg, @Nullable String strategicPlanCode, @Nullable String category,
        @Nullable String continuity, @Nullable String form, @Nullable String achievement,
        @Nullable String indicatorKind, @Nullable String policy, SheetSort sort, int page, int size) {

    public static final int MAX_SIZE = 200;

    public SheetQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more: " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE + ": " + size);
        }
    }

    /** A query without the indicator and policy filters. */
    public SheetQuery(@Nullable String municipalityCode, @Nullable Integer fiscalYear, @Nullable String department,
            @Nullable String division, @Nullable String direction, @Nullable Integer sdg,
            @Nullable String strategicPlanCode, @Nullable String category, @Nullable String continuity,
            @Nullable String form, SheetSort sort, int page, int size) {
        this(municipalityCode, fiscalYear, department, division, direction, sdg, strategicPlanCode, category,
                continuity, form, null, null, null, sort, page, size);
    }

    /** A query over sheets of every form. */
    public SheetQuery(@Nullable String municipalityCode, @Nullable Integer fiscalYear, @Nullable String department,
            @Nullable String division, @Nullable String direction, @Nullable Integer sdg,
            @Nullable String strategicPlanCode, @Nullable String category, @Nullable String continuity,
            SheetSort sort, int page, int size) {
        this(municipalityCode, fiscalYear, department, division, direction, sdg, strategicPlanCode, category,
                continuity, null, sort, page, size);
    }

    /** Everything, in printed order, first page of the given size. */
    public static SheetQuery all(int size) {
        return new SheetQuery(null, null, null, null, null, null, null, null, null, null, SheetSort.NUMBER, 0, size);
    }

    public long offset() {
        return (long) page * size;
    }

    public SheetQuery withPage(int newPage) {
        return new SheetQuery(municipalityCode, fiscalYear, department, division, direction, sdg,
                strategicPlanCode, category, continuity, form, achievement, indicatorKind, policy, sort, newPage, size);
    }
}
