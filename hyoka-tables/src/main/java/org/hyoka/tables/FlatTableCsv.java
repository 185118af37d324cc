package org.hyoka.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.hyoka.sheet.Sheet;

/**
 * The flat table as CSV: UTF-8 with a byte-order mark (so that Excel opens it as UTF-8), CRLF, one
 * header row, cells that a spreadsheet would run as formulas neutralised. Reading also takes the
 * Shift_JIS (Windows-31J) that Excel writes when a clerk saves "CSV" on a Japanese Windows.
 */
final class FlatTableCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();

    private FlatTableCsv() {
    }

    static void write(TableLayout layout, Iterator<Sheet> sheets, OutputStream out) throws IOException {
        List<Column> columns = layout.columns();
        out.write(BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        List<String> header = new ArrayList<>(columns.size());
        columns.forEach(column -> header.add(column.header()));
        printer.printRecord(header);
        List<String> cells = new ArrayList<>(columns.size());
        while (sheets.hasNext()) {
            Sheet sheet = sheets.next();
            layout.requireFits(sheet);
            cells.clear();
            for (Column column : columns) {
                String text = column.text(sheet);
                cells.add(Cells.numeric(column.type()) ? text : Cells.neutralise(text));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    static TableRead read(byte[] content) {
        String text = decode(content);
        List<String> header;
        List<FlatTableReader.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return new TableRead.Refused("CSVが空です。", List.of());
            }
            header = records.next().toList();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (rows.size() > FlatTableReader.MAX_ROWS) {
                    return new TableRead.Refused("行が多すぎます（上限 " + FlatTableReader.MAX_ROWS + "行）。ファイルを分けてください。",
                            List.of());
                }
                rows.add(new FlatTableReader.Row((int) record.getRecordNumber(), record.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return new TableRead.Refused("CSVとして読めません（引用符の閉じ忘れなど）: " + firstLine(e.getMessage()), List.of());
        }
        return FlatTableReader.read(header, rows, index -> (index + 1) + "列目", true);
    }

    /** Whether the first line is the header of Hyoka's flat table. */
    static boolean recognises(byte[] content) {
        String text = decode(content);
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return FlatTables.isHeader(List.of(first.split(",", -1)));
    }

    static String decode(byte[] content) {
        int offset = startsWithBom(content) ? BOM.length : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, offset, content.length - offset, Charset.forName("Windows-31J"));
        }
    }

    private static boolean startsWithBom(byte[] content) {
        return content.length >= 3 && content[0] == BOM[0] && content[1] == BOM[1] && content[2] == BOM[2];
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
