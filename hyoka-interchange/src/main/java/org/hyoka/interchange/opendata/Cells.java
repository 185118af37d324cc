package org.hyoka.interchange.opendata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * How a value becomes a CSV cell: a null stays empty and a 0 is 0; numbers are plain (no exponent, no
 * grouping), dates YYYY-MM-DD, several values one per line inside the cell. A text that a spreadsheet
 * would take for a formula is neutralised.
 */
public final class Cells {

    private Cells() {
    }

    /** The cell's text, or null for an empty cell. */
    public static @Nullable String cell(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return neutralised(text);
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Number || value instanceof LocalDate) {
            return value.toString();
        }
        if (value instanceof Collection<?> values) {
            return values.isEmpty() ? null
                    : values.stream().map(Cells::listItem).collect(Collectors.joining("\n"));
        }
        return neutralised(value.toString());
    }

    /**
     * Texts come from the cities' sheets, so one that starts with = + - @ (or a tab or carriage
     * return, which some spreadsheets skip before looking) would run as a formula when the file is
     * opened in Excel. Such a cell starts with an apostrophe, which spreadsheets show as text. Only
     * texts: a number is written by this class and a negative number stays a number.
     */
    public static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    private static String listItem(@Nullable Object item) {
        String cell = cell(item);
        return cell == null ? "" : cell;
    }
}
