package org.hyoka.workbench;

import java.util.List;
import java.util.TreeSet;

import org.hyoka.rollover.Rollover;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorValue;
import org.hyoka.sheet.Sheet;

/**
 * The editor's grid for one sheet: the printed form's year columns (six indicator years ending at the
 * evaluated year, five cost years from two before it) plus any other year the sheet already holds, so
 * that editing never drops a value; five indicator slots; 戦略プラン rows with room for more.
 */
public record FormLayout(List<Integer> indicatorYears, List<Integer> costYears, int strategicRows) {

    static final int SLOTS = Indicator.MAX_SLOTS;
    static final int SPARE_PLAN_ROWS = 2;
    static final int MAX_PLAN_ROWS = 20;

    public FormLayout {
        indicatorYears = List.copyOf(indicatorYears);
        costYears = List.copyOf(costYears);
    }

    static FormLayout of(Sheet sheet) {
        int evaluated = sheet.fiscalYear().startYear();
        TreeSet<Integer> indicatorYears = new TreeSet<>();
        for (int year = evaluated - Rollover.INDICATOR_YEARS + 1; year <= evaluated; year++) {
            indicatorYears.add(year);
        }
        for (Indicator indicator : sheet.indicators()) {
            indicator.values().stream().map(IndicatorValue::fiscalYear).forEach(indicatorYears::add);
        }
        TreeSet<Integer> costYears = new TreeSet<>();
        int first = evaluated - Rollover.COST_YEARS_BEFORE;
        for (int year = first; year < first + Rollover.COST_YEARS; year++) {
            costYears.add(year);
        }
        sheet.costs().stream().map(CostYear::fiscalYear).forEach(costYears::add);
        int rows = Math.min(MAX_PLAN_ROWS, sheet.strategicPlan().size() + SPARE_PLAN_ROWS);
        return new FormLayout(List.copyOf(indicatorYears), List.copyOf(costYears), rows);
    }

    /** Rows to read back: as many as the form had, and a few more in case a script added rows. */
    FormLayout withPlanRows(int rows) {
        return new FormLayout(indicatorYears, costYears, Math.min(MAX_PLAN_ROWS, Math.max(strategicRows, rows)));
    }

    public static List<Integer> slots() {
        return java.util.stream.IntStream.rangeClosed(1, SLOTS).boxed().toList();
    }

    public static List<Integer> sdgGoals() {
        return java.util.stream.IntStream.rangeClosed(1, 17).boxed().toList();
    }
}
