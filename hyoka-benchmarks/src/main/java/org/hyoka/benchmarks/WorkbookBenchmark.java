package org.hyoka.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.excel.SheetWorkbookReader;
import org.hyoka.excel.SheetWorkbookWriter;
import org.hyoka.excel.WorkbookRead;
import org.hyoka.importer.InputResult;
import org.hyoka.importer.SheetImporter;
import org.hyoka.sheet.Sheet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One seed sheet as a workbook: written (layout, formulas checked by POI's evaluator, zipped) and
 * read back (container scan, parse, formulas worked out again). The baseline is the floor POI
 * itself sets: a workbook of one cell written and read back, so the ratio is what the form costs
 * on top of merely using XSSF.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WorkbookBenchmark {

    private final SheetWorkbookWriter writer = new SheetWorkbookWriter(UnitCostTable.standard());
    private final SheetWorkbookReader reader = SheetWorkbookReader.standard();
    private Sheet sheet;
    private byte[] workbook = new byte[0];
    private byte[] oneCell = new byte[0];

    @Setup
    public void seedSheet() throws IOException {
        InputResult.Read read = (InputResult.Read) SheetImporter.standard().importBytes("seed",
                SeedText.read().getBytes(StandardCharsets.UTF_8), Optional.empty());
        sheet = read.importedSheets().get(0);
        workbook = writer.write(sheet);
        if (!(reader.read(workbook) instanceof WorkbookRead.Read back) || !back.sheet().equals(sheet)) {
            throw new IllegalStateException("the seed sheet does not come back from its workbook");
        }
        oneCell = baselineWriteOneCell();
    }

    @Benchmark
    public byte[] writeSheet() {
        return writer.write(sheet);
    }

    @Benchmark
    public Object readSheet() {
        return reader.read(workbook);
    }

    @Benchmark
    public byte[] baselineWriteOneCell() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("シート").createRow(0).createCell(0).setCellValue(sheet.title());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    @Benchmark
    public Object baselineReadOneCell() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(oneCell))) {
            return List.of(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
    }
}
