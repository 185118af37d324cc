package org.hyoka.dashboard;

import java.util.List;

/**
 * What the dashboard page prints.
 *
 * @param heading 大船渡市 令和6年度（2024）, or すべての自治体
 * @param years the years held for the chosen municipality (or all), to switch between
 * @param chartJson the charts' numbers and links, already safe inside a script element
 */
public record DashboardPage(DashboardScope scope, String heading, List<Choice> municipalities, List<Choice> years,
        List<DashboardTable> tables, String chartJson, List<String> problems) {

    public DashboardPage {
        municipalities = List.copyOf(municipalities);
        years = List.copyOf(years);
        tables = List.copyOf(tables);
        problems = List.copyOf(problems);
    }

    /** One value of a select: its parameter value, its label, whether chosen. */
    public record Choice(String value, String label, boolean selected) {
    }

    public String csvHref(DashboardTable table) {
        return table.csvHref(scope);
    }
}
