package org.hyoka.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.hyoka.tables.FlatTables;
import org.hyoka.tables.profile.ProfileRead;
import org.hyoka.tables.profile.TableProfiles;

/**
 * The 大船渡市 layout sample of /work/shared/data/forms (the city's table of 令和7年度 with three invented
 * rows and fictitious staff names and telephone numbers), and variants of it that a profile must refuse.
 */
public final class OfunatoSample {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The row of the headers (row 1 is the table's filler row). */
    private static final int HEADER_ROW = 1;

    private OfunatoSample() {
    }

    public static byte[] bytes() {
        try (InputStream in = OfunatoSample.class.getResourceAsStream("/forms/ofunato-layout-sample.xlsx")) {
            if (in == null) {
                throw new IllegalStateException("forms/ofunato-layout-sample.xlsx is not on the test class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The three rows of the sample as the shipped profile reads them, as sheets of 大船渡市 (032034). */
    public static List<Sheet> sheets() {
        ProfileRead read = TableProfiles.read(TableProfiles.named("taisho-ito-kekka").orElseThrow(),
                FlatTables.Format.XLSX, bytes(), new MunicipalityCode("032034"));
        if (read instanceof ProfileRead.Read sheets) {
            return sheets.sheets();
        }
        throw new IllegalStateException("the 大船渡市 sample does not read: " + read);
    }

    /** The sample with one header cell's text replaced, as a city that renamed a column would send it. */
    public static byte[] withHeaderRenamed(String header, String renamed) {
        return edited(header, HEADER_ROW, renamed);
    }

    /** The sample with the first project's (row 3's) cell under the header (its beginning, without spaces) replaced. */
    public static byte[] withFirstProjectCell(String header, String text) {
        return edited(header, HEADER_ROW + 1, text);
    }

    private static byte[] edited(String header, int rowIndex, String text) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes()));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int column = -1;
            for (Cell candidate : workbook.getSheetAt(0).getRow(HEADER_ROW)) {
                if (candidate.getCellType() == CellType.STRING && candidate.getStringCellValue().replaceAll("\\s", "").startsWith(header)) {
                    column = candidate.getColumnIndex();
                }
            }
            if (column < 0) {
                throw new IllegalArgumentException("the sample has no header " + header);
            }
            Row row = workbook.getSheetAt(0).getRow(rowIndex);
            // the table's cells are inline strings, which POI would keep beside a new value: a new cell instead
            Cell cell = row.getCell(column);
            if (cell != null) {
                row.removeCell(cell);
            }
            row.createCell(column, CellType.STRING).setCellValue(text);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
