package org.hyoka.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hyoka.fixtures.Fixtures;
import org.hyoka.importer.InputResult;
import org.hyoka.importer.SheetImporter;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.PublishedSheets;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open-data files of the eight つくば市 seed sheets, byte for byte, on H2 and on PostgreSQL: the
 * same bytes from either database. Drafts never appear, and the export streams: it writes as the
 * cursor hands over sheets and keeps nothing of the sheets before.
 */
class OpenDataExportIntegrationTest {

    /** 2025-03-31 16:00 UTC is 2025-04-01 in Japan: 公開日 is the Japanese date. */
    private static final String PUBLISHED_AT = "2025-03-31 16:00:00+00";

    private record Store(SheetRepository repository, PublishedSheets published, JdbcTemplate jdbc) {
    }

    private static Store store(TestDatabases.Kind kind) {
        DataSource dataSource = TestDatabases.fresh(kind);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        return new Store(new SheetRepository(jdbc, transactions, event -> { }),
                new PublishedSheets(jdbc, transactions), jdbc);
    }

    private static List<Sheet> seedSheets() {
        InputResult result = SheetImporter.standard().importText("seed", Fixtures.seedText(), "UTF-8",
                Optional.of(new Municipality(new MunicipalityCode("082201"), "つくば市")));
        return ((InputResult.Read) result).importedSheets();
    }

    /** The seed published as sheets 1–8 at a fixed time, and one draft of the same city and year. */
    private static Dataset seedDataset(Store store) {
        store.repository().saveAll(seedSheets());
        store.jdbc().update("UPDATE sheet SET saved_at = CAST(? AS TIMESTAMP WITH TIME ZONE)", PUBLISHED_AT);
        store.repository().insertUnpublished(List.of(seedSheets().get(0)));
        return new Dataset(store.published().set("082201", 2024).orElseThrow(), Licence.CC_BY_4_0);
    }

    private static byte[] export(Store store, Dataset dataset, Distribution distribution) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new OpenDataExports(store.published(), new ParquetCache()).write(dataset, distribution, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theSeedSheetsExportToExactlyTheExpectedCsvBytes(TestDatabases.Kind kind) {
        Store store = store(kind);
        Dataset dataset = seedDataset(store);

        List<Distribution> tables = List.of(Distribution.SHEETS_CSV, Distribution.INDICATORS_CSV,
                Distribution.COSTS_CSV);
        for (Distribution table : tables) {
            keepForReview("seed-082201-2024-" + table.file(), export(store, dataset, table));
        }
        for (Distribution table : tables) {
            String name = "seed-082201-2024-" + table.file();
            assertThat(new String(export(store, dataset, table), StandardCharsets.UTF_8))
                    .as("%s on %s (as written: target/%s)", table.file(), kind, name).isEqualTo(expected(name));
        }
    }

    /**
     * An oracle that is not the export: every cost year and indicator year of the three fixture sheets
     * (the interchange JSON a person checked against the printed sheets) is one CSV row, cell by cell.
     */
    @Test
    void everyCostAndIndicatorYearOfTheFixtureSheetsIsARowWithTheFixturesNumbers() throws IOException {
        Store store = store(TestDatabases.Kind.H2);
        Dataset dataset = seedDataset(store);
        Map<String, CSVRecord> costs = rowsById(export(store, dataset, Distribution.COSTS_CSV));
        Map<String, CSVRecord> indicators = rowsById(export(store, dataset, Distribution.INDICATORS_CSV));
        JsonMapper mapper = JsonMapper.builder().build();

        for (int number : Fixtures.EXPECTED_SHEETS) {
            JsonNode sheet = mapper.readTree(Fixtures.expectedJson(number));
            for (JsonNode cost : sheet.get("costs")) {
                CSVRecord row = costs.get(number + "-" + cost.get("fiscalYear").asInt());
                assertThat(row).as("sheet %d cost year %s", number, cost.get("fiscalYear")).isNotNull();
                assertThat(row.get("予算額")).isEqualTo(cell(cost.get("budget")));
                assertThat(row.get("決算額")).isEqualTo(cell(cost.get("settlement")));
                assertThat(row.get("一般財源")).isEqualTo(cell(cost.get("generalFund")));
                assertThat(row.get("国庫、県支出金、地方債")).isEqualTo(cell(cost.get("nationalPrefecturalBonds")));
                assertThat(row.get("人件費計")).isEqualTo(cell(cost.get("personnelCost")));
                assertThat(row.get("正職員従事割合")).isEqualTo(cell(cost.get("staffFte")));
            }
            for (JsonNode indicator : sheet.get("indicators")) {
                for (JsonNode value : indicator.get("values")) {
                    CSVRecord row = indicators.get(number + "-" + indicator.get("slot").asInt() + "-"
                            + value.get("fiscalYear").asInt());
                    assertThat(row).as("sheet %d indicator %s", number, indicator.get("slot")).isNotNull();
                    assertThat(row.get("指標名")).isEqualTo(indicator.get("name").asString());
                    assertThat(row.get("目標値")).isEqualTo(cell(value.get("target")));
                    assertThat(row.get("実績")).isEqualTo(cell(value.get("actual")));
                }
            }
        }
    }

    private static Map<String, CSVRecord> rowsById(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        Map<String, CSVRecord> rows = new HashMap<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1)))) {
            parser.forEach(row -> rows.put(row.get("ID"), row));
        }
        return rows;
    }

    /** A JSON number as the fixture writes it, a JSON null as the empty cell. */
    private static String cell(JsonNode value) {
        return value == null || value.isNull() ? "" : value.asString();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theJsonIsTheInterchangeFormatOfThePublishedSheetsOnly(TestDatabases.Kind kind) {
        Store store = store(kind);
        Dataset dataset = seedDataset(store);

        ReadResult read = new SheetJson().read(new String(export(store, dataset, Distribution.JSON),
                StandardCharsets.UTF_8));

        assertThat(dataset.set().sheets()).as("the draft is not counted").isEqualTo(8);
        assertThat(read).isInstanceOf(ReadResult.Valid.class);
        List<Sheet> published = new ArrayList<>();
        for (long id = 1; id <= 8; id++) {
            published.add(store.repository().find(id).orElseThrow().sheet());
        }
        assertThat(((ReadResult.Valid) read).sheets()).isEqualTo(published);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theZipHoldsTheTablesTheJsonAndTheTermsOfUse(TestDatabases.Kind kind) throws IOException {
        Store store = store(kind);
        Dataset dataset = seedDataset(store);
        byte[] zip = export(store, dataset, Distribution.ZIP);

        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                byte[] content = in.readAllBytes();
                if (entry.getName().endsWith("_sheets.csv")) {
                    assertThat(content).isEqualTo(export(store, dataset, Distribution.SHEETS_CSV));
                }
                if (entry.getName().equals("利用条件.txt")) {
                    assertThat(new String(content, StandardCharsets.UTF_8)).contains("CC BY 4.0")
                            .contains("https://creativecommons.org/licenses/by/4.0/deed.ja");
                }
            }
        }
        assertThat(names).containsExactly("082201_2024_sheets.csv", "082201_2024_indicators.csv",
                "082201_2024_costs.csv", "082201_2024_sheets.json", "利用条件.txt");
        assertThat(export(store, dataset, Distribution.ZIP)).as("the same sheets, the same bytes").isEqualTo(zip);
    }

    /**
     * Counting, not timing: the output stream is told how many sheets the cursor had handed over when
     * each byte arrived. When the last sheet is handed over, all but the last buffer must already have
     * been written; an export that gathered sheets first would have written nothing by then.
     */
    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theExportWritesAsTheCursorReadsAndKeepsNoSheetsBehind(TestDatabases.Kind kind) {
        Store store = store(kind);
        List<Sheet> seed = seedSheets();
        int total = 1_200;
        List<Sheet> sheets = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            sheets.add(seed.get(i % seed.size()));
        }
        store.repository().saveAll(sheets);
        CountingSheets counting = new CountingSheets(store);
        Dataset dataset = new Dataset(counting.set("082201", 2024).orElseThrow(), Licence.CC_BY_4_0);
        WitnessStream out = new WitnessStream(counting);

        new OpenDataExports(counting, new ParquetCache()).write(dataset, Distribution.SHEETS_CSV, out);

        assertThat(counting.handedOver).isEqualTo(total);
        assertThat(out.bytes).as("the table of 1,200 sheets is larger than a few buffers").isGreaterThan(2_000_000);
        assertThat(out.bytesBeforeLastSheet).as("written before the cursor's last sheet")
                .isGreaterThan(out.bytes - 64 * 1024);
        assertThat(out.sheetsHandedOverAtFirstByte).as("the header goes out before the first sheet is read")
                .isZero();
    }

    /** The repository's stream, counting the documents it hands over. */
    private static final class CountingSheets extends PublishedSheets {
        int handedOver;

        CountingSheets(Store store) {
            super(store.jdbc(), new DataSourceTransactionManager(store.jdbc().getDataSource()));
        }

        @Override
        public void forEachDocument(PublishedSet set, Consumer<StoredDocument> action) {
            super.forEachDocument(set, document -> {
                handedOver++;
                action.accept(document);
            });
        }
    }

    /** Unbuffered on purpose (the CSV writer buffers 8 KiB): records what had been read when bytes came. */
    private static final class WitnessStream extends OutputStream {
        private final CountingSheets sheets;
        long bytes;
        long bytesBeforeLastSheet;
        int sheetsHandedOverAtFirstByte = -1;

        WitnessStream(CountingSheets sheets) {
            this.sheets = sheets;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (sheetsHandedOverAtFirstByte < 0) {
                sheetsHandedOverAtFirstByte = sheets.handedOver;
            }
            if (sheets.handedOver < 1_200) {
                bytesBeforeLastSheet = bytes + len;
            }
            bytes += len;
        }
    }

    /** What the export wrote, to compare with the expected file when they differ. */
    private static void keepForReview(String name, byte[] actual) {
        try {
            Files.write(Path.of("target", name), actual);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String expected(String name) {
        try (InputStream in = OpenDataExportIntegrationTest.class.getResourceAsStream(name)) {
            if (in == null) {
                return "(missing resource " + name + ")";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
