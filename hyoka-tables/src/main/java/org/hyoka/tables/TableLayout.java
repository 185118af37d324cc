package org.hyoka.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.hyoka.glossary.FieldDescriptor;
import org.hyoka.glossary.SheetFields;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorValue;
import org.hyoka.sheet.Sheet;

/**
 * The columns of one flat table: every sheet-level field, as many 戦略プラン rows as the longest sheet has,
 * five indicator slots with every indicator year any sheet holds, and every cost year any sheet holds.
 */
public record TableLayout(int planRows, List<Integer> indicatorYears, List<Integer> costYears) {

    public TableLayout {
        indicatorYears = List.copyOf(new TreeSet<>(indicatorYears));
        costYears = List.copyOf(new TreeSet<>(costYears));
    }

    /** The layout that holds every value of these sheets. */
    public static TableLayout of(Iterable<Sheet> sheets) {
        int rows = 1;
        TreeSet<Integer> indicatorYears = new TreeSet<>();
        TreeSet<Integer> costYears = new TreeSet<>();
        for (Sheet sheet : sheets) {
            rows = Math.max(rows, sheet.strategicPlan().size());
            for (Indicator indicator : sheet.indicators()) {
                indicator.values().stream().map(IndicatorValue::fiscalYear).forEach(indicatorYears::add);
            }
            sheet.costs().stream().map(CostYear::fiscalYear).forEach(costYears::add);
        }
        return new TableLayout(rows, List.copyOf(indicatorYears), List.copyOf(costYears));
    }

    /** The columns in table order: sheet fields in schema order with the repeated groups where the schema has them. */
    List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        for (FieldDescriptor<Sheet> field : SheetFields.SHEET) {
            columns.add(new Column.SheetColumn(field));
            if (field.name().equals("individualPlans")) {
                planColumns(columns);
            } else if (field.name().equals("activities")) {
                indicatorColumns(columns);
                costColumns(columns);
            }
        }
        return columns;
    }

    private void planColumns(List<Column> columns) {
        for (int row = 1; row <= planRows; row++) {
            for (FieldDescriptor<org.hyoka.sheet.StrategicPlanEntry> field : SheetFields.STRATEGIC_PLAN_ROW) {
                columns.add(new Column.PlanColumn(row, field));
            }
        }
    }

    private void indicatorColumns(List<Column> columns) {
        for (int slot = 1; slot <= Indicator.MAX_SLOTS; slot++) {
            for (FieldDescriptor<Indicator> field : SheetFields.INDICATOR) {
                if (!field.key()) {
                    columns.add(new Column.IndicatorColumn(slot, field));
                }
            }
            columns.add(new Column.IndicatorYearsColumn(slot, yearKey(SheetFields.INDICATOR_YEAR)));
            for (int year : indicatorYears) {
                for (FieldDescriptor<IndicatorValue> field : SheetFields.INDICATOR_YEAR) {
                    if (!field.key()) {
                        columns.add(new Column.IndicatorYearColumn(slot, year, field));
                    }
                }
            }
        }
    }

    private void costColumns(List<Column> columns) {
        columns.add(new Column.CostYearsColumn(yearKey(SheetFields.COST_YEAR)));
        for (int year : costYears) {
            for (FieldDescriptor<CostYear> field : SheetFields.COST_YEAR) {
                if (!field.key()) {
                    columns.add(new Column.CostColumn(year, field));
                }
            }
        }
    }

    static <R> FieldDescriptor<R> yearKey(List<FieldDescriptor<R>> group) {
        return group.stream().filter(FieldDescriptor::key).findFirst().orElseThrow();
    }
}
