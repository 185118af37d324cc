package org.hyoka.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hyoka.arithmetic.UnitCostTable;

/**
 * Makes the committed corpus of hostile and foreign workbooks in src/test/resources/org/hyoka/excel/hostile.
 * Run {@code main} to write them again; the test reads the committed files, so that a change here
 * that stops making a file hostile shows up as a changed file in review.
 */
public final class HostileWorkbooks {

    static final String DIRECTORY = "src/test/resources/org/hyoka/excel/hostile";

    private HostileWorkbooks() {
    }

    /** File name → how to make it. */
    static Map<String, Supplier<byte[]>> corpus() {
        Map<String, Supplier<byte[]>> files = new LinkedHashMap<>();
        files.put("not-a-hyoka-sheet.xlsx", HostileWorkbooks::foreignWorkbook);
        files.put("password-protected.xlsx", HostileWorkbooks::encrypted);
        files.put("macro-enabled.xlsm", () -> withEntries(sheet(), Map.of("xl/vbaProject.bin", new byte[2048]), true));
        files.put("macro-content-type-only.xlsx", () -> withEntries(sheet(), Map.of(), true));
        files.put("zip-bomb-size.xlsx", () -> withEntries(sheet(), Map.of("xl/media/image1.bin", new byte[40 << 20]), false));
        files.put("zip-bomb-ratio.xlsx", () -> withEntries(sheet(), Map.of("xl/media/image1.bin", new byte[3 << 20]), false));
        files.put("external-link.xlsx", () -> withEntries(sheet(), Map.of("xl/externalLinks/externalLink1.xml",
                ("<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                        + "<externalBook/></externalLink>").getBytes(StandardCharsets.UTF_8)), false));
        files.put("too-many-rows.xlsx", HostileWorkbooks::tooManyRows);
        files.put("legacy-format.xls", HostileWorkbooks::legacy);
        files.put("text-named-xlsx.xlsx", () -> "事務事業マネジメントシート\n令和 6年度\n".getBytes(StandardCharsets.UTF_8));
        files.put("truncated.xlsx", () -> {
            byte[] whole = sheet();
            return java.util.Arrays.copyOf(whole, whole.length / 2);
        });
        files.put("formula-over-whole-columns.xlsx", () -> Workbooks.edited(sheet(), workbook -> Workbooks.cell(workbook,
                Names.PURPOSE).setCellFormula("SUMPRODUCT(A:XFD)")));
        files.put("formula-chain.xlsx", () -> Workbooks.edited(sheet(), workbook -> {
            var extra = workbook.createSheet("計算");
            for (int r = 0; r < 1_000; r++) {
                extra.createRow(r).createCell(0).setCellFormula(r == 999 ? "1" : "A" + (r + 2) + "+1");
            }
        }));
        files.put("formula-indirect.xlsx", () -> Workbooks.edited(sheet(), workbook -> Workbooks.cell(workbook,
                Names.TITLE).setCellFormula("INDIRECT(\"A\"&ROW())")));
        files.put("names-removed.xlsx", () -> Workbooks.edited(sheet(), workbook -> workbook.removeName(
                workbook.getName(Names.TITLE))));
        return files;
    }

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : DIRECTORY);
        Files.createDirectories(directory);
        for (Map.Entry<String, Supplier<byte[]>> file : corpus().entrySet()) {
            Files.write(directory.resolve(file.getKey()), file.getValue().get());
        }
    }

    private static byte[] sheet() {
        return new SheetWorkbookWriter(UnitCostTable.standard()).write(Workbooks.everyField());
    }

    private static byte[] foreignWorkbook() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("予算");
            sheet.createRow(0).createCell(0).setCellValue("事務事業名");
            sheet.getRow(0).createCell(1).setCellValue("情報通信ネットワーク運営業務");
            return bytes(workbook::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real Hyoka workbook, encrypted with a password as Excel does it (agile encryption in OLE2). */
    private static byte[] encrypted() {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("hyoka");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(sheet());
            }
            return bytes(fs::writeFilesystem);
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] tooManyRows() {
        return Workbooks.edited(sheet(), workbook -> {
            var extra = workbook.createSheet("明細");
            for (int r = 0; r < 3_000; r++) {
                extra.createRow(r).createCell(0).setCellValue(r);
            }
        });
    }

    private static byte[] legacy() {
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("事務事業").createRow(0).createCell(0).setCellValue("事務事業名");
            return bytes(workbook::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook's ZIP with entries added and, for a macro-enabled file, Excel's macro content type. */
    static byte[] withEntries(byte[] xlsx, Map<String, byte[]> added, boolean macroEnabled) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (macroEnabled && entry.getName().equals("[Content_Types].xml")) {
                    content = new String(content, StandardCharsets.UTF_8).replace(
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                            "application/vnd.ms-excel.sheet.macroEnabled.main+xml").getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
            for (Map.Entry<String, byte[]> entry : added.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static byte[] bytes(Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
