package org.hyoka.interchange.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorValue;
import org.jspecify.annotations.Nullable;

/** The three tables of Hyoka's open data, each with its file name, columns and the rows a sheet gives. */
public enum OpenDataTable {
    /** One row a sheet. */
    SHEETS("sheets", Table.of(OpenDataColumns.SHEET, List::of)),
    /** One row an indicator × year (an indicator without any year: one row, the year empty). */
    INDICATORS("indicators", Table.of(OpenDataColumns.INDICATOR, OpenDataTable::indicatorRows)),
    /** One row a sheet × year of コストの推移. */
    COSTS("costs", Table.of(OpenDataColumns.COST, sheet -> sheet.sheet().costs().stream()
            .map(cost -> new CostRow(sheet, cost)).toList()));

    private final String name;
    private final Table<?> table;

    OpenDataTable(String name, Table<?> table) {
        this.name = name;
        this.table = table;
    }

    /** sheets, indicators, costs: the file's name without its extension. */
    public String fileName() {
        return name;
    }

    public List<String> labels() {
        return table.labels();
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
