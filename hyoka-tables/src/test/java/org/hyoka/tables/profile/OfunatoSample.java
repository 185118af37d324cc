package org.hyoka.tables.profile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The 大船渡市 layout sample (../shared/data/forms, three invented rows) and variants of it built with POI. */
final class OfunatoSample {

    private OfunatoSample() {
    }

    static byte[] xlsx() {
        try (InputStream in = OfunatoSample.class.getResourceAsStream("ofunato-layout-sample.xlsx")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample with its one worksheet changed. */
    static byte[] variant(Consumer<XSSFSheet> change) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx()))) {
            change.accept(workbook.getSheetAt(0));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int column(String letters) {
        return CellReference.convertColStringToIndex(letters);
    }

    /** Sets a cell (row from 1 as Excel counts) to a text. */
    static void set(XSSFSheet sheet, int row, String column, String text) {
        Row r = sheet.getRow(row - 1) == null ? sheet.createRow(row - 1) : sheet.getRow(row - 1);
        r.createCell(column(column)).setCellValue(text);
    }

    /** Empties a whole column, header included. */
    static void clear(XSSFSheet sheet, String column) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column(column));
            if (cell != null) {
                row.removeCell(cell);
            }
        }
    }

    /** The same table as CSV: every row and column as Excel shows it, the filler row and the empty columns A–B too. */
    static byte[] csv(byte[] xlsx) {
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int width = 0;
            for (Row row : sheet) {
                width = Math.max(width, row.getLastCellNum());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < width; i++) {
                        Cell cell = row.getCell(i);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                    printer.printRecord(cells);
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
