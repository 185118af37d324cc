package org.hyoka.importer.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.excel.SheetWorkbookWriter;
import org.hyoka.excel.Workbooks;
import org.hyoka.importer.InputResult;
import org.hyoka.importer.Seed;
import org.hyoka.importer.SheetImporter;
import org.hyoka.importer.municipality.MunicipalityDirectory;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.junit.jupiter.api.Test;

/** The eight published seed sheets, parsed from their text, written as workbooks and imported back. */
class SeedWorkbookRoundTripTest {

    private final SheetImporter importer = SheetImporter.standard();
    private final SheetWorkbookWriter writer = new SheetWorkbookWriter(UnitCostTable.standard());

    private List<Sheet> seedSheets() {
        InputResult result = importer.importBytes("seed", Seed.text().getBytes(StandardCharsets.UTF_8),
                Optional.of(MunicipalityDirectory.shipped().municipality(new MunicipalityCode("082201"))));
        return ((InputResult.Read) result).importedSheets();
    }

    @Test
    void everySeedSheetImportsFromItsWorkbookEqualInEveryField() {
        List<Sheet> seeds = seedSheets();
        assertThat(seeds).hasSize(8);

        for (Sheet seed : seeds) {
            InputResult back = importer.importBytes("seed.xlsx", writer.write(seed), Optional.empty());

            assertThat(back).isInstanceOfSatisfying(InputResult.Read.class, read -> {
                assertThat(read.encoding()).isEqualTo("xlsx");
                assertThat(read.importedSheets()).containsExactly(seed);
            });
        }
    }

    @Test
    void aSeedWorkbookEditedAndSavedAgainImportsWithTheEdit() {
        Sheet seed = seedSheets().get(0);
        byte[] edited = Workbooks.edited(writer.write(seed),
                workbook -> Workbooks.cell(workbook, "Hyoka_improvementGoal").setCellValue("移行計画を確定させる。"));

        InputResult back = importer.importBytes("edited.xlsx", edited, Optional.empty());

        Sheet read = ((InputResult.Read) back).importedSheets().get(0);
        assertThat(read.improvementGoal()).isEqualTo("移行計画を確定させる。");
        assertThat(read.costs()).isEqualTo(seed.costs());
        assertThat(read.indicators()).isEqualTo(seed.indicators());
    }

    @Test
    void aWorkbookThatIsNotASheetIsUnreadableWithItsJapaneseReason() {
        InputResult back = importer.importBytes("budget.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0}, Optional.empty());

        assertThat(back).isInstanceOfSatisfying(InputResult.Unreadable.class,
                unreadable -> assertThat(unreadable.reason()).contains("Excel ブック（.xlsx）ではありません"));
    }
}
