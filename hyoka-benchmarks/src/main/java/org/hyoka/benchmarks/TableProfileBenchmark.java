package org.hyoka.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.tables.FlatTables.Format;
import org.hyoka.tables.profile.ProfileRead;
import org.hyoka.tables.profile.TableProfile;
import org.hyoka.tables.profile.TableProfiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.xml.sax.InputSource;

/**
 * 10,000 rows of the 大船渡市 layout (210 columns; the sample's three invented rows over and over, built
 * in {@link #writeTable}) read through the taisho-ito-kekka profile into sheets; the score is seconds
 * for the whole table (target ≤ 10 s). The baseline, measured in the same run, is POI merely reading
 * every cell of the same workbook with its streaming reader, the floor under any reader of the file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class TableProfileBenchmark {

    static final int ROWS = 10_000;
    /** The sample of ../shared/data/forms; a system property points elsewhere when run from another directory. */
    private static final Path SAMPLE = Path.of(System.getProperty("hyoka.ofunatoSample",
            "../shared/data/forms/ofunato-layout-sample.xlsx"));
    private static final MunicipalityCode OFUNATO = new MunicipalityCode("032034");

    private final TableProfile taisho = TableProfiles.named("taisho-ito-kekka").orElseThrow();
    private byte[] xlsx = new byte[0];
    private byte[] csv = new byte[0];

    @Setup
    public void writeTable() throws IOException {
        byte[] sample = Files.readAllBytes(SAMPLE.isAbsolute() || Files.exists(SAMPLE) ? SAMPLE
                : Path.of("/work/shared/data/forms/ofunato-layout-sample.xlsx"));
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook source = new XSSFWorkbook(new ByteArrayInputStream(sample));
                SXSSFWorkbook many = new SXSSFWorkbook(100)) {
            XSSFSheet from = source.getSheetAt(0);
            SXSSFSheet to = many.createSheet(from.getSheetName());
            StringBuilder csvText = new StringBuilder();
            for (int r = 0; r < 2 + ROWS; r++) {
                Row template = from.getRow(r < 2 ? r : 2 + (r - 2) % 3);
                Row row = to.createRow(r);
                for (int c = 0; c < template.getLastCellNum(); c++) {
                    Cell cell = template.getCell(c);
                    String text = cell == null ? "" : formatter.formatCellValue(cell);
                    if (!text.isEmpty()) {
                        row.createCell(c).setCellValue(text);
                    }
                    csvText.append(c == 0 ? "" : ",").append('"').append(text.replace("\"", "\"\"")).append('"');
                }
                csvText.append("\r\n");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            many.write(out);
            xlsx = out.toByteArray();
            csv = csvText.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        for (ProfileRead read : new ProfileRead[] {readXlsx(), readCsv()}) {
            if (!(read instanceof ProfileRead.Read sheets) || sheets.sheets().size() != ROWS) {
                throw new IllegalStateException("the table does not read as " + ROWS + " sheets: " + read);
            }
        }
    }

    @Benchmark
    public ProfileRead readXlsx() {
        return TableProfiles.read(taisho, Format.XLSX, xlsx, OFUNATO);
    }

    @Benchmark
    public ProfileRead readCsv() {
        return TableProfiles.read(taisho, Format.CSV, csv, OFUNATO);
    }

    /** The floor: POI's streaming reader hands over every cell of the same workbook as text, nothing else done. */
    @Benchmark
    public long baselinePoiReadsEveryCell() throws Exception {
        long[] cells = {0};
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx))) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFSheetXMLHandler.SheetContentsHandler count = new XSSFSheetXMLHandler.SheetContentsHandler() {
                @Override
                public void startRow(int rowNum) {
                }

                @Override
                public void endRow(int rowNum) {
                }

                @Override
                public void cell(String reference, String value, XSSFComment comment) {
                    cells[0] += value == null ? 0 : value.length();
                }
            };
            var parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                    new ReadOnlySharedStringsTable(pkg, false), count, new DataFormatter(), false));
            try (InputStream sheet = reader.getSheetsData().next()) {
                parser.parse(new InputSource(sheet));
            }
        }
        return cells[0];
    }
}
