package org.hyoka.interchange.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes one open-data table as CSV, a sheet at a time, as the 自治体標準オープンデータセット asks:
 * UTF-8 with a byte order mark (so that Excel reads it as UTF-8), CRLF, one header row. Nothing is
 * kept between sheets, so the memory it needs does not grow with the number of sheets.
 * {@link #finish()} flushes without closing the stream, which may go on (a ZIP's next entry).
 */
public final class TableWriter {

    /** RFC 4180 with CRLF; a cell is quoted only when it must be (a comma, quote or line break in it). */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL).get();

    private final OpenDataTable table;
    private final CSVPrinter printer;

    private TableWriter(OpenDataTable table, Writer out) throws IOException {
        this.table = table;
        this.printer = new CSVPrinter(out, FORMAT);
        out.write('\uFEFF');
        printer.printRecord(table.labels());
        // the header goes out at once: a client sees the table begin before the first sheet is read
        printer.flush();
    }

    /** Starts the table on the stream: the byte order mark and the header row. */
    public static TableWriter start(OpenDataTable table, OutputStream out) {
        try {
            return new TableWriter(table, new OutputStreamWriter(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sheet's rows: one in sheets.csv, one an indicator × year, a cost year, an assessment item, an extra text. */
    public void write(PublishedSheet sheet) {
        try {
            for (List<String> row : table.rows(sheet)) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void finish() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
