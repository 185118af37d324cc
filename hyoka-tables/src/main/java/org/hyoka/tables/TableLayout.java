package org.hyoka.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.hyoka.glossary.FieldDescriptor;
import org.hyoka.glossary.FieldGroup;
import org.hyoka.glossary.SheetFields;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.ExtraText;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorValue;
import org.hyoka.sheet.NamedAssessment;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.StrategicPlanEntry;

/**
 * The columns of one flat table: every sheet-level field, as many 戦略プラン rows, indicator slots (at least
 * the つくば市 form's five), 評価項目 and その他の記載事項 as the longest sheet has, with every indicator year
 * and every cost year any sheet holds. Like the interchange format, the table is of the lowest schema
 * version that holds its sheets: a table of つくば市 sheets has only 1.0 columns, exactly as before 1.1,
 * and one 1.1 sheet brings every 1.1 column (様式, 政策体系, 記号, 事業費計 …).
 *
 * @param schema11 whether the table has the columns only schema 1.1 holds
 * @param indicatorSlots the indicator slots 1..n, n from {@link Indicator#MAX_SLOTS} to {@link Indicator#MAX_INDICATORS}
 */
public record TableLayout(boolean schema11, int planRows, int indicatorSlots, List<Integer> indicatorYears,
        List<Integer> costYears, int assessmentItems, int extraTexts) {

    public TableLayout {
        if (indicatorSlots < Indicator.MAX_SLOTS || indicatorSlots > Indicator.MAX_INDICATORS) {
            throw new IllegalArgumentException("indicator slots must be " + Indicator.MAX_SLOTS + "–"
                    + Indicator.MAX_INDICATORS + ", was " + indicatorSlots);
        }
        if (planRows < 0 || assessmentItems < 0 || extraTexts < 0) {
            throw new IllegalArgumentException("a number of rows cannot be negative");
        }
        if (!schema11 && (indicatorSlots > Indicator.MAX_SLOTS || assessmentItems > 0 || extraTexts > 0)) {
            throw new IllegalArgumentException("only a 1.1 table has more than " + Indicator.MAX_SLOTS
                    + " indicators, assessment items or extra texts");
        }
        indicatorYears = List.copyOf(new TreeSet<>(indicatorYears));
        costYears = List.copyOf(new TreeSet<>(costYears));
    }

    /** The layout that holds every value of these sheets. */
    public static TableLayout of(Iterable<Sheet> sheets) {
        boolean schema11 = false;
        int rows = 1;
        int slots = Indicator.MAX_SLOTS;
        int items = 0;
        int texts = 0;
        TreeSet<Integer> indicatorYears = new TreeSet<>();
        TreeSet<Integer> costYears = new TreeSet<>();
        for (Sheet sheet : sheets) {
            schema11 |= sheet.schemaVersion().equals(Sheet.SCHEMA_VERSION_11);
            rows = Math.max(rows, sheet.strategicPlan().size());
            for (Indicator indicator : sheet.indicators()) {
                slots = Math.max(slots, indicator.slot());
                indicator.values().stream().map(IndicatorValue::fiscalYear).forEach(indicatorYears::add);
            }
            sheet.costs().stream().map(CostYear::fiscalYear).forEach(costYears::add);
            items = Math.max(items, sheet.assessmentItems().size());
            texts = Math.max(texts, sheet.extraTexts().size());
        }
        return new TableLayout(schema11, rows, slots, List.copyOf(indicatorYears), List.copyOf(costYears), items, texts);
    }

    /**
     * Refuses a sheet that has more than the layout's columns hold (a layout decided before the sheets were
     * all seen): its extra 戦略プラン rows, slots, years or items would otherwise be silently left out.
     *
     * @throws IllegalArgumentException naming the sheet and what does not fit
     */
    void requireFits(Sheet sheet) {
        List<String> over = new ArrayList<>();
        if (!schema11 && sheet.schemaVersion().equals(Sheet.SCHEMA_VERSION_11)) {
            over.add("形式1.1の項目");
        }
        if (sheet.strategicPlan().size() > planRows) {
            over.add("戦略プラン" + sheet.strategicPlan().size() + "行");
        }
        for (Indicator indicator : sheet.indicators()) {
            if (indicator.slot() > indicatorSlots) {
                over.add("指標" + indicator.slot());
            }
            indicator.values().stream().map(IndicatorValue::fiscalYear).filter(y -> !indicatorYears.contains(y))
                    .forEach(y -> over.add("指標" + indicator.slot() + "の" + y + "年度"));
        }
        sheet.costs().stream().map(CostYear::fiscalYear).filter(y -> !costYears.contains(y))
                .forEach(y -> over.add("コストの" + y + "年度"));
        if (sheet.assessmentItems().size() > assessmentItems) {
            over.add("評価項目" + sheet.assessmentItems().size() + "件");
        }
        if (sheet.extraTexts().size() > extraTexts) {
            over.add("その他の記載事項" + sheet.extraTexts().size() + "件");
        }
        if (!over.isEmpty()) {
            throw new IllegalArgumentException("シート「" + sheet.title() + "」（" + sheet.fiscalYear().startYear()
                    + "年度）の" + String.join("、", over) + "は一覧表の列にありません");
        }
    }

    /** The columns in table order: sheet fields in schema order with the repeated groups where the schema has them. */
    List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        for (FieldDescriptor<Sheet> field : SheetFields.SHEET) {
            if (holds(field)) {
                columns.add(new Column.SheetColumn(field));
            }
            for (FieldGroup group : SheetFields.groupsAfter(field)) {
                switch (group) {
                    case STRATEGIC_PLAN_ROW -> planColumns(columns);
                    case INDICATOR -> indicatorColumns(columns);
                    case COST_YEAR -> costColumns(columns);
                    case ASSESSMENT_ITEM -> assessmentColumns(columns);
                    case EXTRA_TEXT -> extraTextColumns(columns);
                    case SHEET, INDICATOR_YEAR -> {
                        // the indicator's years are columns of its slot
                    }
                }
            }
        }
        return columns;
    }

    private boolean holds(FieldDescriptor<?> field) {
        return holds(schema11, field);
    }

    /**
     * Whether a table has a column of its own for the field (in each row, slot and year): every 1.0 field,
     * and the 1.1 fields in a 1.1 table; not a key, which is in the column names (指標1_…) or a 年度 column.
     */
    static boolean holds(boolean schema11, FieldDescriptor<?> field) {
        return !field.key() && (schema11 || !SchemaVersions.only11(field));
    }

    private void planColumns(List<Column> columns) {
        for (int row = 1; row <= planRows; row++) {
            for (FieldDescriptor<StrategicPlanEntry> field : SheetFields.STRATEGIC_PLAN_ROW) {
                columns.add(new Column.PlanColumn(row, field));
            }
        }
    }

    private void indicatorColumns(List<Column> columns) {
        for (int slot = 1; slot <= indicatorSlots; slot++) {
            for (FieldDescriptor<Indicator> field : SheetFields.INDICATOR) {
                if (holds(field)) {
                    columns.add(new Column.IndicatorColumn(slot, field));
                }
            }
            columns.add(new Column.IndicatorYearsColumn(slot, yearKey(SheetFields.INDICATOR_YEAR)));
            for (int year : indicatorYears) {
                for (FieldDescriptor<IndicatorValue> field : SheetFields.INDICATOR_YEAR) {
                    if (holds(field)) {
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
                if (holds(field)) {
                    columns.add(new Column.CostColumn(year, field));
                }
            }
        }
    }

    private void assessmentColumns(List<Column> columns) {
        for (int row = 1; row <= assessmentItems; row++) {
            for (FieldDescriptor<NamedAssessment> field : SheetFields.ASSESSMENT_ITEM) {
                columns.add(Column.RowColumn.assessmentItem(row, field));
            }
        }
    }

    private void extraTextColumns(List<Column> columns) {
        for (int row = 1; row <= extraTexts; row++) {
            for (FieldDescriptor<ExtraText> field : SheetFields.EXTRA_TEXT) {
                columns.add(Column.RowColumn.extraText(row, field));
            }
        }
    }

    static <R> FieldDescriptor<R> yearKey(List<FieldDescriptor<R>> group) {
        return group.stream().filter(FieldDescriptor::key).findFirst().orElseThrow();
    }
}
