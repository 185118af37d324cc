package org.hyoka.sheet;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One named indicator in its printed position ({@code slot}, from 1): つくば市 prints five rows of 指標の推移;
 * the 対象・意図・結果 form prints 活動, 対象 and 成果指標 with a symbol each (ア, カ, サ …).
 */
public record Indicator(
        int slot,
        String name,
        @Nullable String description,
        @Nullable IndicatorKind kind,
        @Nullable String unit,
        List<IndicatorValue> values,
        @Nullable IndicatorDirection direction,
        @Nullable String symbol) {

    /** The rows of 指標の推移 on the つくば市 form (schema 1.0 holds no more). */
    public static final int MAX_SLOTS = 5;
    /** The most indicators a sheet of any form may hold (the 対象・意図・結果 form prints nine). */
    public static final int MAX_INDICATORS = 30;

    public Indicator {
        if (slot < 1 || slot > MAX_INDICATORS) {
            throw new IllegalArgumentException("indicator slot must be 1–" + MAX_INDICATORS + ", was " + slot);
        }
        values = List.copyOf(values);
    }

    /** An indicator as the つくば市 form (schema 1.0) prints it: no symbol. */
    public Indicator(int slot, String name, @Nullable String description, @Nullable IndicatorKind kind,
            @Nullable String unit, List<IndicatorValue> values, @Nullable IndicatorDirection direction) {
        this(slot, name, description, kind, unit, values, direction, null);
    }

    public Optional<IndicatorValue> valueOf(int fiscalYear) {
        return values.stream().filter(v -> v.fiscalYear() == fiscalYear).findFirst();
    }

    /** 累計 in the name or description: the actual accumulates, so achievement compares running totals. */
    public boolean isCumulative() {
        return name.contains("累計") || (description != null && description.contains("累計"));
    }

    public Indicator withDirection(@Nullable IndicatorDirection newDirection) {
        return new Indicator(slot, name, description, kind, unit, values, newDirection, symbol);
    }

    /** Whether the indicator states anything that schema 1.0 cannot hold. */
    public boolean usesSchema11() {
        return slot > MAX_SLOTS || symbol != null || (kind != null && !kind.inSchema10());
    }
}
