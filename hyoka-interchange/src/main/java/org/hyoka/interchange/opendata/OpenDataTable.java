package org.hyoka.interchange.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.ExtraText;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorValue;
import org.hyoka.sheet.NamedAssessment;
import org.jspecify.annotations.Nullable;

/**
 * The tables of Hyoka's open data, each with its file name, columns and the rows a sheet gives. The groups
 * a sheet holds any number of have tables of their own (one row an item, in the sheet's order), except the
 * 戦略プラン rows, whose short codes and titles are lines of a cell in sheets.csv: a 所見 or an extra text
 * runs over several lines itself, so its items could not be told apart in one cell.
 */
public enum OpenDataTable {
    /** One row a sheet. */
    SHEETS("sheets", Table.of(OpenDataColumns.SHEET, List::of)),
    /** One row an indicator × year (an indicator without any year: one row, the year empty). */
    INDICATORS("indicators", Table.of(OpenDataColumns.INDICATOR, OpenDataTable::indicatorRows)),
    /** One row a sheet × year of コストの推移. */
    COSTS("costs", Table.of(OpenDataColumns.COST, sheet -> sheet.sheet().costs().stream()
            .map(cost -> new CostRow(sheet, cost)).toList())),
    /** One row a named assessment item (評価観点) of schema 1.1, in the sheet's order. */
    ASSESSMENT_ITEMS("assessment-items", Table.of(OpenDataColumns.ASSESSMENT_ITEM, sheet -> numbered(
            sheet.sheet().assessmentItems(), (number, item) -> new AssessmentItemRow(sheet, number, item)))),
    /** One row a labelled text (その他の記載事項) of schema 1.1, in the sheet's order. */
    EXTRA_TEXTS("extra-texts", Table.of(OpenDataColumns.EXTRA_TEXT, sheet -> numbered(
            sheet.sheet().extraTexts(), (number, text) -> new ExtraTextRow(sheet, number, text))));

    private final String name;
    private final Table<?> table;

    OpenDataTable(String name, Table<?> table) {
        this.name = name;
        this.table = table;
    }

    /** sheets, indicators, costs, assessment-items, extra-texts: the file's name without its extension. */
    public String fileName() {
        return name;
    }

    public List<String> labels() {
        return table.labels();
    }

    /** Each column's kind, in the order of {@link #labels()}. */
    public List<Column.Kind> kinds() {
        return table.kinds();
    }

    List<List<String>> rows(PublishedSheet sheet) {
        return table.rows(sheet);
    }

    /** An indicator in one year, with the sheet it belongs to. */
    public record IndicatorRow(PublishedSheet sheet, Indicator indicator, @Nullable IndicatorValue value) {
    }

    /** One year of a sheet's コストの推移, with the sheet. */
    public record CostRow(PublishedSheet sheet, CostYear cost) {
    }

    /**
     * A named assessment item, with the sheet it belongs to.
     *
     * @param number its place among the sheet's items, from 1
     */
    public record AssessmentItemRow(PublishedSheet sheet, int number, NamedAssessment item) {
    }

    /**
     * A labelled extra text, with the sheet it belongs to.
     *
     * @param number its place among the sheet's extra texts, from 1
     */
    public record ExtraTextRow(PublishedSheet sheet, int number, ExtraText text) {
    }

    private static <T, R> List<R> numbered(List<T> items, BiFunction<Integer, T, R> row) {
        List<R> rows = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            rows.add(row.apply(i + 1, items.get(i)));
        }
        return rows;
    }

    private static List<IndicatorRow> indicatorRows(PublishedSheet sheet) {
        List<IndicatorRow> rows = new ArrayList<>();
        for (Indicator indicator : sheet.sheet().indicators()) {
            if (indicator.values().isEmpty()) {
                rows.add(new IndicatorRow(sheet, indicator, null));
            }
            for (IndicatorValue value : indicator.values()) {
                rows.add(new IndicatorRow(sheet, indicator, value));
            }
        }
        return rows;
    }

    private record Table<R>(List<Column<R>> columns, Function<PublishedSheet, List<R>> rowsOf) {

        static <R> Table<R> of(List<Column<R>> columns, Function<PublishedSheet, List<R>> rowsOf) {
            return new Table<>(List.copyOf(columns), rowsOf);
        }

        List<String> labels() {
            return columns.stream().map(Column::label).toList();
        }

        List<Column.Kind> kinds() {
            return columns.stream().map(Column::kind).toList();
        }

        List<List<String>> rows(PublishedSheet sheet) {
            List<List<String>> rows = new ArrayList<>();
            for (R row : rowsOf.apply(sheet)) {
                List<String> cells = new ArrayList<>(columns.size());
                for (Column<R> column : columns) {
                    cells.add(column.cell().apply(row));
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
