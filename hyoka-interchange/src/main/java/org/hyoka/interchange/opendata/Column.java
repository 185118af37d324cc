package org.hyoka.interchange.opendata;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

import org.hyoka.glossary.FieldDescriptor;
import org.hyoka.glossary.ValueType;
import org.jspecify.annotations.Nullable;

/**
 * One column of an open-data table: its header and how a row gives its cell. A cell is null (an empty
 * cell) when the sheet does not state the value; a 0 is 0. Columns of sheet fields write their value
 * as the field's {@link ValueType} does, so a table and the data dictionary agree.
 *
 * @param <R> the row
 */
public record Column<R>(String label, Function<R, @Nullable String> cell, Kind kind) {

    /**
     * What a cell holds, for the typed formats (Parquet): the CSV writes every kind as text, a typed file
     * as the column's type, so that an analyst sums 千円 without casting. DECIMAL is a double there: its
     * printed scale (1.50) is the CSV's, not the Parquet file's.
     */
    public enum Kind {
        TEXT, INTEGER, DECIMAL, DATE
    }

    /** A column of text. */
    public Column(String label, Function<R, @Nullable String> cell) {
        this(label, cell, Kind.TEXT);
    }

    /** The types whose cells are written from people's text, which may start like a formula. */
    private static final Set<ValueType> FREE_TEXT = EnumSet.of(ValueType.TEXT, ValueType.LINES, ValueType.CHOICE,
            ValueType.CODE);

    /** The column of a sheet field, read from the part of the row that the field belongs to. */
    static <R, T> Column<R> of(FieldDescriptor<T> field, Function<R, @Nullable T> part) {
        return new Column<>(field.label(), row -> {
            T record = part.apply(row);
            if (record == null) {
                return null;
            }
            String text = field.text(record);
            if (text.isEmpty()) {
                return null;
            }
            return FREE_TEXT.contains(field.type()) ? neutralised(text) : text;
        }, kindOf(field.type()));
    }

    private static Kind kindOf(ValueType type) {
        return switch (type) {
            case INTEGER, AMOUNT, YEAR -> Kind.INTEGER;
            case DECIMAL -> Kind.DECIMAL;
            default -> Kind.TEXT;
        };
    }

    static <R> Column<R> number(String label, Function<R, @Nullable Long> value) {
        return new Column<>(label, row -> {
            Long number = value.apply(row);
            return number == null ? null : number.toString();
        }, Kind.INTEGER);
    }

    /** Identifiers Hyoka writes itself (digits and hyphens): never a formula, never neutralised. */
    static <R> Column<R> identifier(String label, Function<R, String> value) {
        return new Column<>(label, value::apply);
    }

    /** YYYY-MM-DD. */
    static <R> Column<R> date(String label, Function<R, LocalDate> value) {
        return new Column<>(label, row -> value.apply(row).toString(), Kind.DATE);
    }

    /**
     * Texts come from the cities' sheets, so one that starts with = + - @ (or a tab or carriage return,
     * which some spreadsheets skip before looking) would run as a formula when the file is opened in
     * Excel. Such a cell starts with an apostrophe, which spreadsheets show as text. Only texts: numbers
     * are written by Hyoka, and a negative number stays a number.
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
}
