package org.hyoka.sheet;

import org.jspecify.annotations.Nullable;

/** One 戦略プラン row: plan code (e.g. Ⅳ-3), 施策 number, 取組 number and the 取組 title as printed. */
public record StrategicPlanEntry(@Nullable String code, @Nullable String policy, @Nullable String initiative,
        @Nullable String title) {
}
