package org.hyoka.tables.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.hyoka.glossary.FieldDescriptor;
import org.hyoka.glossary.SheetAssembly;
import org.hyoka.glossary.SheetFields;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorValue;
import org.jspecify.annotations.Nullable;

/**
 * A row's year blocks: one cost year a block that states any cost, and each named indicator with a value
 * a block (actual or target as the profile says), in the fiscal year the profile gives the block.
 */
final class YearBlockRows {

    private static final Map<String, FieldDescriptor<?>> COST = ProfileRows.byName(SheetFields.COST_YEAR);
    private static final Map<String, FieldDescriptor<?>> INDICATOR = ProfileRows.byName(SheetFields.INDICATOR);
    private static final Map<String, FieldDescriptor<?>> INDICATOR_YEAR = ProfileRows.byName(SheetFields.INDICATOR_YEAR);

    private final TableProfile profile;
    private final ProfileHeader header;
    private final IntFunction<String> columnName;
    private final List<String> notes;

    YearBlockRows(TableProfile profile, ProfileHeader header, IntFunction<String> columnName, List<String> notes) {
        this.profile = profile;
        this.header = header;
        this.columnName = columnName;
        this.notes = notes;
    }

    List<Indicator> indicators(RowCells row, int fiscalYear) {
        List<Indicator> out = new ArrayList<>();
        TableProfile.YearBlocks blocks = profile.yearBlocks();
        for (int i = 0; i < profile.indicators().size(); i++) {
            TableProfile.IndicatorColumns indicator = profile.indicators().get(i);
            int nameColumn = header.column(indicator.name());
            String name = row.text(nameColumn);
            List<IndicatorValue> values = new ArrayList<>();
            List<String> valueCells = new ArrayList<>();
            for (int b = 0; blocks != null && b < blocks.offsets().size(); b++) {
                for (TableProfile.BlockColumn column : blocks.columns()) {
                    if (!indicator.id().equals(column.indicator())) {
                        continue;
                    }
                    int index = header.column(column.header(), b);
                    String text = row.text(index);
                    if (text.isEmpty()) {
                        continue;
                    }
                    valueCells.add(columnName.apply(index));
                    String key = blocks.values().get(b) == TableProfile.ValueKind.ACTUAL ? "actual" : "target";
                    Map<String, @Nullable Object> yv = new HashMap<>();
                    row.put(index, INDICATOR_YEAR.get(key), text, TableProfile.YearEra.GREGORIAN, yv);
                    if (yv.get(key) != null) {
                        values.add(SheetAssembly.indicatorYear(fiscalYear + blocks.offsets().get(b), yv::get));
                    }
                }
            }
            if (name.isEmpty()) {
                if (!valueCells.isEmpty()) {
                    notes.add(row.number + "行目: 指標「" + indicator.id() + "」は名称がないため、値（" + String.join("、", valueCells)
                            + "）を取り込みませんでした");
                }
                continue;
            }
            Map<String, @Nullable Object> iv = new HashMap<>();
            iv.put("slot", i + 1);
            iv.put("symbol", indicator.symbol());
            iv.put("kind", indicator.kind());
            row.put(nameColumn, INDICATOR.get("name"), name, TableProfile.YearEra.GREGORIAN, iv);
            if (indicator.unit() != null) {
                int unitColumn = header.column(indicator.unit());
                row.put(unitColumn, INDICATOR.get("unit"), row.text(unitColumn), TableProfile.YearEra.GREGORIAN, iv);
            }
            out.add(SheetAssembly.indicator(iv::get, values));
        }
        return out;
    }

    List<CostYear> costs(RowCells row, int fiscalYear) {
        TableProfile.YearBlocks blocks = profile.yearBlocks();
        List<CostYear> out = new ArrayList<>();
        for (int b = 0; blocks != null && b < blocks.offsets().size(); b++) {
            Map<String, @Nullable Object> cv = new HashMap<>();
            for (TableProfile.BlockColumn column : blocks.columns()) {
                if (column.cost() != null) {
                    int index = header.column(column.header(), b);
                    row.put(index, COST.get(column.cost()), row.text(index), TableProfile.YearEra.GREGORIAN, cv);
                }
            }
            if (cv.values().stream().anyMatch(x -> x != null)) {
                out.add(SheetAssembly.costYear(fiscalYear + blocks.offsets().get(b), cv::get));
            }
        }
        return out;
    }
}
