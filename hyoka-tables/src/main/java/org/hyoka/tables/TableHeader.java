package org.hyoka.tables;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.hyoka.glossary.Field;
import org.hyoka.glossary.FieldDescriptor;
import org.hyoka.glossary.FieldGroup;
import org.hyoka.glossary.SheetFields;
import org.hyoka.sheet.Indicator;
import org.jspecify.annotations.Nullable;

/**
 * A flat table's header row, read back into columns: each header names its field, slot and year (see
 * {@link Column}), so the columns may come in any order; missing, unexpected and repeated ones are named.
 */
record TableHeader(List<@Nullable Column> columns, List<String> problems) {

    private static final Pattern PLAN = Pattern.compile("^" + Field.STRATEGIC_PLAN.label() + "(\\d{1,3})_(.+)$");
    /** 評価項目1_判定, その他の記載事項2_内容. */
    private static final Pattern ROW = Pattern.compile("^(" + Pattern.quote(FieldGroup.ASSESSMENT_ITEM.label()) + "|"
            + Pattern.quote(FieldGroup.EXTRA_TEXT.label()) + ")(\\d{1,3})_(.+)$");
    private static final Pattern INDICATOR_YEAR = Pattern.compile("^" + Column.INDICATOR + "(\\d{1,2})_(.+)_(\\d{4})$");
    private static final Pattern INDICATOR = Pattern.compile("^" + Column.INDICATOR + "(\\d{1,2})_(.+)$");
    private static final Pattern COST = Pattern.compile("^(.+)_(\\d{4})$");

    TableHeader {
        columns = new ArrayList<>(columns);
        problems = List.copyOf(problems);
    }

    /** The header's columns, or the problems; {@code where} names a column by its position (K列, 11列目). */
    static TableHeader read(List<String> names, Function<Integer, String> where) {
        List<@Nullable Column> columns = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            Column column = name.isEmpty() ? null : parse(name).orElse(null);
            if (!name.isEmpty() && column == null) {
                unexpected.add("「" + name + "」（" + where.apply(i) + "）");
            }
            if (column != null && !seen.add(column.header())) {
                repeated.add("「" + name + "」");
            }
            columns.add(column);
        }
        List<String> problems = new ArrayList<>();
        if (!unexpected.isEmpty()) {
            problems.add("Hyokaの一覧表にない列があります: " + String.join("、", unexpected));
        }
        if (!repeated.isEmpty()) {
            problems.add("同じ列が2回以上あります: " + String.join("、", repeated));
        }
        List<String> missing = expected(columns).stream().filter(header -> !seen.contains(header)).toList();
        if (!missing.isEmpty()) {
            problems.add("列がありません: " + missing.stream().map(h -> "「" + h + "」").collect(Collectors.joining("、")));
        }
        return new TableHeader(columns, problems);
    }

    /**
     * Every column the table must have, given the 戦略プラン rows, slots, years and rows of the groups its
     * header uses: what {@link TableLayout} writes for them. A header with any column only schema 1.1 has is
     * a 1.1 table and must have them all; a header without any is a 1.0 table (a つくば市 table as Hyoka has
     * always written it).
     */
    private static List<String> expected(List<@Nullable Column> columns) {
        TreeSet<Integer> planRows = new TreeSet<>();
        TreeSet<Integer> slots = new TreeSet<>();
        Map<Integer, TreeSet<Integer>> indicatorYears = new TreeMap<>();
        TreeSet<Integer> costYears = new TreeSet<>();
        TreeSet<Integer> assessmentRows = new TreeSet<>();
        TreeSet<Integer> extraTextRows = new TreeSet<>();
        boolean costs = false;
        boolean schema11 = false;
        for (Column column : columns) {
            if (column instanceof Column.PlanColumn plan) {
                planRows.add(plan.row());
            } else if (column instanceof Column.IndicatorColumn indicator) {
                slots.add(indicator.slot());
            } else if (column instanceof Column.IndicatorYearsColumn years) {
                slots.add(years.slot());
            } else if (column instanceof Column.IndicatorYearColumn year) {
                slots.add(year.slot());
                indicatorYears.computeIfAbsent(year.slot(), s -> new TreeSet<>()).add(year.year());
            } else if (column instanceof Column.CostColumn cost) {
                costs = true;
                costYears.add(cost.year());
            } else if (column instanceof Column.CostYearsColumn) {
                costs = true;
            } else if (column instanceof Column.RowColumn<?> row) {
                (row.field().group() == FieldGroup.ASSESSMENT_ITEM ? assessmentRows : extraTextRows).add(row.row());
            }
            schema11 |= column != null && only11(column);
        }
        schema11 |= !slots.isEmpty() && slots.last() > Indicator.MAX_SLOTS;
        boolean v11 = schema11;
        List<Column> expected = new ArrayList<>();
        SheetFields.SHEET.stream().filter(f -> TableLayout.holds(v11, f)).forEach(f -> expected.add(new Column.SheetColumn(f)));
        for (int row : planRows) {
            SheetFields.STRATEGIC_PLAN_ROW.forEach(field -> expected.add(new Column.PlanColumn(row, field)));
        }
        for (int slot : slots) {
            SheetFields.INDICATOR.stream().filter(f -> TableLayout.holds(v11, f))
                    .forEach(field -> expected.add(new Column.IndicatorColumn(slot, field)));
            expected.add(new Column.IndicatorYearsColumn(slot, TableLayout.yearKey(SheetFields.INDICATOR_YEAR)));
            for (int year : indicatorYears.getOrDefault(slot, new TreeSet<>())) {
                SheetFields.INDICATOR_YEAR.stream().filter(f -> TableLayout.holds(v11, f))
                        .forEach(field -> expected.add(new Column.IndicatorYearColumn(slot, year, field)));
            }
        }
        if (costs) {
            expected.add(new Column.CostYearsColumn(TableLayout.yearKey(SheetFields.COST_YEAR)));
            for (int year : costYears) {
                SheetFields.COST_YEAR.stream().filter(f -> TableLayout.holds(v11, f))
                        .forEach(field -> expected.add(new Column.CostColumn(year, field)));
            }
        }
        for (int row : assessmentRows) {
            SheetFields.ASSESSMENT_ITEM.forEach(field -> expected.add(Column.RowColumn.assessmentItem(row, field)));
        }
        for (int row : extraTextRows) {
            SheetFields.EXTRA_TEXT.forEach(field -> expected.add(Column.RowColumn.extraText(row, field)));
        }
        return expected.stream().map(Column::header).toList();
    }

    /** Whether the column is one only a 1.1 table has: a 1.1 field in any row, slot or year, or a 評価項目 … */
    private static boolean only11(Column column) {
        FieldDescriptor<?> field = column instanceof Column.SheetColumn c ? c.field()
                : column instanceof Column.IndicatorColumn c ? c.field()
                : column instanceof Column.IndicatorYearColumn c ? c.field()
                : column instanceof Column.CostColumn c ? c.field()
                : column instanceof Column.RowColumn<?> c ? c.field()
                : column instanceof Column.PlanColumn c ? c.field() : null;
        return field != null && SchemaVersions.only11(field);
    }

    private static Optional<Column> parse(String name) {
        Optional<Column> sheet = label(SheetFields.SHEET, name).map(Column.SheetColumn::new);
        if (sheet.isPresent()) {
            return sheet;
        }
        Matcher plan = PLAN.matcher(name);
        if (plan.matches() && Integer.parseInt(plan.group(1)) >= 1) {
            int row = Integer.parseInt(plan.group(1));
            return label(SheetFields.STRATEGIC_PLAN_ROW, plan.group(2)).map(f -> new Column.PlanColumn(row, f));
        }
        Matcher row = ROW.matcher(name);
        if (row.matches() && Integer.parseInt(row.group(2)) >= 1) {
            int number = Integer.parseInt(row.group(2));
            if (row.group(1).equals(FieldGroup.ASSESSMENT_ITEM.label())) {
                return label(SheetFields.ASSESSMENT_ITEM, row.group(3)).map(f -> Column.RowColumn.assessmentItem(number, f));
            }
            return label(SheetFields.EXTRA_TEXT, row.group(3)).map(f -> Column.RowColumn.extraText(number, f));
        }
        Matcher indicatorYear = INDICATOR_YEAR.matcher(name);
        if (indicatorYear.matches() && slot(indicatorYear.group(1))) {
            int slot = Integer.parseInt(indicatorYear.group(1));
            int year = Integer.parseInt(indicatorYear.group(3));
            Optional<Column> column = nonKey(SheetFields.INDICATOR_YEAR, indicatorYear.group(2))
                    .map(f -> new Column.IndicatorYearColumn(slot, year, f));
            if (column.isPresent()) {
                return column;
            }
        }
        Matcher indicator = INDICATOR.matcher(name);
        if (indicator.matches() && slot(indicator.group(1))) {
            int slot = Integer.parseInt(indicator.group(1));
            FieldDescriptor<org.hyoka.sheet.IndicatorValue> yearKey = TableLayout.yearKey(SheetFields.INDICATOR_YEAR);
            if (indicator.group(2).equals(yearKey.label())) {
                return Optional.of(new Column.IndicatorYearsColumn(slot, yearKey));
            }
            return nonKey(SheetFields.INDICATOR, indicator.group(2)).map(f -> new Column.IndicatorColumn(slot, f));
        }
        Column.CostYearsColumn costYears = new Column.CostYearsColumn(TableLayout.yearKey(SheetFields.COST_YEAR));
        if (name.equals(costYears.header())) {
            return Optional.of(costYears);
        }
        Matcher cost = COST.matcher(name);
        if (cost.matches()) {
            int year = Integer.parseInt(cost.group(2));
            return nonKey(SheetFields.COST_YEAR, cost.group(1)).map(f -> new Column.CostColumn(year, f));
        }
        return Optional.empty();
    }

    private static boolean slot(String number) {
        int slot = Integer.parseInt(number);
        return slot >= 1 && slot <= Indicator.MAX_INDICATORS;
    }

    private static <R> Optional<FieldDescriptor<R>> label(List<FieldDescriptor<R>> group, String label) {
        return group.stream().filter(f -> f.label().equals(label)).findFirst();
    }

    private static <R> Optional<FieldDescriptor<R>> nonKey(List<FieldDescriptor<R>> group, String label) {
        return label(group, label).filter(f -> !f.key());
    }
}
