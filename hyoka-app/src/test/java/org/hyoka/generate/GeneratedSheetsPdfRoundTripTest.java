package org.hyoka.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.importer.InputResult;
import org.hyoka.importer.JsonComparison;
import org.hyoka.importer.SheetImporter;
import org.hyoka.importer.municipality.MunicipalityDirectory;
import org.hyoka.interchange.SheetJson;
import org.hyoka.publish.SheetPdf;
import org.hyoka.sheet.Sheet;
import org.junit.jupiter.api.Test;

/**
 * 1,000 generated sheets printed by Hyoka and read back by Hyoka's importer from the PDFs' text
 * layer alone: every field the form prints comes back as it was. A hundred sheets a PDF, so the
 * importer also has to find where each sheet of a multi-sheet PDF begins.
 */
class GeneratedSheetsPdfRoundTripTest {

    private static final int SHEETS = 1000;
    private static final int PER_PDF = 100;

    @Test
    void thousandGeneratedSheetsReadBackFromTheirPdfsEqualInEveryField() {
        SheetGenerator generator = new SheetGenerator(Municipalities.choose(MunicipalityDirectory.shipped(), 5, 11),
                UnitCostTable.standard(), 11);
        SheetImporter importer = SheetImporter.standard();
        SheetJson json = new SheetJson();
        List<String> differences = new ArrayList<>();
        for (int from = 0; from < SHEETS; from += PER_PDF) {
            List<Sheet> batch = new ArrayList<>();
            for (int i = from; i < from + PER_PDF; i++) {
                batch.add(generator.sheet(i));
            }
            SheetPdf.Rendered pdf = SheetPdf.render(batch, false);
            assertThat(pdf.notes()).isEmpty();

            InputResult back = importer.importBytes("generated.pdf", pdf.bytes(), Optional.empty());

            assertThat(back).isInstanceOf(InputResult.Read.class);
            List<Sheet> read = ((InputResult.Read) back).importedSheets();
            assertThat(read).hasSize(PER_PDF);
            for (int i = 0; i < PER_PDF; i++) {
                Sheet original = batch.get(i);
                // the form never prints its city: the importer is told it, as a user tells it
                Sheet parsed = read.get(i).withMunicipality(original.municipality());
                for (String difference : JsonComparison.differences(json.write(original), json.write(parsed))) {
                    differences.add("sheet " + (from + i) + " " + difference);
                }
            }
        }
        assertThat(differences).isEmpty();
    }
}
