package org.hyoka.dashboard;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One table of a dashboard, printed as HTML and as CSV from the same cells, and drawn as a bar chart.
 *
 * @param id the table's name in its CSV address: {@code /dashboard/<id>.csv}
 */
public record DashboardTable(String id, String title, String note, List<String> headers, List<List<Cell>> rows,
        Chart chart) {

    public DashboardTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * @param text as the page prints it (a number with separators)
     * @param csv as the CSV holds it (a number without separators)
     * @param href the list of sheets behind the cell, or none where the list cannot filter by the value
     */
    public record Cell(String text, String csv, @Nullable String href, boolean number) {
    }

    /** Bars per category, one series per legend entry, stacked when the series add up to a whole. */
    public record Chart(String unit, List<String> categories, List<Series> series, boolean stacked) {

        public Chart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }
    }

    public record Series(String name, List<Long> values, List<@Nullable String> hrefs) {
    }

    public String csvHref(DashboardScope scope) {
        return Links.dashboard("/dashboard/" + id + ".csv", scope);
    }
}
