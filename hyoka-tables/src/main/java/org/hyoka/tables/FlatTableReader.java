package org.hyoka.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.hyoka.glossary.FieldDescriptor;
import org.hyoka.glossary.FieldGroup;
import org.hyoka.glossary.SheetAssembly;
import org.hyoka.glossary.SheetFields;
import org.hyoka.glossary.ValueType;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.ExtraText;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorValue;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.NamedAssessment;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.StrategicPlanEntry;
import org.jspecify.annotations.Nullable;

/**
 * Rows of a flat table (from CSV or a workbook, as cell texts) into sheets: every cell read by its
 * column's descriptor, every problem collected with its row and column, and each sheet finally checked
 * by the interchange format's own validation, so a table can hold nothing a JSON file could not.
 * All or nothing: one problem and no sheet is returned.
 */
final class FlatTableReader {

    /** More sheets than a city evaluates in a year many times over; a larger file is refused, not read. */
    static final int MAX_ROWS = 20_000;
    static final int MAX_COLUMNS = 5_000;
    static final int MAX_CELL_CHARS = 32_767;
    private static final int MAX_PROBLEMS_SHOWN = 100;

    record Row(int number, List<String> cells) {
    }

    private final SheetJson json = new SheetJson();
    private final TableHeader header;
    private final Function<Integer, String> where;
    private final boolean neutralised;
    private final List<String> problems = new ArrayList<>();
    private int problemCount;

    private FlatTableReader(TableHeader header, Function<Integer, String> where, boolean neutralised) {
        this.header = header;
        this.where = where;
        this.neutralised = neutralised;
    }

    /**
     * @param where names a column by its position (K列, 11列目)
     * @param neutralised whether text cells carry {@link Cells#neutralise}'s apostrophe (CSV, not workbooks)
     */
    static TableRead read(List<String> headerNames, Iterable<Row> rows, Function<Integer, String> where,
            boolean neutralised) {
        if (headerNames.size() > MAX_COLUMNS) {
            return new TableRead.Refused("列が多すぎます（" + headerNames.size() + "列、上限 " + MAX_COLUMNS + "列）。", List.of());
        }
        TableHeader header = TableHeader.read(headerNames, where);
        if (!header.problems().isEmpty()) {
            return new TableRead.Refused("見出しの行がHyokaの一覧表の形式と合いません。何も取り込んでいません。", header.problems());
        }
        return new FlatTableReader(header, where, neutralised).readRows(rows);
    }

    private TableRead readRows(Iterable<Row> rows) {
        List<Sheet> sheets = new ArrayList<>();
        int count = 0;
        for (Row row : rows) {
            if (row.cells().stream().allMatch(String::isBlank)) {
                continue;
            }
            if (++count > MAX_ROWS) {
                return new TableRead.Refused("行が多すぎます（上限 " + MAX_ROWS + "行）。ファイルを分けてください。", List.of());
            }
            Sheet sheet = sheet(row);
            if (sheet != null) {
                sheets.add(sheet);
            }
        }
        if (problemCount > 0) {
            List<String> shown = new ArrayList<>(problems);
            if (problemCount > shown.size()) {
                shown.add("ほか " + (problemCount - shown.size()) + "件");
            }
            return new TableRead.Refused("直すべき値が" + problemCount + "件あります。何も取り込んでいません。", shown);
        }
        if (sheets.isEmpty()) {
            return new TableRead.Refused("シートの行がありません（見出しの行だけです）。", List.of());
        }
        return new TableRead.Sheets(sheets);
    }

    /** One row's sheet, or null after recording why it is not one. */
    private @Nullable Sheet sheet(Row row) {
        int before = problemCount;
        Map<String, Object> sheetValues = new HashMap<>();
        Map<Integer, Map<String, Object>> plan = new TreeMap<>();
        Map<Integer, Map<String, Object>> indicators = new TreeMap<>();
        Map<Integer, @Nullable List<Integer>> indicatorYears = new TreeMap<>();
        Map<Integer, Map<Integer, Map<String, Object>>> indicatorValues = new TreeMap<>();
        List<Integer> costYears = null;
        Map<Integer, Map<String, Object>> costs = new TreeMap<>();
        Map<Integer, Integer> firstIndicatorColumn = new HashMap<>();
        Map<Integer, Map<String, Object>> assessmentItems = new TreeMap<>();
        Map<Integer, Map<String, Object>> extraTexts = new TreeMap<>();
        for (int i = 0; i < header.columns().size(); i++) {
            Column column = header.columns().get(i);
            String cell = i < row.cells().size() ? row.cells().get(i) : "";
            if (column == null) {
                if (!cell.isBlank()) {
                    problem(row, i, null, "見出しのない列に値があります");
                }
                continue;
            }
            Object value = parse(row, i, column, cell);
            if (column instanceof Column.SheetColumn c) {
                put(sheetValues, c.field().name(), value);
            } else if (column instanceof Column.PlanColumn c) {
                put(plan.computeIfAbsent(c.row(), r -> new HashMap<>()), c.field().name(), value);
            } else if (column instanceof Column.IndicatorColumn c) {
                put(indicators.computeIfAbsent(c.slot(), s -> new HashMap<>()), c.field().name(), value);
                firstIndicatorColumn.putIfAbsent(c.slot(), i);
            } else if (column instanceof Column.IndicatorYearsColumn c) {
                indicatorYears.put(c.slot(), years(value));
            } else if (column instanceof Column.IndicatorYearColumn c) {
                put(indicatorValues.computeIfAbsent(c.slot(), s -> new TreeMap<>())
                        .computeIfAbsent(c.year(), y -> new HashMap<>()), c.field().name(), value);
            } else if (column instanceof Column.CostYearsColumn) {
                costYears = years(value);
            } else if (column instanceof Column.CostColumn c) {
                put(costs.computeIfAbsent(c.year(), y -> new HashMap<>()), c.field().name(), value);
            } else if (column instanceof Column.RowColumn<?> c) {
                put((c.field().group() == FieldGroup.ASSESSMENT_ITEM ? assessmentItems : extraTexts)
                        .computeIfAbsent(c.row(), r -> new HashMap<>()), c.field().name(), value);
            }
        }
        checkSheetValues(row, sheetValues);
        List<StrategicPlanEntry> planRows = new ArrayList<>();
        plan.values().forEach(values -> {
            StrategicPlanEntry entry = SheetAssembly.planRow(values::get);
            if (entry != null) {
                planRows.add(entry);
            }
        });
        List<Indicator> indicatorList = new ArrayList<>();
        TreeSet<Integer> slots = new TreeSet<>(indicators.keySet());
        slots.addAll(indicatorValues.keySet());
        for (int slot : slots) {
            Map<String, Object> values = indicators.getOrDefault(slot, Map.of());
            Map<Integer, Map<String, Object>> byYear = indicatorValues.getOrDefault(slot, new TreeMap<>());
            List<Integer> years = yearsHeld(row, "指標" + slot + "の年度", indicatorYears.get(slot), byYear);
            boolean anything = !values.isEmpty() || !years.isEmpty();
            if (!anything) {
                continue;
            }
            if (values.get("name") == null) {
                problem(row, firstIndicatorColumn.getOrDefault(slot, 0), "指標" + slot + "_指標名",
                        "指標" + slot + "に値がありますが指標名がありません");
                continue;
            }
            List<IndicatorValue> held = years.stream()
                    .map(year -> SheetAssembly.indicatorYear(year, byYear.getOrDefault(year, Map.of())::get)).toList();
            Map<String, Object> withSlot = new HashMap<>(values);
            withSlot.put("slot", slot);
            indicatorList.add(SheetAssembly.indicator(withSlot::get, held));
        }
        List<CostYear> costList = yearsHeld(row, "コストの推移の年度", costYears, costs).stream()
                .map(year -> SheetAssembly.costYear(year, costs.getOrDefault(year, Map.of())::get)).toList();
        List<NamedAssessment> items = rows(row, FieldGroup.ASSESSMENT_ITEM, assessmentItems, SheetAssembly::assessmentItem);
        List<ExtraText> texts = rows(row, FieldGroup.EXTRA_TEXT, extraTexts, SheetAssembly::extraText);
        if (problemCount > before) {
            return null;
        }
        Sheet sheet = SheetAssembly.sheet(sheetValues::get, planRows, indicatorList, costList, items, texts);
        return validated(row, sheet);
    }

    /**
     * The items of a group in row order, rows that state nothing left out (as a 戦略プラン row); a row that
     * states something but not what the item needs (評価項目名; 項目名 and 内容) is a problem.
     */
    private <T> List<T> rows(Row row, FieldGroup group, Map<Integer, Map<String, Object>> rows,
            Function<SheetAssembly.Values, @Nullable T> assemble) {
        List<T> items = new ArrayList<>();
        rows.forEach((number, values) -> {
            try {
                T item = assemble.apply(values::get);
                if (item != null) {
                    items.add(item);
                }
            } catch (IllegalArgumentException incomplete) {
                String first = SheetFields.of(group).get(0).label();
                problem(row, column(group, number), Column.rowHeader(group, number, first),
                        group.label() + number + ": " + incomplete.getMessage());
            }
        });
        return items;
    }

    /** The position of the first column of a group's row, for the problem's message. */
    private int column(FieldGroup group, int number) {
        for (int i = 0; i < header.columns().size(); i++) {
            if (header.columns().get(i) instanceof Column.RowColumn<?> c && c.field().group() == group && c.row() == number) {
                return i;
            }
        }
        return -1;
    }

    /** The interchange format's own rules (ranges, vocabularies, semantic checks) over the assembled sheet. */
    private @Nullable Sheet validated(Row row, Sheet sheet) {
        ReadResult result = json.read(json.toTree(sheet));
        if (result instanceof ReadResult.Valid) {
            // the sheet as read, not as re-read: JSON numbers lose their scale (1.50 → 1.5), cells keep it
            return sheet;
        }
        if (result instanceof ReadResult.Invalid invalid) {
            invalid.problems().forEach(p -> {
                String path = p.path().replaceFirst("^\\$\\.?", "");
                problem(row, -1, SheetFields.byPath(path).map(FieldDescriptor::label).orElse(path), p.message());
            });
        } else {
            problem(row, -1, null, ((ReadResult.Unreadable) result).reason());
        }
        return null;
    }

    private void checkSheetValues(Row row, Map<String, Object> values) {
        for (FieldDescriptor<Sheet> field : SheetFields.SHEET) {
            if (field.required() && values.get(field.name()) == null) {
                problem(row, index(field), field.label(), "必須の値がありません");
            }
        }
        Object version = values.get("schemaVersion");
        if (version != null && !Sheet.SCHEMA_VERSIONS.contains(version)) {
            problem(row, index(SheetFields.SHEET.get(0)), SheetFields.SHEET.get(0).label(),
                    "形式バージョン「" + version + "」は読めません（" + String.join("または", Sheet.SCHEMA_VERSIONS) + "のみ）");
        }
        Object code = values.get("municipality.code");
        if (code != null && !MunicipalityCode.isValid((String) code)) {
            problem(row, -1, "全国地方公共団体コード", "「" + code + "」は全国地方公共団体コード（検査数字付きの6桁）ではありません");
        }
        for (FieldDescriptor<Sheet> field : SheetFields.SHEET) {
            if (field.type() == ValueType.YEAR && values.get(field.name()) instanceof Integer year
                    && (year < 1868 || year > 9999)) {
                problem(row, index(field), field.label(), year + "は年度として読めません（西暦の開始年、例: 2024）");
            }
        }
    }

    /**
     * The years a group holds: as its 年度 column lists them, or, where that cell is blank, every year with a
     * value. A value in a year the list leaves out would be dropped, so it is a problem instead.
     */
    private List<Integer> yearsHeld(Row row, String what, @Nullable List<Integer> listed,
            Map<Integer, Map<String, Object>> byYear) {
        List<Integer> withValues = byYear.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(Map.Entry::getKey).toList();
        if (listed == null) {
            return withValues;
        }
        if (new LinkedHashSet<>(listed).size() != listed.size()) {
            problem(row, -1, what, "同じ年度が2回あります（" + listed + "）");
        }
        for (int year : withValues) {
            if (!listed.contains(year)) {
                problem(row, -1, what, year + "年度に値がありますが、" + what + "の欄に" + year + "がありません");
            }
        }
        for (int year : listed) {
            if (year < 1868 || year > 9999) {
                problem(row, -1, what, year + "は年度として読めません");
            }
        }
        return listed;
    }

    private @Nullable Object parse(Row row, int index, Column column, String raw) {
        if (raw.length() > MAX_CELL_CHARS) {
            problem(row, index, column.header(), "値が長すぎます（" + raw.length() + "文字、上限 " + MAX_CELL_CHARS + "文字）");
            return null;
        }
        String cell = neutralised && !Cells.numeric(column.type()) ? Cells.restore(raw) : raw;
        ValueType.Parsed parsed = column.parse(cell);
        if (parsed instanceof ValueType.Parsed.Invalid invalid) {
            problem(row, index, column.header(), invalid.reason());
            return null;
        }
        return ((ValueType.Parsed.Value) parsed).value();
    }

    @SuppressWarnings("unchecked")
    private static @Nullable List<Integer> years(@Nullable Object value) {
        return (List<Integer>) value;
    }

    private static void put(Map<String, Object> values, String name, @Nullable Object value) {
        if (value != null) {
            values.put(name, value);
        }
    }

    private int index(FieldDescriptor<Sheet> field) {
        for (int i = 0; i < header.columns().size(); i++) {
            if (header.columns().get(i) instanceof Column.SheetColumn c && c.field().equals(field)) {
                return i;
            }
        }
        return -1;
    }

    private void problem(Row row, int index, @Nullable String column, String message) {
        problemCount++;
        if (problems.size() < MAX_PROBLEMS_SHOWN) {
            String place = column == null ? "" : "「" + column + "」";
            String position = index < 0 ? "" : "（" + where.apply(index) + "）";
            problems.add(row.number() + "行目" + place + position + ": " + message);
        }
    }
}
