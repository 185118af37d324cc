package org.hyoka.tables;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.hyoka.glossary.Field;
import org.hyoka.glossary.FieldDescriptor;
import org.hyoka.glossary.SheetFields;
import org.hyoka.sheet.Indicator;
import org.jspecify.annotations.Nullable;

/**
 * A flat table's header row, read back into columns: each header names its field, slot and year (see
 * {@link Column}), so the columns may come in any order; missing, unexpected and repeated ones are named.
 */
record TableHeader(List<@Nullable Column> columns, List<String> problems) {

    private static final Pattern PLAN = Pattern.compile("^" + Field.STRATEGIC_PLAN.label() + "(\\d{1,2})_(.+)$");
    private static final Pattern INDICATOR_YEAR = Pattern.compile("^" + Column.INDICATOR + "([1-5])_(.+)_(\\d{4})$");
    private static final Pattern INDICATOR = Pattern.compile("^" + Column.INDICATOR + "([1-5])_(.+)$");
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

    /** Every column the table must have, given the 戦略プラン rows, slots and years its header uses. */
    private static List<String> expected(List<@Nullable Column> columns) {
        TreeSet<Integer> planRows = new TreeSet<>();
        TreeSet<Integer> slots = new TreeSet<>();
        Map<Integer, TreeSet<Integer>> indicatorYears = new java.util.TreeMap<>();
        TreeSet<Integer> costYears = new TreeSet<>();
        boolean costs = false;
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
            }
        }
        List<Column> expected = new ArrayList<>();
        SheetFields.SHEET.forEach(field -> expected.add(new Column.SheetColumn(field)));
        for (int row : planRows) {
            SheetFields.STRATEGIC_PLAN_ROW.forEach(field -> expected.add(new Column.PlanColumn(row, field)));
        }
        for (int slot : slots) {
            SheetFields.INDICATOR.stream().filter(f -> !f.key())
                    .forEach(field -> expected.add(new Column.IndicatorColumn(slot, field)));
            expected.add(new Column.IndicatorYearsColumn(slot, TableLayout.yearKey(SheetFields.INDICATOR_YEAR)));
            for (int year : indicatorYears.getOrDefault(slot, new TreeSet<>())) {
                SheetFields.INDICATOR_YEAR.stream().filter(f -> !f.key())
                        .forEach(field -> expected.add(new Column.IndicatorYearColumn(slot, year, field)));
            }
        }
        if (costs) {
            expected.add(new Column.CostYearsColumn(TableLayout.yearKey(SheetFields.COST_YEAR)));
            for (int year : costYears) {
                SheetFields.COST_YEAR.stream().filter(f -> !f.key())
                        .forEach(field -> expected.add(new Column.CostColumn(year, field)));
            }
        }
        return expected.stream().map(Column::header).toList();
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
        Matcher indicatorYear = INDICATOR_YEAR.matcher(name);
        if (indicatorYear.matches()) {
            int slot = Integer.parseInt(indicatorYear.group(1));
            int year = Integer.parseInt(indicatorYear.group(3));
            Optional<Column> column = nonKey(SheetFields.INDICATOR_YEAR, indicatorYear.group(2))
                    .map(f -> new Column.IndicatorYearColumn(slot, year, f));
            if (column.isPresent()) {
                return column;
            }
        }
        Matcher indicator = INDICATOR.matcher(name);
        if (indicator.matches() && Integer.parseInt(indicator.group(1)) <= Indicator.MAX_SLOTS) {
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

    private static <R> Optional<FieldDescriptor<R>> label(List<FieldDescriptor<R>> group, String label) {
        return group.stream().filter(f -> f.label().equals(label)).findFirst();
    }

    private static <R> Optional<FieldDescriptor<R>> nonKey(List<FieldDescriptor<R>> group, String label) {
        return label(group, label).filter(f -> !f.key());
    }
}
