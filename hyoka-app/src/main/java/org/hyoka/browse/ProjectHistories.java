package org.hyoka.browse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongFunction;

import org.hyoka.arithmetic.CostFigures;
import org.hyoka.arithmetic.IndicatorFigures;
import org.hyoka.arithmetic.SheetFigures;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.ProjectYear;
import org.hyoka.sheets.StoredSheet;

/**
 * Builds 年度ごとの推移 from the sheets of a project's history. Each sheet prints several years (the years
 * before its own, sometimes plans after): for a year printed by several sheets the latest sheet's value
 * stands, because a later sheet prints the settled figure where an earlier one printed a budget or a
 * provisional actual. Years after the latest sheet's own are plans, not history, and are left out.
 * Indicators are matched across years by name (NFKC, spaces removed), as the sheets carry no indicator id.
 */
final class ProjectHistories {

    private ProjectHistories() {
    }

    /**
     * @param years the linked sheets ({@code SheetRepository.projectYears}), oldest first
     * @param current the sheet of the page
     * @param load the published sheet of an id (the page's own is passed as {@code current})
     */
    static ProjectHistory of(List<ProjectYear> years, StoredSheet current, LongFunction<Optional<StoredSheet>> load) {
        if (years.size() < 2) {
            return ProjectHistory.NONE;
        }
        // oldest first, so that a later sheet's value replaces an earlier one's
        List<Map.Entry<ProjectYear, Sheet>> sheets = new ArrayList<>();
        for (ProjectYear year : years) {
            Optional<StoredSheet> stored = year.id() == current.id() ? Optional.of(current) : load.apply(year.id());
            stored.ifPresent(s -> sheets.add(Map.entry(year, s.sheet())));
        }
        if (sheets.size() < 2) {
            return ProjectHistory.NONE;
        }
        int last = sheets.get(sheets.size() - 1).getKey().fiscalYear();
        TreeSet<Integer> columns = new TreeSet<>();
        Map<Integer, CostFigures> costs = new TreeMap<>();
        Map<Integer, Integer> costFrom = new TreeMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        Map<String, Map<Integer, ProjectHistory.Cell>> cells = new LinkedHashMap<>();
        for (Map.Entry<ProjectYear, Sheet> entry : sheets) {
            int printedBy = entry.getKey().fiscalYear();
            columns.add(printedBy);
            SheetFigures figures = SheetFigures.of(entry.getValue());
            for (CostFigures cost : figures.costs()) {
                if (cost.fiscalYear() <= last) {
                    columns.add(cost.fiscalYear());
                    costs.put(cost.fiscalYear(), cost);
                    costFrom.put(cost.fiscalYear(), printedBy);
                }
            }
            for (IndicatorFigures indicator : figures.indicators()) {
                String key = Normalizer.normalize(indicator.name(), Normalizer.Form.NFKC).replaceAll("\\s+", "");
                names.put(key, indicator.name());
                if (indicator.unit() != null) {
                    units.put(key, indicator.unit());
                }
                Map<Integer, ProjectHistory.Cell> row = cells.computeIfAbsent(key, k -> new TreeMap<>());
                for (IndicatorFigures.YearFigures year : indicator.years()) {
                    if (year.fiscalYear() <= last && (year.target() != null || year.actual() != null)) {
                        columns.add(year.fiscalYear());
                        row.put(year.fiscalYear(), new ProjectHistory.Cell(Format.plain(year.target()),
                                Format.plain(year.actual()), IndicatorView.achievement(year.achievement()),
                                year.fiscalYear() == printedBy ? null : printedBy));
                    }
                }
            }
        }
        Map<Integer, ProjectYear> own = new TreeMap<>();
        sheets.forEach(entry -> own.put(entry.getKey().fiscalYear(), entry.getKey()));
        List<ProjectHistory.Year> yearViews = new ArrayList<>();
        for (int year : columns) {
            ProjectYear sheet = own.get(year);
            CostFigures cost = costs.get(year);
            Integer from = costFrom.get(year);
            yearViews.add(new ProjectHistory.Year(year, sheet == null ? null : sheet.id(),
                    sheet != null && sheet.id() == current.id(), cost == null ? null : cost.fullCost(),
                    cost == null ? null : cost.basis().label(), sheet == null ? null : sheet.direction(),
                    from == null || from == year ? null : from));
        }
        List<ProjectHistory.IndicatorRow> rows = new ArrayList<>();
        cells.forEach((key, row) -> rows.add(new ProjectHistory.IndicatorRow(names.get(key), units.get(key),
                columns.stream().map(year -> row.getOrDefault(year, ProjectHistory.Cell.EMPTY)).toList())));
        return new ProjectHistory(yearViews, rows);
    }
}
