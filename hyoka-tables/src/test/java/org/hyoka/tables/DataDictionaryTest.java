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
