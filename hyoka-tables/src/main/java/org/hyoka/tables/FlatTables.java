package org.hyoka.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hyoka.glossary.Field;
import org.hyoka.sheet.Sheet;

/**
 * Hyoka's flat table of sheets, the form many cities keep their evaluation in: one row a sheet, one
 * column a field (from {@link org.hyoka.glossary.SheetFields}), indicators and costs in year columns
 * such as 指標1_目標値_2024 and 予算額_2024, 評価項目 and その他の記載事項 in numbered columns such as
 * 評価項目1_判定. Written as .xlsx or CSV and read back to equal sheets. A table of つくば市 sheets has only
 * schema 1.0's columns (see {@link TableLayout}); tables with or without the 1.1 columns both read.
 */
public final class FlatTables {

    /** The formats, by the file name's extension. */
    public enum Format {
        CSV("csv", "text/csv; charset=UTF-8"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String extension;
        private final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String extension() {
            return extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public static Optional<Format> ofFileName(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            for (Format format : values()) {
                if (lower.endsWith("." + format.extension)) {
                    return Optional.of(format);
                }
            }
            return Optional.empty();
        }
    }

    private FlatTables() {
    }

    /** Writes the sheets with columns for every year and 戦略プラン row they hold. */
    public static void write(Format format, List<Sheet> sheets, OutputStream out) throws IOException {
        write(format, TableLayout.of(sheets), sheets.iterator(), out);
    }

    /**
     * Writes sheets one at a time into a layout decided beforehand (e.g. from a first pass).
     *
     * @throws IllegalArgumentException if a sheet holds more than the layout's columns (nothing is left out)
     */
    public static void write(Format format, TableLayout layout, Iterator<Sheet> sheets, OutputStream out)
            throws IOException {
        if (format == Format.CSV) {
            FlatTableCsv.write(layout, sheets, out);
        } else {
            FlatTableXlsx.write(layout, sheets, out);
        }
    }

    /** Every sheet of the table, or nothing and why (Japanese; each problem with its row and column). */
    public static TableRead read(Format format, byte[] content) {
        return format == Format.CSV ? FlatTableCsv.read(content) : FlatTableXlsx.read(content);
    }

    /**
     * Whether the file is Hyoka's flat table (its header names 事務事業名 and 評価年度), as opposed to
     * another CSV or workbook, such as the form-layout sheet workbook.
     */
    public static boolean recognises(Format format, byte[] content) {
        return format == Format.CSV ? FlatTableCsv.recognises(content) : FlatTableXlsx.recognises(content);
    }

    static boolean isHeader(List<String> names) {
        List<String> stripped = names.stream().map(n -> n.strip().replace("\"", "").replace("\uFEFF", "")).toList();
        return stripped.contains(Field.TITLE.label()) && stripped.contains(Field.FISCAL_YEAR.label());
    }
}
