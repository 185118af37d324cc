package org.hyoka.tables;

import java.util.List;
import java.util.function.Function;

import org.hyoka.glossary.Field;
import org.hyoka.glossary.FieldGroup;
import org.hyoka.glossary.FieldDescriptor;
import org.hyoka.glossary.ValueType;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.ExtraText;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorValue;
import org.hyoka.sheet.NamedAssessment;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.StrategicPlanEntry;
import org.jspecify.annotations.Nullable;

/**
 * One column of the flat table: a descriptor placed in its row, slot or year. The header is the glossary
 * label with the slot, row and year around it (指標1_目標値_2024, 予算額_2024, 戦略プラン1_施策, 評価項目1_判定), so a person reads
 * the table without a key and a reader finds each column's field from its header alone.
 */
sealed interface Column {

    String SEPARATOR = "_";
    String INDICATOR = "指標";

    String header();

    /** 戦略プラン1_施策: also the data dictionary's pattern, with a placeholder for the row. */
    static String planHeader(Object row, String label) {
        return Field.STRATEGIC_PLAN.label() + row + SEPARATOR + label;
    }

    /** 評価項目1_判定, その他の記載事項2_内容: a repeated row of a group, numbered from 1. */
    static String rowHeader(FieldGroup group, Object row, String label) {
        return group.label() + row + SEPARATOR + label;
    }

    /** 指標1_単位, 指標1_目標値_2024. */
    static String indicatorHeader(Object slot, String label) {
        return INDICATOR + slot + SEPARATOR + label;
    }

    /** 予算額_2024, 指標1_目標値_2024. */
    static String yearHeader(String field, Object year) {
        return field + SEPARATOR + year;
    }

    /** コストの推移_年度. */
    static String costYearsHeader(String yearLabel) {
        return Field.COSTS.label() + SEPARATOR + yearLabel;
    }

    ValueType type();

    /** The interchange value this column holds for a sheet, null if the sheet does not state it. */
    @Nullable Object value(Sheet sheet);

    /** Reads a cell of this column back into the interchange value, or says why it cannot. */
    default ValueType.Parsed parse(String cell) {
        return type().parse(cell, List.of());
    }

    default String text(Sheet sheet) {
        return type().format(value(sheet));
    }

    record SheetColumn(FieldDescriptor<Sheet> field) implements Column {
        public String header() {
            return field.label();
        }

        public ValueType.Parsed parse(String cell) {
            return field.parse(cell);
        }

        public ValueType type() {
            return field.type();
        }

        public @Nullable Object value(Sheet sheet) {
            return field.read(sheet);
        }
    }

    /** @param row 1 for the first 戦略プラン row */
    record PlanColumn(int row, FieldDescriptor<StrategicPlanEntry> field) implements Column {
        public String header() {
            return planHeader(row, field.label());
        }

        public ValueType.Parsed parse(String cell) {
            return field.parse(cell);
        }

        public ValueType type() {
            return field.type();
        }

        public @Nullable Object value(Sheet sheet) {
            return sheet.strategicPlan().size() < row ? null : field.read(sheet.strategicPlan().get(row - 1));
        }
    }

    /**
     * A field of the {@code row}-th item (from 1) of a group a sheet holds any number of, in the sheet's
     * order: 評価項目1_判定, その他の記載事項2_内容.
     */
    record RowColumn<R>(int row, FieldDescriptor<R> field, Function<Sheet, List<R>> rowsOf) implements Column {
        static RowColumn<NamedAssessment> assessmentItem(int row, FieldDescriptor<NamedAssessment> field) {
            return new RowColumn<>(row, field, Sheet::assessmentItems);
        }

        static RowColumn<ExtraText> extraText(int row, FieldDescriptor<ExtraText> field) {
            return new RowColumn<>(row, field, Sheet::extraTexts);
        }

        public String header() {
            return rowHeader(field.group(), row, field.label());
        }

        public ValueType.Parsed parse(String cell) {
            return field.parse(cell);
        }

        public ValueType type() {
            return field.type();
        }

        public @Nullable Object value(Sheet sheet) {
            List<R> rows = rowsOf.apply(sheet);
            return rows.size() < row ? null : field.read(rows.get(row - 1));
        }
    }

    record IndicatorColumn(int slot, FieldDescriptor<Indicator> field) implements Column {
        public String header() {
            return indicatorHeader(slot, field.label());
        }

        public ValueType.Parsed parse(String cell) {
            return field.parse(cell);
        }

        public ValueType type() {
            return field.type();
        }

        public @Nullable Object value(Sheet sheet) {
            return sheet.indicatorInSlot(slot).map(field::read).orElse(null);
        }
    }

    /**
     * The years an indicator holds, in order: a year whose 目標値 and 実績 are both blank is still a year
     * of the sheet, and the year columns alone cannot tell it from a year the sheet does not have.
     */
    record IndicatorYearsColumn(int slot, FieldDescriptor<IndicatorValue> yearField) implements Column {
        public String header() {
            return indicatorHeader(slot, yearField.label());
        }

        public ValueType type() {
            return ValueType.INTEGER_LIST;
        }

        public @Nullable Object value(Sheet sheet) {
            List<Integer> years = sheet.indicatorInSlot(slot)
                    .map(i -> i.values().stream().map(IndicatorValue::fiscalYear).toList()).orElse(List.of());
            return years.isEmpty() ? null : years;
        }
    }

    record IndicatorYearColumn(int slot, int year, FieldDescriptor<IndicatorValue> field) implements Column {
        public String header() {
            return yearHeader(indicatorHeader(slot, field.label()), year);
        }

        public ValueType.Parsed parse(String cell) {
            return field.parse(cell);
        }

        public ValueType type() {
            return field.type();
        }

        public @Nullable Object value(Sheet sheet) {
            return sheet.indicatorInSlot(slot).flatMap(i -> i.valueOf(year)).map(field::read).orElse(null);
        }
    }

    /** The years of コストの推移 the sheet holds, in order (see {@link IndicatorYearsColumn}). */
    record CostYearsColumn(FieldDescriptor<CostYear> yearField) implements Column {
        public String header() {
            return costYearsHeader(yearField.label());
        }

        public ValueType type() {
            return ValueType.INTEGER_LIST;
        }

        public @Nullable Object value(Sheet sheet) {
            List<Integer> years = sheet.costs().stream().map(CostYear::fiscalYear).toList();
            return years.isEmpty() ? null : years;
        }
    }

    record CostColumn(int year, FieldDescriptor<CostYear> field) implements Column {
        public String header() {
            return yearHeader(field.label(), year);
        }

        public ValueType.Parsed parse(String cell) {
            return field.parse(cell);
        }

        public ValueType type() {
            return field.type();
        }

        public @Nullable Object value(Sheet sheet) {
            return sheet.costOf(year).map(field::read).orElse(null);
        }
    }
}
