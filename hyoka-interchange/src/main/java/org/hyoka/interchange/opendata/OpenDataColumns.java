package org.hyoka.interchange.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.hyoka.glossary.Field;
import org.hyoka.glossary.FieldDescriptor;
import org.hyoka.glossary.SheetFields;
import org.hyoka.interchange.opendata.OpenDataTable.AssessmentItemRow;
import org.hyoka.interchange.opendata.OpenDataTable.CostRow;
import org.hyoka.interchange.opendata.OpenDataTable.ExtraTextRow;
import org.hyoka.interchange.opendata.OpenDataTable.IndicatorRow;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.StrategicPlanEntry;

/**
 * The columns of the tables, made from the field descriptors ({@link SheetFields}): every field
 * of its group, in the schema's order, under its glossary label. Before them come the columns the
 * 自治体標準オープンデータセット puts first (全国地方公共団体コード, ID, 地方公共団体名); indicator and cost
 * rows and the rows of assessment items and extra texts also name their sheet (シートID, 評価年度, 番号, 事務事業名), so that each file reads on its own.
 */
final class OpenDataColumns {

    /** The standard datasets' label for the municipality's name (the glossary's is 自治体名). */
    static final String MUNICIPALITY_NAME = "地方公共団体名";
    static final String ID = "ID";
    static final String SHEET_ID = "シートID";
    static final String PUBLISHED = "公開日";

    /** Sheet fields that a row does not repeat: the format's version, and what the first columns say. */
    private static final Set<Field> NOT_REPEATED = Set.of(Field.SCHEMA_VERSION, Field.MUNICIPALITY_CODE,
            Field.MUNICIPALITY_NAME);
    /** What an indicator or cost row says of its sheet, besides the first columns. */
    private static final List<Field> SHEET_CONTEXT = List.of(Field.FISCAL_YEAR, Field.SHEET_NUMBER, Field.TITLE);

    private OpenDataColumns() {
    }

    static final List<Column<PublishedSheet>> SHEET = sheetColumns();
    static final List<Column<IndicatorRow>> INDICATOR = indicatorColumns();
    static final List<Column<CostRow>> COST = costColumns();
    static final List<Column<AssessmentItemRow>> ASSESSMENT_ITEM = itemColumns(AssessmentItemRow::sheet,
            AssessmentItemRow::number, SheetFields.ASSESSMENT_ITEM, AssessmentItemRow::item);
    static final List<Column<ExtraTextRow>> EXTRA_TEXT = itemColumns(ExtraTextRow::sheet, ExtraTextRow::number,
            SheetFields.EXTRA_TEXT, ExtraTextRow::text);

    private static List<Column<PublishedSheet>> sheetColumns() {
        List<Column<PublishedSheet>> columns = first(Function.identity(), s -> Long.toString(s.id()));
        for (FieldDescriptor<Sheet> field : SheetFields.SHEET) {
            if (!NOT_REPEATED.contains(field.field())) {
                columns.add(Column.of(field, PublishedSheet::sheet));
            }
            if (field.field() == Field.SDGS) {
                // 戦略プラン follows SDGs in the schema; its rows are lines of a cell, one line a row
                SheetFields.STRATEGIC_PLAN_ROW.forEach(planField -> columns.add(planLines(planField)));
            }
        }
        columns.add(Column.date(PUBLISHED, PublishedSheet::published));
        return List.copyOf(columns);
    }

    private static List<Column<IndicatorRow>> indicatorColumns() {
        List<Column<IndicatorRow>> columns = first(IndicatorRow::sheet, r -> r.sheet().id() + "-" + r.indicator().slot()
                + (r.value() == null ? "" : "-" + r.value().fiscalYear()));
        columns.addAll(sheetContext(IndicatorRow::sheet));
        SheetFields.INDICATOR.forEach(field -> columns.add(Column.of(field, IndicatorRow::indicator)));
        SheetFields.INDICATOR_YEAR.forEach(field -> columns.add(Column.of(field, IndicatorRow::value)));
        return List.copyOf(columns);
    }

    private static List<Column<CostRow>> costColumns() {
        List<Column<CostRow>> columns = first(CostRow::sheet, r -> r.sheet().id() + "-" + r.cost().fiscalYear());
        columns.addAll(sheetContext(CostRow::sheet));
        SheetFields.COST_YEAR.forEach(field -> columns.add(Column.of(field, CostRow::cost)));
        return List.copyOf(columns);
    }

    /** The first columns and the sheet's, then every field of the item; the ID is the sheet's id and the item's place. */
    private static <R, T> List<Column<R>> itemColumns(Function<R, PublishedSheet> sheet, ToIntFunction<R> number,
            List<FieldDescriptor<T>> fields, Function<R, T> item) {
        List<Column<R>> columns = first(sheet, r -> sheet.apply(r).id() + "-" + number.applyAsInt(r));
        columns.addAll(sheetContext(sheet));
        fields.forEach(field -> columns.add(Column.of(field, item)));
        return List.copyOf(columns);
    }

    /** 全国地方公共団体コード, ID, 地方公共団体名: the standard datasets' first three columns. */
    private static <R> List<Column<R>> first(Function<R, PublishedSheet> sheet, Function<R, String> id) {
        List<Column<R>> columns = new ArrayList<>();
        columns.add(Column.of(descriptor(Field.MUNICIPALITY_CODE), row -> sheet.apply(row).sheet()));
        columns.add(Column.identifier(ID, id));
        columns.add(new Column<>(MUNICIPALITY_NAME, Column.of(descriptor(Field.MUNICIPALITY_NAME),
                (R row) -> sheet.apply(row).sheet()).cell()));
        return columns;
    }

    private static <R> List<Column<R>> sheetContext(Function<R, PublishedSheet> sheet) {
        List<Column<R>> columns = new ArrayList<>();
        columns.add(Column.number(SHEET_ID, row -> sheet.apply(row).id()));
        SHEET_CONTEXT.forEach(field -> columns.add(Column.of(descriptor(field), row -> sheet.apply(row).sheet())));
        return columns;
    }

    /** One line a 戦略プラン row; a row without this value is an empty line, so lines stay aligned. */
    private static Column<PublishedSheet> planLines(FieldDescriptor<StrategicPlanEntry> field) {
        Column<StrategicPlanEntry> one = Column.of(field, Function.identity());
        return new Column<>(field.label(), sheet -> {
            List<StrategicPlanEntry> rows = sheet.sheet().strategicPlan();
            if (rows.isEmpty() || rows.stream().allMatch(row -> one.cell().apply(row) == null)) {
                return null;
            }
            List<String> lines = new ArrayList<>(rows.size());
            for (StrategicPlanEntry row : rows) {
                String cell = one.cell().apply(row);
                lines.add(cell == null ? "" : cell);
            }
            return String.join("\n", lines);
        });
    }

    @SuppressWarnings("unchecked")
    private static FieldDescriptor<Sheet> descriptor(Field field) {
        FieldDescriptor<?> descriptor = SheetFields.of(field)
                .orElseThrow(() -> new IllegalStateException(field + " has no descriptor"));
        if (!SheetFields.SHEET.contains(descriptor)) {
            throw new IllegalStateException(field + " is not a field of the sheet itself");
        }
        return (FieldDescriptor<Sheet>) descriptor;
    }
}
