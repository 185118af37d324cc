package org.hyoka.revision;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.hyoka.glossary.Field;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.FiscalYear;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorValue;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * Compares two revisions of a sheet field by field. Year columns are matched by fiscal year and
 * indicators by slot, not by position, so a rolled-over sheet compares year with year.
 */
public final class SheetDiff {

    private SheetDiff() {
    }

    public static List<FieldChange> between(Sheet before, Sheet after) {
        Map<String, String> old = flatten(before);
        Map<String, String> now = flatten(after);
        Set<String> paths = new LinkedHashSet<>(old.keySet());
        paths.addAll(now.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String path : paths) {
            String a = old.get(path);
            String b = now.get(path);
            if (!Objects.equals(a, b)) {
                changes.add(new FieldChange(path, Field.byPath(genericPath(path)).orElse(null), a, b));
            }
        }
        return List.copyOf(changes);
    }

    /** Every stated value of a sheet under a readable path, e.g. {@code costs[2024].settlement}. */
    public static Map<String, String> flatten(Sheet sheet) {
        Map<String, String> values = new LinkedHashMap<>();
        visit("", sheet, values);
        return values;
    }

    private static void visit(String path, @Nullable Object value, Map<String, String> out) {
        if (value == null) {
            return;
        }
        if (value instanceof FiscalYear year) {
            out.put(path, Integer.toString(year.startYear()));
        } else if (value instanceof MunicipalityCode code) {
            out.put(path, code.value());
        } else if (value instanceof BigDecimal number) {
            out.put(path, number.stripTrailingZeros().toPlainString());
        } else if (value instanceof Enum<?> constant) {
            out.put(path, constant.name());
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                visit(path + "[" + key(list.get(i), i) + "]", list.get(i), out);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                String child = path.isEmpty() ? component.getName() : path + "." + component.getName();
                visit(child, read(component, value), out);
            }
        } else {
            out.put(path, value.toString());
        }
    }

    private static String key(@Nullable Object element, int index) {
        if (element instanceof CostYear cost) {
            return Integer.toString(cost.fiscalYear());
        }
        if (element instanceof IndicatorValue value) {
            return Integer.toString(value.fiscalYear());
        }
        if (element instanceof Indicator indicator) {
            return "slot " + indicator.slot();
        }
        return Integer.toString(index);
    }

    private static @Nullable Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    private static String genericPath(String path) {
        return path.replaceAll("\\[[^]]*]", "");
    }
}
