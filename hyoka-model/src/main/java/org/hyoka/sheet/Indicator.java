package org.hyoka.sheet;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** One named row of 指標の推移, in its printed slot 1–5. */
public record Indicator(
        int slot,
        String name,
        @Nullable String description,
        @Nullable IndicatorKind kind,
        @Nullable String unit,
        List<IndicatorValue> values,
        @Nullable IndicatorDirection direction) {

    public static final int MAX_SLOTS = 5;

    public Indicator {
        if (slot < 1 || slot > MAX_SLOTS) {
            throw new IllegalArgumentException("indicator slot must be 1–5, was " + slot);
        }
        values = List.copyOf(values);
    }

    public Optional<IndicatorValue> valueOf(int fiscalYear) {
        return values.stream().filter(v -> v.fiscalYear() == fiscalYear).findFirst();
    }

    /** 累計 in the name or description: the actual accumulates, so achievement compares running totals. */
    public boolean isCumulative() {
        return name.contains("累計") || (description != null && description.contains("累計"));
    }

    public Indicator withDirection(@Nullable IndicatorDirection newDirection) {
        return new Indicator(slot, name, description, kind, unit, values, newDirection);
    }
}
