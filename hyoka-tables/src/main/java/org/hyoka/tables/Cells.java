package org.hyoka.tables;

import org.hyoka.glossary.ValueType;

/**
 * Spreadsheet programs run a CSV cell that starts with = + - @ (or a tab or carriage return) as a
 * formula. Such a text is written with a leading apostrophe, and so is a text that starts with one,
 * so that reading removes exactly one apostrophe and every text comes back as it was.
 */
public final class Cells {

    private Cells() {
    }

    public static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\'' ? "'" + text : text;
    }

    static String restore(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }

    /** Numbers are written as numbers: a negative amount is not a formula and keeps its minus. */
    static boolean numeric(ValueType type) {
        return type == ValueType.INTEGER || type == ValueType.DECIMAL || type == ValueType.AMOUNT
                || type == ValueType.YEAR;
    }
}
