package org.hyoka.tables;

import org.hyoka.glossary.ValueType;
import org.hyoka.interchange.opendata.Column;

/**
 * Spreadsheet programs run a CSV cell that starts with = + - @ (or a tab or carriage return) as a
 * formula. Such a text is written with a leading apostrophe ({@link Column#neutralised}, the open
 * data's rule), and so is a text that starts with one, so that reading the flat table back removes
 * exactly one apostrophe and every text comes back as it was.
 */
public final class Cells {

    private Cells() {
    }

    /** The open data's rule (one rule for every CSV Hyoka writes), plus an apostrophe for a text that starts with one. */
    public static String neutralise(String text) {
        return text.startsWith("'") ? "'" + text : Column.neutralised(text);
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
