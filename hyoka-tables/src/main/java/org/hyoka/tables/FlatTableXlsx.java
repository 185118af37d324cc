package org.hyoka.tables;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hyoka.glossary.ValueType;
import org.hyoka.sheet.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * The flat table as an .xlsx workbook: numbers as numbers (amounts with thousands separators, decimals
 * with the number of places they were given, so that 1.50 reads back as 1.50), texts and codes as text.
 * Written streaming (a window of rows in memory); read only after {@link WorkbookGuard} has checked the file.
 */
final class FlatTableXlsx {

    static final String SHEET_NAME = "事務事業一覧";
    /** Above this a double no longer holds every digit: such a number is written as text. */
    private static final int DOUBLE_DIGITS = 15;
    private static final int ROW_WINDOW = 100;

    private FlatTableXlsx() {
    }

    static void write(TableLayout layout, Iterator<Sheet> sheets, OutputStream out) throws IOException {
        List<Column> columns = layout.columns();
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        try {
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet = workbook.createSheet(SHEET_NAME);
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(columns.get(i).header());
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(i, Cells.numeric(columns.get(i).type()) ? 12 * 256 : 20 * 256);
            }
            sheet.createFreezePane(0, 1);
            int rowIndex = 1;
            while (sheets.hasNext()) {
                Sheet source = sheets.next();
                layout.requireFits(source);
                Row row = sheet.createRow(rowIndex++);
                for (int i = 0; i < columns.size(); i++) {
                    write(row, i, columns.get(i), columns.get(i).value(source), styles);
                }
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void write(Row row, int index, Column column, @Nullable Object value, Styles styles) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(index);
        BigDecimal number = value instanceof BigDecimal d ? d
                : value instanceof Long l ? BigDecimal.valueOf(l)
                : value instanceof Integer n && Cells.numeric(column.type()) ? BigDecimal.valueOf(n) : null;
        if (number != null && number.precision() <= DOUBLE_DIGITS) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(styles.number(column.type(), Math.max(0, number.scale())));
            return;
        }
        String text = column.type().format(value);
        if (text.length() > FlatTableReader.MAX_CELL_CHARS) {
            throw new IllegalArgumentException(column.header() + " は " + text.length() + " 文字あり、Excelのセル（上限 "
                    + FlatTableReader.MAX_CELL_CHARS + " 文字）に入りません");
        }
        cell.setCellValue(text);
        cell.setCellStyle(styles.text);
    }

    static TableRead read(byte[] content) {
        WorkbookGuard.Verdict verdict = WorkbookGuard.check(content);
        if (verdict instanceof WorkbookGuard.Verdict.Refused refused) {
            return new TableRead.Refused(refused.reason(), List.of());
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                return new TableRead.Refused("ワークシートがありません。", List.of());
            }
            XSSFSheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > FlatTableReader.MAX_ROWS + 1) {
                return new TableRead.Refused("行が多すぎます（上限 " + FlatTableReader.MAX_ROWS + "行）。ファイルを分けてください。", List.of());
            }
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null) {
                return new TableRead.Refused("最初のワークシートが空です。", List.of());
            }
            List<String> header = texts(headerRow, headerRow.getLastCellNum());
            List<FlatTableReader.Row> rows = new ArrayList<>();
            for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null) {
                    rows.add(new FlatTableReader.Row(r + 1, texts(row, Math.max(header.size(), row.getLastCellNum()))));
                }
            }
            return FlatTableReader.read(header, rows, index -> CellReference.convertNumToColString(index) + "列", false);
        } catch (IOException | RuntimeException e) {
            return new TableRead.Refused("Excelのブックとして読めません（" + e.getClass().getSimpleName() + "）。"
                    + ".xlsx として保存し直してください。", List.of());
        }
    }

    /** Whether the first row of the first worksheet is the header of Hyoka's flat table. */
    static boolean recognises(byte[] content) {
        if (!(WorkbookGuard.check(content) instanceof WorkbookGuard.Verdict.Acceptable)) {
            return false;
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                return false;
            }
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row first = sheet.getRow(sheet.getFirstRowNum());
            return first != null && FlatTables.isHeader(texts(first, first.getLastCellNum()));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static List<String> texts(Row row, int width) {
        List<String> cells = new ArrayList<>(Math.max(0, width));
        for (int i = 0; i < width; i++) {
            cells.add(text(row.getCell(i)));
        }
        return cells;
    }

    /** A cell as the text the descriptor reads: a number with the places its format shows, a formula by its result. */
    private static String text(@Nullable Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> number(cell.getNumericCellValue(), cell.getCellStyle().getDataFormatString());
            case BOOLEAN -> cell.getBooleanCellValue() ? "有" : "無";
            default -> "";
        };
    }

    static String number(double value, @Nullable String format) {
        BigDecimal number = new BigDecimal(Double.toString(value));
        int places = places(format);
        if (places >= 0) {
            return number.setScale(places, java.math.RoundingMode.HALF_UP).toPlainString();
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** Decimal places a number format shows (0.00 → 2, #,##0 → 0), or -1 for General and anything else. */
    private static int places(@Nullable String format) {
        if (format == null || !format.matches("[#,0]*0(\\.0+)?")) {
            return -1;
        }
        int dot = format.indexOf('.');
        return dot < 0 ? 0 : format.length() - dot - 1;
    }

    private static final class Styles {
        private final SXSSFWorkbook workbook;
        private final DataFormat formats;
        private final CellStyle header;
        private final CellStyle text;
        private final Map<String, CellStyle> numbers = new HashMap<>();

        Styles(SXSSFWorkbook workbook) {
            this.workbook = workbook;
            this.formats = workbook.createDataFormat();
            this.header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            this.text = workbook.createCellStyle();
            text.setDataFormat(formats.getFormat("@"));
        }

        CellStyle number(ValueType type, int places) {
            String format = type == ValueType.AMOUNT ? "#,##0" : places == 0 ? "0" : "0." + "0".repeat(places);
            return numbers.computeIfAbsent(format, f -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(formats.getFormat(f));
                return style;
            });
        }
    }
}
