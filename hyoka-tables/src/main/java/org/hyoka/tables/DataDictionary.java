package org.hyoka.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hyoka.glossary.FieldDescriptor;
import org.hyoka.glossary.FieldGroup;
import org.hyoka.glossary.SheetFields;
import org.jspecify.annotations.Nullable;

/**
 * The data dictionary: every field of the descriptor with the column name it has in the flat table, its
 * interchange path, type, unit, meaning and an example. Generated, so it cannot drift from the exports.
 */
public final class DataDictionary {

    public static final String ROW = "{n}";
    public static final String YEAR = "{年度}";
    public static final List<String> HEADER = List.of("列名", "項目名", "交換形式のパス", "単位ごとの繰り返し", "型", "単位", "意味", "例");

    /** One field as the dictionary lists it. */
    public record Entry(String column, String label, String path, String repeats, String type, String unit,
            String meaning, String example) {

        public List<String> cells() {
            return List.of(column, label, path, repeats, type, unit, meaning, example);
        }
    }

    private DataDictionary() {
    }

    public static List<Entry> entries() {
        return SheetFields.ALL.stream().map(DataDictionary::entry).toList();
    }

    /** The dictionary as CSV, in the same dialect as the tables it describes (UTF-8 with BOM, CRLF). */
    public static void writeCsv(OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        printer.printRecord(HEADER);
        for (Entry entry : entries()) {
            printer.printRecord(entry.cells().stream().map(Cells::neutralise).toList());
        }
        printer.flush();
    }

    /** Where a 1.1 column is: a table of つくば市 sheets only (形式1.0) is as it was before 1.1. */
    static final String VERSION_11_NOTE = "形式1.1の列：一覧表に形式1.1のシートがあるときだけある。";

    private static Entry entry(FieldDescriptor<?> field) {
        String column = switch (field.group()) {
            case SHEET -> field.label();
            case STRATEGIC_PLAN_ROW -> Column.planHeader(ROW, field.label());
            case INDICATOR -> field.key() ? "（列名の" + ROW + "）" : Column.indicatorHeader(ROW, field.label());
            case INDICATOR_YEAR -> field.key() ? Column.indicatorHeader(ROW, field.label())
                    : Column.yearHeader(Column.indicatorHeader(ROW, field.label()), YEAR);
            case COST_YEAR -> field.key() ? Column.costYearsHeader(field.label())
                    : Column.yearHeader(field.label(), YEAR);
            case ASSESSMENT_ITEM, EXTRA_TEXT -> Column.rowHeader(field.group(), ROW, field.label());
        };
        String type = field.type().label() + (field.choices().isEmpty() ? "" : "：" + String.join("／", field.choices()));
        String meaning = field.meaning() + (field.key() && field.group() != FieldGroup.INDICATOR
                ? "一覧表ではこの列に、その行が持つ年度をカンマ区切りで並べる。" : "")
                + (SchemaVersions.only11(field) && !field.key() ? VERSION_11_NOTE : "");
        return new Entry(column, field.label(), field.path(), field.group().label(), type, orEmpty(field.unit()),
                meaning, field.example());
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
