package org.hyoka.tables;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Any table's rows as texts, for readers other than the flat table's own (table profiles): a CSV decoded
 * as the flat table decodes it (UTF-8 with or without BOM, else Windows-31J), a workbook checked by
 * {@link WorkbookGuard} and then streamed (SAX; a row at a time, so a table of 10,000 rows and 200
 * columns needs no workbook in memory). The flat table's limits apply: rows, columns, cell length.
 */
public final class TableSource {

    /** Receives each non-empty row; returns false to stop reading. */
    @FunctionalInterface
    public interface RowHandler {
        boolean row(int number, List<String> cells);
    }

    public static final int MAX_ROWS = FlatTableReader.MAX_ROWS;
    public static final int MAX_COLUMNS = FlatTableReader.MAX_COLUMNS;
    public static final int MAX_CELL_CHARS = FlatTableReader.MAX_CELL_CHARS;

    private TableSource() {
    }

    /**
     * Hands every row (numbered from 1 as the file counts them) to the handler.
     *
     * @param worksheet the worksheet of a workbook to read, null for the first
     * @return why the file cannot be read (Japanese, one sentence), or empty when every row was handed over
     */
    public static Optional<String> read(FlatTables.Format format, byte[] content, @Nullable String worksheet,
            RowHandler handler) {
        try {
            return format == FlatTables.Format.CSV ? csv(content, handler) : xlsx(content, worksheet, handler);
        } catch (Refusal refusal) {
            return Optional.of(refusal.getMessage());
        }
    }

    /** How a person finds a column: V列 in a workbook, 22列目 in a CSV. */
    public static String columnName(FlatTables.Format format, int index) {
        return format == FlatTables.Format.CSV ? (index + 1) + "列目" : CellReference.convertNumToColString(index) + "列";
    }

    private static Optional<String> csv(byte[] content, RowHandler handler) {
        String text = FlatTableCsv.decode(content);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
            Iterator<CSVRecord> records = parser.iterator();
            int rows = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                List<String> cells = record.toList();
                check(++rows, cells);
                if (!blank(cells) && !handler.row((int) record.getRecordNumber(), cells)) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            return Optional.of("CSVとして読めません（引用符の閉じ忘れなど）: " + message);
        }
        return Optional.empty();
    }

    private static Optional<String> xlsx(byte[] content, @Nullable String worksheet, RowHandler handler) {
        if (WorkbookGuard.check(content) instanceof WorkbookGuard.Verdict.Refused refused) {
            return Optional.of(refused.reason());
        }
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (worksheet == null || worksheet.equals(sheets.getSheetName())) {
                        XMLReader parser = XMLHelper.newXMLReader();
                        Rows rows = new Rows(handler);
                        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new Numbers(), false));
                        try {
                            parser.parse(new InputSource(sheet));
                        } catch (Stop stop) {
                            // the handler has what it wanted
                        }
                        return Optional.empty();
                    }
                }
            }
            return Optional.of(worksheet == null ? "ワークシートがありません。" : "ワークシート「" + worksheet + "」がありません。");
        } catch (Refusal refusal) {
            throw refusal;
        } catch (IOException | SAXException | RuntimeException | javax.xml.parsers.ParserConfigurationException e) {
            return Optional.of("Excelのブックとして読めません（" + e.getClass().getSimpleName() + "）。.xlsx として保存し直してください。");
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            return Optional.of("Excelのブックとして読めません（" + e.getClass().getSimpleName() + "）。.xlsx として保存し直してください。");
        }
    }

    private static void check(int rows, List<String> cells) {
        if (rows > MAX_ROWS) {
            throw new Refusal("行が多すぎます（上限 " + MAX_ROWS + "行）。ファイルを分けてください。");
        }
        if (cells.size() > MAX_COLUMNS) {
            throw new Refusal("列が多すぎます（" + cells.size() + "列、上限 " + MAX_COLUMNS + "列）。");
        }
        for (String cell : cells) {
            if (cell.length() > MAX_CELL_CHARS) {
                throw new Refusal(rows + "行目に長すぎるセルがあります（上限 " + MAX_CELL_CHARS + "文字）。");
            }
        }
    }

    private static boolean blank(List<String> cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** One worksheet's cells, gathered into rows; cells the file leaves out are empty texts. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();
        private int rows;

        Rows(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            check(++rows, cells);
            if (rowNum + 1 > MAX_ROWS + 1) {
                throw new Refusal("行が多すぎます（上限 " + MAX_ROWS + "行）。ファイルを分けてください。");
            }
            if (!blank(cells) && !handler.row(rowNum + 1, List.copyOf(cells))) {
                throw new Stop();
            }
        }

        @Override
        public void cell(@Nullable String reference, @Nullable String value, @Nullable XSSFComment comment) {
            int column = reference == null || column(reference) < 0 ? cells.size() : column(reference);
            if (column >= MAX_COLUMNS) {
                throw new Refusal("列が多すぎます（上限 " + MAX_COLUMNS + "列）。");
            }
            while (cells.size() < column) {
                cells.add("");
            }
            String text = value == null ? "" : value;
            if (column < cells.size()) {
                cells.set(column, text);
            } else {
                cells.add(text);
            }
        }
    }

    /** The column of a cell reference (AB12 → 27), without building a CellReference for each of millions of cells. */
    static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    /** Numbers as the flat table reads them (every digit; the places a plain number format shows), not as General rounds them. */
    private static final class Numbers extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, @Nullable String formatString) {
            if (formatString == null || formatString.equals("General") || formatString.matches("[#,0]*0(\\.0+)?")) {
                return FlatTableXlsx.number(value, formatString);
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refusal(String message) {
            super(message, null, false, false);
        }
    }

    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }
}
