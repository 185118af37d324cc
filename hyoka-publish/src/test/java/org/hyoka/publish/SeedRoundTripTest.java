package org.hyoka.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.hyoka.importer.InputResult;
import org.hyoka.importer.JsonComparison;
import org.hyoka.importer.Seed;
import org.hyoka.importer.SheetImporter;
import org.hyoka.importer.municipality.MunicipalityDirectory;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.junit.jupiter.api.Test;

/** The eight published seed sheets, rendered by Hyoka and read back by Hyoka's importer from the text layer alone. */
class SeedRoundTripTest {

    private static final Municipality TSUKUBA = MunicipalityDirectory.shipped().municipality(new MunicipalityCode("082201"));
    private final SheetImporter importer = SheetImporter.standard();

    private List<Sheet> seedSheets() {
        InputResult result = importer.importBytes("seed.txt", Seed.text().getBytes(StandardCharsets.UTF_8),
                Optional.of(TSUKUBA));
        return ((InputResult.Read) result).importedSheets();
    }

    @Test
    void everySeedSheetRendersAndReadsBackEqualInEveryField() {
        List<Sheet> seed = seedSheets();
        assertThat(seed).hasSize(8);
        for (int i = 0; i < seed.size(); i++) {
            Sheet sheet = seed.get(i);
            SheetPdf.Rendered pdf = SheetPdf.render(List.of(sheet), false);
            Samples.keep("seed-" + (i + 1), pdf.bytes());
            InputResult back = importer.importBytes("sheet.pdf", pdf.bytes(), Optional.of(TSUKUBA));

            assertThat(back).as("sheet %d", i + 1).isInstanceOf(InputResult.Read.class);
            InputResult.Read read = (InputResult.Read) back;
            assertThat(read.importedSheets()).as("sheet %d", i + 1).hasSize(1);
            assertThat(JsonComparison.differences(new SheetJson().write(sheet),
                    new SheetJson().write(read.importedSheets().get(0)))).as("sheet %d", i + 1).isEmpty();
            assertThat(pdf.notes()).as("sheet %d", i + 1).isEmpty();
        }
    }
}
