package org.hyoka.browse;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * 年度ごとの推移: a project's full cost, 方向性 and indicators over every year its linked sheets print
 * ({@link ProjectHistories}). A year printed by several sheets shows what the latest of them printed.
 *
 * @param years the columns, oldest first
 * @param indicators one row per indicator name, a cell per column
 */
public record ProjectHistory(List<Year> years, List<IndicatorRow> indicators) {

    public static final ProjectHistory NONE = new ProjectHistory(List.of(), List.of());

    public ProjectHistory {
        years = List.copyOf(years);
        indicators = List.copyOf(indicators);
    }

    /** Shown only where at least one other year's sheet is linked. */
    public boolean shown() {
        return years.stream().filter(y -> y.sheetId() != null).count() > 1;
    }

    /** Whether any figure shown was printed by a later year's sheet than the year's own (the note says so). */
    public boolean fromLaterSheets() {
        return years.stream().anyMatch(y -> y.costPrintedIn() != null)
                || indicators.stream().flatMap(i -> i.cells().stream()).anyMatch(c -> c.printedIn() != null);
    }

    /**
     * @param sheetId the year's own published sheet, if linked
     * @param current whether it is the sheet of the page shown
     * @param basis 決算, 予算 or 事業費計
     * @param costPrintedIn the fiscal year of the sheet the cost was taken from, where not the year's own
     */
    public record Year(int fiscalYear, @Nullable Long sheetId, boolean current, @Nullable Long fullCost,
            @Nullable String basis, @Nullable String direction, @Nullable Integer costPrintedIn) {

        public String label() {
            return Format.wareki(fiscalYear);
        }

        public @Nullable String href() {
            return sheetId == null ? null : "/sheets/" + sheetId;
        }
    }

    public record IndicatorRow(String name, @Nullable String unit, List<Cell> cells) {
        public IndicatorRow {
            cells = List.copyOf(cells);
        }
    }

    /** @param printedIn the fiscal year of the sheet the values were taken from, where not the year's own */
    public record Cell(@Nullable String target, @Nullable String actual, @Nullable String achievement,
            @Nullable Integer printedIn) {

        static final Cell EMPTY = new Cell(null, null, null, null);
    }
}
