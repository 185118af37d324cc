package org.hyoka.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hyoka.fixtures.RandomSheets;
import org.hyoka.glossary.SheetFields;
import org.hyoka.sheet.Sheet;
import org.hyoka.tables.FlatTables.Format;
import org.junit.jupiter.api.Test;

class DataDictionaryTest {

    @Test
    void everyFieldOfTheDescriptorIsListedOnce() {
        assertThat(DataDictionary.entries()).extracting(DataDictionary.Entry::path)
                .containsExactlyElementsOf(SheetFields.ALL.stream().map(f -> f.path()).toList());
    }

    @Test
    void everyColumnNameOfTheDictionaryIsAColumnOfATableWithA11Sheet() throws IOException {
        List<Sheet> sheets = new java.util.ArrayList<>(new RandomSheets(3).take(50));
        sheets.add(org.hyoka.fixtures.TaishoSheets.libraryMaterials());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FlatTables.write(Format.CSV, sheets, out);
        List<String> header = List.of(new String(out.toByteArray(), StandardCharsets.UTF_8).substring(1)
                .lines().findFirst().orElseThrow().split(","));

        for (DataDictionary.Entry entry : DataDictionary.entries()) {
            if (entry.column().startsWith("（")) {
                continue; // 指標番号 lives in the column names themselves
            }
            String concrete = entry.column().replace(DataDictionary.ROW, "1").replace(DataDictionary.YEAR, "2024");
            assertThat(header).as(entry.path()).contains(concrete);
        }
    }

    @Test
    void theColumnsOfSchema11AreListedAndSayWhenATableHasThem() {
        java.util.Map<String, DataDictionary.Entry> byColumn = DataDictionary.entries().stream()
                .collect(java.util.stream.Collectors.toMap(DataDictionary.Entry::column, e -> e));

        assertThat(byColumn).containsKeys("様式", "事務事業ID", "政策名", "手段（今年度計画）", "結果", "指標{n}_記号",
                "国庫支出金_{年度}", "都道府県支出金_{年度}", "地方債_{年度}", "事業費計_{年度}", "正規職員従事人数_{年度}",
                "延べ業務時間_{年度}", "トータルコスト_{年度}", "評価項目{n}_評価項目名", "評価項目{n}_評点", "評価項目{n}_判定",
                "評価項目{n}_所見", "その他の記載事項{n}_項目名", "その他の記載事項{n}_内容");
        assertThat(byColumn.get("評価項目{n}_判定").path()).isEqualTo("assessmentItems[].verdict");
        assertThat(byColumn.get("評価項目{n}_判定").repeats()).isEqualTo("評価項目");
        assertThat(byColumn.get("事業費計_{年度}").meaning()).endsWith(DataDictionary.VERSION_11_NOTE);
        assertThat(byColumn.get("指標{n}_記号").meaning()).endsWith(DataDictionary.VERSION_11_NOTE);
        assertThat(byColumn.get("予算額_{年度}").meaning()).doesNotContain(DataDictionary.VERSION_11_NOTE);
        assertThat(byColumn.get("指標{n}_指標名").meaning()).doesNotContain(DataDictionary.VERSION_11_NOTE);
    }

    @Test
    void theCsvHasAHeaderAndOneRowAFieldWithTypeUnitMeaningAndExample() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataDictionary.writeCsv(out);
        String csv = new String(out.toByteArray(), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF列名,項目名,交換形式のパス,単位ごとの繰り返し,型,単位,意味,例\r\n");
        assertThat(csv).contains("予算額_{年度},予算額,costs[].budget,コストの年度,金額（整数）,千円,");
        assertThat(csv).contains("指標{n}_目標値_{年度},目標値,indicators[].values[].target,");
        assertThat(csv.split("\r\n")).hasSize(SheetFields.ALL.size() + 1);
    }
}
