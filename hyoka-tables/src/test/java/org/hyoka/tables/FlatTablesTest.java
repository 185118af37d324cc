package org.hyoka.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.hyoka.fixtures.Fixtures;
import org.hyoka.fixtures.RandomSheets;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;
import org.hyoka.glossary.FieldDescriptor;
import org.hyoka.glossary.SheetFields;
import org.hyoka.sheet.Sheet;
import org.hyoka.tables.FlatTables.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FlatTablesTest {

    @ParameterizedTest(name = "{0}: the exact fixture sheets come back equal in every field")
    @EnumSource(Format.class)
    void fixtureSheetsRoundTrip(Format format) throws IOException {
        List<Sheet> fixtures = Fixtures.EXPECTED_SHEETS.stream().map(n -> json(Fixtures.expectedJson(n))).toList();

        assertThat(roundTrip(format, fixtures)).isEqualTo(fixtures);
    }

    @ParameterizedTest(name = "{0}: 500 generated sheets with every field in every state come back equal")
    @EnumSource(Format.class)
    void generatedSheetsRoundTrip(Format format) throws IOException {
        List<Sheet> sheets = new RandomSheets(9).take(500);

        List<Sheet> back = roundTrip(format, sheets);

        for (int i = 0; i < sheets.size(); i++) {
            assertThat(differences(sheets.get(i), back.get(i))).as("sheet %d", i).isEmpty();
            assertThat(back.get(i)).as("sheet %d", i).isEqualTo(sheets.get(i));
        }
    }

    @Test
    void csvIsUtf8WithBomAndCrlfAndNeutralisesFormulas() throws IOException {
        Sheet sheet = new RandomSheets(1).next();
        Sheet formula = new Sheet(sheet.municipality(), sheet.fiscalYear(), sheet.sheetNumber(), "=HYPERLINK(\"x\")",
                sheet.budgetAccount(), sheet.organization(), sheet.period(), sheet.continuity(), sheet.deliveryModel(),
                sheet.category(), sheet.legalBasis(), sheet.individualPlans(), sheet.strategicPlan(),
                sheet.mayorPledges(), sheet.sdgs(), sheet.targetGroup(), "@SUM(A1)", sheet.activities(),
                sheet.indicators(), sheet.costs(), sheet.citizenParticipation(), sheet.review(), sheet.assessment(),
                sheet.challenges(), sheet.improvementGoal(), sheet.direction());

        byte[] csv = write(Format.CSV, List.of(formula));
        String text = new String(csv, StandardCharsets.UTF_8);

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(text.lines().findFirst()).isPresent();
        assertThat(text).contains("\r\n").doesNotContain(",=").doesNotContain(",\"=").doesNotContain(",@");
        assertThat(text).contains("'=HYPERLINK").contains("'@SUM(A1)");
        assertThat(roundTrip(Format.CSV, List.of(formula))).containsExactly(formula);
    }

    @Test
    void headersNameTheSlotTheFieldAndTheYear() throws IOException {
        String header = new String(write(Format.CSV, seedSheets()), StandardCharsets.UTF_8).lines().findFirst()
                .orElseThrow();

        assertThat(header).contains("事務事業名", "評価年度", "指標1_指標名", "指標1_目標値_2024", "指標1_実績_2019",
                "指標5_単位", "予算額_2024", "一般財源_2026", "人件費計_2022", "コストの推移_年度", "市民ニーズ評点");
    }

    @Test
    void missingAndUnexpectedColumnsAreNamedAndNothingIsRead() throws IOException {
        String csv = new String(write(Format.CSV, seedSheets()), StandardCharsets.UTF_8)
                .replace("指標2_単位,", "").replaceFirst("事務事業名", "事業名");

        TableRead read = FlatTables.read(Format.CSV, csv.getBytes(StandardCharsets.UTF_8));

        assertThat(read).isInstanceOfSatisfying(TableRead.Refused.class, refused -> {
            assertThat(refused.reason()).contains("見出し").contains("何も取り込んでいません");
            assertThat(refused.problems()).anySatisfy(p -> assertThat(p).contains("ない列").contains("「事業名」"));
            assertThat(refused.problems()).anySatisfy(p -> assertThat(p).contains("列がありません")
                    .contains("「指標2_単位」").contains("「事務事業名」"));
        });
    }

    @Test
    void badValuesAreReportedWithRowAndColumn() throws IOException {
        List<List<String>> rows = csvRows(write(Format.CSV, seedSheets()));
        List<String> header = rows.get(0);
        int budget = header.indexOf("予算額_2024");
        int score = header.indexOf("優先度評点");
        rows.get(2).set(budget, "12.5");
        rows.get(3).set(score, "9");

        TableRead read = FlatTables.read(Format.CSV, csv(rows));

        assertThat(read).isInstanceOfSatisfying(TableRead.Refused.class, refused -> {
            assertThat(refused.reason()).contains("何も取り込んでいません");
            assertThat(refused.problems()).anySatisfy(p -> assertThat(p).startsWith("3行目「予算額_2024」（" + (budget + 1)
                    + "列目）").contains("千円単位の整数").contains("12.5"));
            assertThat(refused.problems()).anySatisfy(p -> assertThat(p).startsWith("4行目「優先度評点」"));
        });
    }

    @Test
    void inAWorkbookTheColumnIsNamedByItsLetter() throws IOException {
        List<List<String>> rows = csvRows(write(Format.CSV, seedSheets()));
        rows.get(1).set(rows.get(0).indexOf("評価年度"), "令和六年");
        byte[] xlsx = write(Format.XLSX, List.of());
        assertThat(xlsx).isNotEmpty();

        TableRead read = FlatTables.read(Format.CSV, csv(rows));

        assertThat(read).isInstanceOfSatisfying(TableRead.Refused.class, refused ->
                assertThat(refused.problems()).anySatisfy(p -> assertThat(p).startsWith("2行目「評価年度」（4列目）")
                        .contains("西暦の年度")));
    }

    private static List<List<String>> csvRows(byte[] csv) throws IOException {
        List<List<String>> rows = new java.util.ArrayList<>();
        try (var parser = org.apache.commons.csv.CSVParser.parse(new String(csv, StandardCharsets.UTF_8).substring(1),
                org.apache.commons.csv.CSVFormat.DEFAULT)) {
            parser.forEach(record -> rows.add(new java.util.ArrayList<>(record.toList())));
        }
        return rows;
    }

    private static byte[] csv(List<List<String>> rows) throws IOException {
        StringBuilder out = new StringBuilder();
        try (var printer = new org.apache.commons.csv.CSVPrinter(out, org.apache.commons.csv.CSVFormat.DEFAULT)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anIndicatorWithValuesButNoNameIsRefused() throws IOException {
        Sheet sheet = seedSheets().get(0);
        String csv = new String(write(Format.CSV, List.of(sheet)), StandardCharsets.UTF_8);
        String name = sheet.indicators().get(0).name();

        TableRead read = FlatTables.read(Format.CSV, csv.replace(name, "").getBytes(StandardCharsets.UTF_8));

        assertThat(read).isInstanceOfSatisfying(TableRead.Refused.class,
                refused -> assertThat(refused.problems()).anySatisfy(p -> assertThat(p).contains("指標1に値がありますが指標名がありません")));
    }

    @Test
    void aCsvSavedAsShiftJisByExcelIsRead() throws IOException {
        List<Sheet> seed = seedSheets();
        String csv = new String(write(Format.CSV, seed), StandardCharsets.UTF_8).substring(1);
        byte[] shiftJis = csv.getBytes(Charset.forName("Windows-31J"));

        assertThat(FlatTables.read(Format.CSV, shiftJis)).isEqualTo(new TableRead.Sheets(seed));
    }

    @Test
    void onlyHyokasFlatTableIsRecognised() throws IOException {
        List<Sheet> seed = seedSheets();

        assertThat(FlatTables.recognises(Format.CSV, write(Format.CSV, seed))).isTrue();
        assertThat(FlatTables.recognises(Format.XLSX, write(Format.XLSX, seed))).isTrue();
        assertThat(FlatTables.recognises(Format.CSV, "名前,年齢\r\n太郎,3\r\n".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(FlatTables.recognises(Format.XLSX, "not a zip".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void passwordProtectedMacroEnabledLinkedAndBombWorkbooksAreRefused() throws IOException {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThat(refusal(ole2)).contains("パスワード");
        assertThat(refusal(zip("xl/vbaProject.bin", new byte[10]))).contains("マクロ");
        assertThat(refusal(zip("xl/externalLinks/externalLink1.xml", new byte[10]))).contains("外部参照");
        assertThat(refusal(zip("xl/worksheets/sheet1.xml", new byte[50 * 1024 * 1024]))).contains("大きすぎる");
        assertThat(refusal("PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1))).contains("壊れた");
    }

    private static String refusal(byte[] content) {
        TableRead read = FlatTables.read(Format.XLSX, content);
        assertThat(read).isInstanceOf(TableRead.Refused.class);
        return ((TableRead.Refused) read).reason();
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
        }
        return bytes.toByteArray();
    }

    private static List<Sheet> roundTrip(Format format, List<Sheet> sheets) throws IOException {
        TableRead read = FlatTables.read(format, write(format, sheets));
        if (read instanceof TableRead.Refused refused) {
            throw new AssertionError(refused.reason() + "\n" + String.join("\n", refused.problems()));
        }
        return ((TableRead.Sheets) read).sheets();
    }

    private static byte[] write(Format format, List<Sheet> sheets) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FlatTables.write(format, sheets, out);
        return out.toByteArray();
    }

    /** The fields whose values differ, compared exactly (1.50 is not 1.5), for a readable failure. */
    private static List<String> differences(Sheet a, Sheet b) {
        List<String> out = new java.util.ArrayList<>();
        for (FieldDescriptor<Sheet> f : SheetFields.SHEET) {
            if (!java.util.Objects.equals(f.read(a), f.read(b))) {
                out.add(f.path() + ": " + f.read(a) + " → " + f.read(b));
            }
        }
        if (!a.strategicPlan().equals(b.strategicPlan())) {
            out.add("strategicPlan: " + a.strategicPlan() + " → " + b.strategicPlan());
        }
        if (!a.indicators().equals(b.indicators())) {
            out.add("indicators: " + a.indicators() + " → " + b.indicators());
        }
        if (!a.costs().equals(b.costs())) {
            out.add("costs: " + a.costs() + " → " + b.costs());
        }
        return out;
    }

    /** The three seed sheets whose exact interchange JSON is known (the eight are tested in hyoka-importer). */
    static List<Sheet> seedSheets() {
        return Fixtures.EXPECTED_SHEETS.stream().map(n -> json(Fixtures.expectedJson(n))).toList();
    }

    private static Sheet json(String document) {
        return ((ReadResult.Valid) new SheetJson().read(document)).sheets().get(0);
    }
}
