package org.hyoka.publish;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** How the form prints a value: 千円 with thousands separators, decimals as stored, a dash for none. */
final class Printed {

    static final String NONE = "-";

    private Printed() {
    }

    static String amount(@Nullable Long value) {
        return value == null ? NONE : String.format("%,d", value);
    }

    static String decimal(@Nullable BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        int scale = Math.max(0, value.scale());
        return String.format("%,." + scale + "f", value);
    }

    static String yesNo(@Nullable Boolean value) {
        return value == null ? NONE : value ? "有" : "無";
    }

    static String orDash(@Nullable String text) {
        return text == null || text.isBlank() ? NONE : text;
    }

    static @Nullable String lines(List<String> entries) {
        return entries.isEmpty() ? null : String.join("\n", entries);
    }
}
