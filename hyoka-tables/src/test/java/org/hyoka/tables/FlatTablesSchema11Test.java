package org.hyoka.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.hyoka.fixtures.TaishoSheets;
import org.hyoka.glossary.SheetFields;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorKind;
import org.hyoka.sheet.IndicatorValue;
import org.hyoka.sheet.Sheet;
import org.hyoka.tables.FlatTables.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The flat table holds schema 1.1 losslessly (a 対象・意図・結果 sheet beside つくば市 sheets), while a table of
 * つくば市 sheets stays exactly the table Hyoka wrote before 1.1, and tables written before still read.
 */
class FlatTablesSchema11Test {

    private static final SheetJson JSON = new SheetJson();

    @ParameterizedTest(name = "{0}: a 対象・意図・結果 sheet beside a つくば市 sheet comes back with the same interchange JSON")
    @EnumSource(Format.class)
    void aTaishoSheetBesideATsukubaSheetRoundTrips(Format format) throws IOException {
        List<Sheet> sheets = List.of(TaishoSheets.libraryMaterials(), FlatTablesTest.seedSheets().get(0));

        List<Sheet> back = roundTrip(format, sheets);

        assertThat(back).extracting(JSON::write).containsExactlyElementsOf(sheets.stream().map(JSON::write).toList());
        assertThat(back).isEqualTo(sheets);
        assertThat(back.get(0).schemaVersion()).isEqualTo("1.1");
        assertThat(back.get(1).schemaVersion()).isEqualTo("1.0");
    }

    @ParameterizedTest(name = "{0}: 300 generated 1.1 sheets (any form, up to 30 indicators, items, extra texts) come back equal")
    @EnumSource(Format.class)
    void generated11SheetsRoundTrip(Format format) throws IOException {
        List<Sheet> sheets = new RandomSheets11(11).take(300);
        assertThat(sheets).anySatisfy(s -> assertThat(s.indicators()).anySatisfy(i -> assertThat(i.slot()).isGreaterThan(20)));
        assertThat(sheets).anySatisfy(s -> assertThat(s.assessmentItems()).hasSizeGreaterThan(7));

        List<Sheet> back = roundTrip(format, sheets);

        for (int i = 0; i < sheets.size(); i++) {
            assertThat(JSON.write(back.get(i))).as("sheet %d", i).isEqualTo(JSON.write(sheets.get(i)));
            assertThat(back.get(i)).as("sheet %d", i).isEqualTo(sheets.get(i));
        }
    }

    @Test
    void aTsukubaTableIsByteForByteTheTableHyokaWroteBefore11() throws IOException {
        byte[] now = write(Format.CSV, FlatTablesTest.seedSheets());

        assertThat(new String(now, StandardCharsets.UTF_8)).isEqualTo(new String(resource("seed-table-d6155a1.csv"),
                StandardCharsets.UTF_8));
        assertThat(header(now)).doesNotContain("様式", "事務事業ID", "政策名", "指標1_記号", "国庫支出金_2024", "事業費計_2024")
                .noneMatch(h -> h.startsWith("評価項目") || h.startsWith("その他の記載事項") || h.startsWith("指標6_"));
    }

    @ParameterizedTest(name = "{0}: tables written before 1.1 and by main with empty 1.1 columns read as they did")
    @EnumSource(Format.class)
    void tablesWrittenBeforeReadAsTheyDid(Format format) throws IOException {
        for (String commit : List.of("d6155a1", "b446d95")) {
            byte[] table = resource("seed-table-" + commit + "." + format.extension());

            assertThat(FlatTables.read(format, table)).as(commit).isEqualTo(new TableRead.Sheets(FlatTablesTest.seedSheets()));
        }
    }

    @Test
    void theNewGroupsAreRowsAfterTheirFieldAsManyAsTheLongestSheetHas() throws IOException {
        List<String> header = header(write(Format.CSV, List.of(FlatTablesTest.seedSheets().get(0),
                TaishoSheets.libraryMaterials())));

        assertThat(header).containsSubsequence("優先度コメント", "評価項目1_評価項目名", "評価項目1_評点", "評価項目1_判定",
                "評価項目1_所見", "評価項目2_評価項目名", "評価項目2_所見", "業務");
        assertThat(header).containsSubsequence("課長等意見（全体総括）", "その他の記載事項1_項目名", "その他の記載事項1_内容")
                .endsWith("その他の記載事項1_内容");
        assertThat(header).doesNotContain("評価項目3_評価項目名", "その他の記載事項2_項目名");
        assertThat(header).contains("様式", "事務事業ID", "基本事業名", "手段（前年度実績）", "結果", "指標1_記号", "指標5_記号",
                "国庫支出金_2023", "都道府県支出金_2024", "地方債_2024", "事業費計_2024", "正規職員従事人数_2024", "延べ業務時間_2024",
                "トータルコスト_2024", "予算額_2024");
        assertThat(header).doesNotContain("指標6_指標名");
    }

    @ParameterizedTest(name = "{0}: indicators beyond slot 5 have columns of their own")
    @EnumSource(Format.class)
    void indicatorsBeyondTheFifthSlotRoundTrip(Format format) throws IOException {
        Sheet taisho = TaishoSheets.libraryMaterials();
        List<Indicator> nine = new ArrayList<>(taisho.indicators());
        for (int slot = 4; slot <= 9; slot++) {
            nine.add(new Indicator(slot, "指標" + slot, null, IndicatorKind.REFERENCE, "件",
                    List.of(new IndicatorValue(2024, null, java.math.BigDecimal.valueOf(slot))), null, "タ"));
        }
        Sheet sheet = taisho.withIndicators(nine);

        byte[] table = write(format, List.of(sheet));

        assertThat(roundTrip(format, List.of(sheet))).containsExactly(sheet);
        assertThat(header(write(Format.CSV, List.of(sheet)))).contains("指標9_記号", "指標9_実績_2024").doesNotContain("指標10_指標名");
        assertThat(table).isNotEmpty();
    }

    @Test
    void anItemThatStatesSomethingButNotItsNameIsRefusedWithRowAndColumn() throws IOException {
        List<List<String>> rows = csvRows(write(Format.CSV, List.of(TaishoSheets.libraryMaterials())));
        int name = rows.get(0).indexOf("評価項目2_評価項目名");
        int text = rows.get(0).indexOf("その他の記載事項1_内容");
        rows.get(1).set(name, "");
        rows.get(1).set(text, "");

        TableRead read = FlatTables.read(Format.CSV, csv(rows));

        assertThat(read).isInstanceOfSatisfying(TableRead.Refused.class, refused -> {
            assertThat(refused.reason()).contains("何も取り込んでいません");
            assertThat(refused.problems()).anySatisfy(p -> assertThat(p).startsWith("2行目「評価項目2_評価項目名」（" + (name + 1)
                    + "列目）").contains("評価項目名は必須"));
            assertThat(refused.problems()).anySatisfy(p -> assertThat(p).startsWith("2行目「その他の記載事項1_項目名」")
                    .contains("項目名と内容の両方"));
        });
    }

    @Test
    void aTableWithSome11ColumnsMustHaveThemAll() throws IOException {
        String csv = new String(write(Format.CSV, List.of(TaishoSheets.libraryMaterials())), StandardCharsets.UTF_8);
        String withoutSymbol = csv.replace("指標2_記号,", "X,").replace(",カ,", ",,").replace("X,", "");

        TableRead read = FlatTables.read(Format.CSV, withoutSymbol.getBytes(StandardCharsets.UTF_8));

        assertThat(read).isInstanceOfSatisfying(TableRead.Refused.class, refused -> assertThat(refused.problems())
                .anySatisfy(p -> assertThat(p).contains("列がありません").contains("「指標2_記号」")));
    }

    @Test
    void theFormatVersionCellIs10Or11() throws IOException {
        List<List<String>> rows = csvRows(write(Format.CSV, List.of(TaishoSheets.libraryMaterials())));
        int version = rows.get(0).indexOf("形式バージョン");
        assertThat(rows.get(1).get(version)).isEqualTo("1.1");
        rows.get(1).set(version, "1.2");

        TableRead read = FlatTables.read(Format.CSV, csv(rows));

        assertThat(read).isInstanceOfSatisfying(TableRead.Refused.class, refused -> assertThat(refused.problems())
                .anySatisfy(p -> assertThat(p).contains("形式バージョン「1.2」は読めません").contains("1.0または1.1")));
    }

    @ParameterizedTest(name = "{0}: a sheet that does not fit a layout decided beforehand is refused, not cut")
    @EnumSource(Format.class)
    void aSheetThatDoesNotFitALayoutDecidedBeforehandIsRefused(Format format) {
        Sheet taisho = TaishoSheets.libraryMaterials();
        TableLayout tsukuba = TableLayout.of(FlatTablesTest.seedSheets());
        TableLayout oneItem = new TableLayout(true, 1, Indicator.MAX_SLOTS, List.of(2023, 2024), List.of(2024), 1, 1);

        assertThatThrownBy(() -> FlatTables.write(format, tsukuba, List.of(taisho).iterator(), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("図書館資料整備事業")
                .hasMessageContaining("形式1.1の項目");
        assertThatThrownBy(() -> FlatTables.write(format, oneItem, List.of(taisho).iterator(), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("コストの2023年度")
                .hasMessageContaining("評価項目2件").hasMessageNotContaining("その他の記載事項");
    }

    @Test
    void exactlyTheFieldsSchema10DoesNotHaveAre11Columns() {
        assertThat(SheetFields.SHEET.stream().filter(SchemaVersions::only11).map(f -> f.label()))
                .containsExactly("様式", "事務事業ID", "その他の予算科目", "政策番号", "政策名", "施策番号", "施策名", "基本事業番号", "基本事業名",
                        "基本事業ID", "事務事業の概要", "手段（前年度実績）", "手段（今年度計画）", "結果", "期待成果（成果）", "期待成果（コスト）",
                        "改革改善の課題と解決策", "課長等意見（今後の方向性）", "課長等意見（全体総括）");
        assertThat(SheetFields.INDICATOR.stream().filter(SchemaVersions::only11).map(f -> f.label())).containsExactly("記号");
        assertThat(SheetFields.INDICATOR_YEAR.stream().filter(SchemaVersions::only11)).isEmpty();
        assertThat(SheetFields.STRATEGIC_PLAN_ROW.stream().filter(SchemaVersions::only11)).isEmpty();
        assertThat(SheetFields.COST_YEAR.stream().filter(SchemaVersions::only11).map(f -> f.label())).containsExactly(
                "国庫支出金", "都道府県支出金", "地方債", "事業費計", "正規職員従事人数", "延べ業務時間", "トータルコスト");
        assertThat(SheetFields.ASSESSMENT_ITEM).allMatch(SchemaVersions::only11);
        assertThat(SheetFields.EXTRA_TEXT).allMatch(SchemaVersions::only11);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = FlatTablesSchema11Test.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing");
            }
            return in.readAllBytes();
        }
    }

    private static List<String> header(byte[] csv) throws IOException {
        return csvRows(csv).get(0);
    }

    private static List<List<String>> csvRows(byte[] csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new String(csv, StandardCharsets.UTF_8).substring(1), CSVFormat.DEFAULT)) {
            parser.forEach(record -> rows.add(new ArrayList<>(record.toList())));
        }
        return rows;
    }

    private static byte[] csv(List<List<String>> rows) throws IOException {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
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
}
