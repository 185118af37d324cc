package org.hyoka.tables.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

import org.hyoka.glossary.FieldDescriptor;
import org.hyoka.glossary.ValueType;
import org.jspecify.annotations.Nullable;

/**
 * One data row's cells as the profile reads them: stripped, 「-」 as not stated, each read into a value by
 * its field's descriptor, and every problem named by row and column (3行目 「延べ業務時間」（CA列）: …).
 */
final class RowCells {

    final int number;
    private final List<String> cells;
    private final TableProfile profile;
    private final List<String> headers;
    private final IntFunction<String> columnName;
    final List<String> problems = new ArrayList<>();

    RowCells(int number, List<String> cells, TableProfile profile, List<String> headers, IntFunction<String> columnName) {
        this.number = number;
        this.cells = cells;
        this.profile = profile;
        this.headers = headers;
        this.columnName = columnName;
    }

    int size() {
        return cells.size();
    }

    String text(int column) {
        if (column < 0 || column >= cells.size()) {
            return "";
        }
        String text = cells.get(column).strip();
        return profile.notStated().contains(text) ? "" : text;
    }

    void problem(int column, String message) {
        String where = column < 0 ? "" : "「" + (column < headers.size() ? Headers.oneLine(headers.get(column)) : "")
                + "」（" + columnName.apply(column) + "）";
        problems.add(number + "行目 " + where + ": " + message);
    }

    /** Reads one cell's text into the values by the field's descriptor, or records why it cannot. */
    void put(int column, @Nullable FieldDescriptor<?> descriptor, String text, TableProfile.YearEra era,
            Map<String, @Nullable Object> values) {
        if (descriptor == null) {
            throw new IllegalStateException("the profile was checked when loaded");
        }
        String cell = text;
        switch (descriptor.type()) {
            case YEAR -> cell = CellText.year(cell, era);
            case INTEGER, DECIMAL -> cell = CellText.number(cell);
            case AMOUNT -> {
                cell = CellText.number(cell);
                if (profile.amountUnit() == TableProfile.AmountUnit.YEN) {
                    Optional<String> thousands = CellText.thousands(cell);
                    if (thousands.isEmpty()) {
                        problem(column, "円の金額 " + cell + " は千円単位で割り切れません（丸めずに取り込むため、千円単位で入力してください）");
                        return;
                    }
                    cell = thousands.get();
                }
            }
            default -> {
            }
        }
        ValueType.Parsed parsed = descriptor.parse(cell);
        if (parsed instanceof ValueType.Parsed.Invalid invalid) {
            problem(column, descriptor.label() + ": " + invalid.reason());
        } else if (parsed instanceof ValueType.Parsed.Value value && value.value() != null) {
            if (descriptor.type() == ValueType.LINES && values.get(descriptor.name()) instanceof List<?> existing) {
                List<Object> joined = new ArrayList<>(existing);
                joined.addAll((List<?>) value.value());
                values.put(descriptor.name(), List.copyOf(joined));
            } else {
                values.put(descriptor.name(), value.value());
            }
        }
    }
}
