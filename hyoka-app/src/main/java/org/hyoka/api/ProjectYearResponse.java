package org.hyoka.api;

import java.util.List;

import org.hyoka.sheets.ProjectYear;
import org.jspecify.annotations.Nullable;

/**
 * One year of a project's history in {@code /api/sheets/{id}/years}.
 *
 * @param fullCost the evaluated year's full cost in thousands of yen (千円)
 * @param direction the 方向性 decision
 * @param link how the year was linked: self, rollover, budget-account, number-and-title or title
 */
record ProjectYearResponse(int fiscalYear, long id, @Nullable Long fullCost, @Nullable String direction,
        String link, String href) {

    static List<ProjectYearResponse> of(List<ProjectYear> years) {
        return years.stream().map(y -> new ProjectYearResponse(y.fiscalYear(), y.id(), y.fullCost(), y.direction(),
                y.link().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), "/api/sheets/" + y.id()))
                .toList();
    }
}
