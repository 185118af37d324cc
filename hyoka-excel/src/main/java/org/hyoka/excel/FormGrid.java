package org.hyoka.excel;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Places the form's cells row by row: labels, merged input boxes, and the defined name of each
 * field. Column widths are the form's; row heights grow with the text they hold, so that a long
 * text is wrapped inside its box and never cut.
 */
final class FormGrid {

    /** Column widths in characters: A section, B label, C–H the six year columns, I–J the rest. */
    static final int[] WIDTHS = {4, 15, 11, 11, 11, 11, 11, 11, 11, 11};
    static final int FIRST_VALUE_COLUMN = 2;
    static final int LAST_COLUMN = WIDTHS.length - 1;
    private static final float LINE_POINTS = 12.5f;
    private static final float MIN_ROW_POINTS = 16f;

    final XSSFWorkbook workbook;
    final XSSFSheet sheet;
    final Styles styles;
    private int nextRow;
    private final List<Integer> pageBreaks = new ArrayList<>();

    FormGrid(XSSFWorkbook workbook, XSSFSheet sheet) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.styles = new Styles(workbook);
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256 + 180);
        }
    }

    /** A new row, at least one text line high. */
    int row() {
        Row row = sheet.createRow(nextRow);
        row.setHeightInPoints(MIN_ROW_POINTS);
        return nextRow++;
    }

    /** A row the form needs but a person does not read (the years as numbers, the listed flags). */
    int hiddenRow() {
        int r = row();
        sheet.getRow(r).setZeroHeight(true);
        return r;
    }

    int rowsSoFar() {
        return nextRow;
    }

    void pageBreakBefore() {
        pageBreaks.add(nextRow - 1);
        sheet.setRowBreak(nextRow - 1);
    }

    List<Integer> pageBreaks() {
        return List.copyOf(pageBreaks);
    }

    /**
     * A cell spanning columns first..last of a row, styled throughout so that its borders draw. Merged
     * without POI's overlap check (quadratic in the number of regions, a third of the writing time):
     * the form's boxes never overlap, which a test checks with {@code validateMergedRegions}.
     */
    Cell box(int row, int first, int last, CellStyle style) {
        Row r = sheet.getRow(row);
        for (int c = first; c <= last; c++) {
            Cell cell = r.getCell(c) == null ? r.createCell(c) : r.getCell(c);
            cell.setCellStyle(style);
        }
        if (last > first) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(row, row, first, last));
        }
        return r.getCell(first);
    }

    /** A label box, printed on the form. */
    void label(int row, int first, int last, String text) {
        box(row, first, last, styles.label).setCellValue(text);
        grow(row, first, last, text);
    }

    /** A section label spanning several rows down column A (the form's vertical headings). */
    void sideLabel(int firstRow, int lastRow, String text) {
        for (int r = firstRow; r <= lastRow; r++) {
            Cell cell = sheet.getRow(r).getCell(0) == null ? sheet.getRow(r).createCell(0) : sheet.getRow(r).getCell(0);
            cell.setCellStyle(styles.centeredLabel);
        }
        if (lastRow > firstRow) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(firstRow, lastRow, 0, 0));
        }
        sheet.getRow(firstRow).getCell(0).setCellValue(text);
    }

    /** An unlocked text box named {@code name}; null writes an empty box. */
    void text(String name, int row, int first, int last, @Nullable String value) {
        Cell cell = box(row, first, last, styles.text);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
            grow(row, first, last, value);
        }
        name(name, row, first, row, first);
    }

    /** A drop-down choice box. */
    void choice(String name, int row, int first, int last, @Nullable String value) {
        Cell cell = box(row, first, last, styles.choice);
        if (value != null) {
            cell.setCellValue(value);
        }
        name(name, row, first, row, first);
    }

    void name(String name, int firstRow, int firstCol, int lastRow, int lastCol) {
        Name defined = workbook.createName();
        defined.setNameName(name);
        String sheetName = "'" + sheet.getSheetName().replace("'", "''") + "'";
        CellReference first = new CellReference(firstRow, firstCol, true, true);
        CellReference last = new CellReference(lastRow, lastCol, true, true);
        defined.setRefersToFormula(sheetName + "!" + first.formatAsString(false)
                + (firstRow == lastRow && firstCol == lastCol ? "" : ":" + last.formatAsString(false)));
    }

    static String address(int row, int col) {
        return new CellReference(row, col, true, true).formatAsString(false);
    }

    static String relative(int row, int col) {
        return new CellReference(row, col, false, false).formatAsString(false);
    }

    /** Rows grow with their longest text; a full-width character is about twice a half-width one. */
    void grow(int row, int first, int last, String value) {
        float widthUnits = 0;
        for (int c = first; c <= last; c++) {
            widthUnits += WIDTHS[c] + 0.7f;
        }
        int lines = 0;
        for (String paragraph : value.split("\n", -1)) {
            float units = 0;
            for (int i = 0; i < paragraph.length(); i++) {
                units += paragraph.charAt(i) < 0x2000 ? 0.95f : 1.85f;
            }
            lines += Math.max(1, (int) Math.ceil(units / (widthUnits * 0.97f)));
        }
        Row r = sheet.getRow(row);
        float needed = Math.max(MIN_ROW_POINTS, lines * LINE_POINTS + 4);
        if (needed > r.getHeightInPoints()) {
            r.setHeightInPoints(Math.min(needed, 409));
        }
    }

    /** Height of rows [from, to) in points, hidden rows counting nothing. */
    float height(int from, int to) {
        float total = 0;
        for (int r = from; r < to; r++) {
            Row row = sheet.getRow(r);
            if (row != null && !row.getZeroHeight()) {
                total += row.getHeightInPoints();
            }
        }
        return total;
    }

    /**
     * Width of all columns in points, as a spreadsheet lays them out for printing. A character unit
     * is the default font's digit width: about 7 pixels on screen, but LibreOffice prints the same
     * columns about 50 % wider (measured on its PDF), so the wider figure is used.
     */
    static float widthPoints() {
        float total = 0;
        for (int w : WIDTHS) {
            total += (w + 0.7f) * 7 * 0.75f * 1.5f;
        }
        return total;
    }
}
