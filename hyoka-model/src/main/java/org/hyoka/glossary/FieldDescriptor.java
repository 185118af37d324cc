package org.hyoka.glossary;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One field of the sheet, described once: its interchange path, its glossary label, the kind and unit
 * of its value, what it means, an example, and how to read it from the model record of its group
 * ({@code Sheet}, {@code StrategicPlanEntry}, {@code Indicator}, {@code IndicatorValue} or
 * {@code CostYear}). Exports, the data dictionary, the editor and the diff labels all start here.
 *
 * @param <R> the model record the accessor reads
 * @param path the interchange path with {@code []} for arrays, e.g. {@code costs[].generalFund}
 * @param unit 千円, 人, 時間, 点 … or null where the value has no unit of its own
 * @param key whether the field identifies its row within the group rather than describing it
 *        (指標番号, the year of a year column): tables put it in the column name or a key column
 * @param required whether the interchange format requires a value (事務事業名, 評価年度, 指標名 …)
 * @param choices the allowed words of a {@link ValueType#CHOICE}, empty otherwise
 */
public record FieldDescriptor<R>(
        String path,
        Field field,
        FieldGroup group,
        ValueType type,
        @Nullable String unit,
        String meaning,
        String example,
        boolean key,
        boolean required,
        List<String> choices,
        Function<R, @Nullable Object> accessor) {

    public FieldDescriptor {
        choices = List.copyOf(choices);
        if (!path.replace("[]", "").equals(field.path())) {
            throw new IllegalArgumentException(path + " is not the path of " + field);
        }
        if (!path.startsWith(group.pathPrefix()) || path.substring(group.pathPrefix().length()).contains("[]")) {
            throw new IllegalArgumentException(path + " is not in group " + group);
        }
    }

    /** The glossary label: 予算額, 市民ニーズ評点. */
    public String label() {
        return field.label();
    }

    /** The field's name within its group: {@code generalFund}, {@code citizenNeeds.score}. */
    public String name() {
        return path.substring(group.pathPrefix().length());
    }

    /** The interchange value: String, List, Integer, Long, BigDecimal or Boolean as {@link #type()} says; null if not stated. */
    public @Nullable Object read(R record) {
        return accessor.apply(record);
    }

    /** The value as a table cell (empty if not stated). */
    public String text(R record) {
        return type.format(read(record));
    }

    /** Reads a cell back into the interchange value, or says why it cannot. */
    public ValueType.Parsed parse(String cell) {
        return type.parse(cell, choices);
    }
}
