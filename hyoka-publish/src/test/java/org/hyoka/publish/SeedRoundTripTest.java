package org.hyoka.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.hyoka.importer.InputResult;
import org.hyoka.importer.JsonComparison;
import org.hyoka.importer.SheetImporter;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Sheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The eight published seed sheets, printed by Hyoka and read back by Hyoka's importer from the
 * PDF's text layer alone (no attachment): equal in every field, nothing left unplaced.
 */
class SeedRoundTripTest {

    private final SheetImporter importer = SheetImporter.standard();

    @ParameterizedTest(name = "seed sheet {0} reads back from its PDF equal in every field")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void seedSheetReadsBackFromItsPdf(int number) {
        Sheet sheet = SeedSheets.all().get(number - 1);
        SheetPdf.Rendered pdf = SheetPdf.render(List.of(sheet), false);
        Samples.keep("seed-" + number, pdf.bytes());

        InputResult back = importer.importBytes("sheet.pdf", pdf.bytes(), Optional.of(SeedSheets.TSUKUBA));

        assertThat(back).isInstanceOf(InputResult.Read.class);
        InputResult.Read read = (InputResult.Read) back;
        assertThat(read.importedSheets()).hasSize(1);
        assertThat(read.sheets().get(0).report().unplaced()).isEmpty();
        assertThat(read.outsideSheets()).isEmpty();
        assertThat(JsonComparison.differences(new SheetJson().write(sheet),
                new SheetJson().write(read.importedSheets().get(0)))).isEmpty();
        assertThat(pdf.notes()).isEmpty();
    }

    @ParameterizedTest(name = "a draft of seed sheet {0} reads back the same: 作成中 is not in the text layer")
    @ValueSource(ints = {1, 6})
    void draftMarkStaysOutOfTheTextLayer(int number) {
        Sheet sheet = SeedSheets.all().get(number - 1);

        InputResult back = importer.importBytes("draft.pdf", SheetPdf.render(List.of(sheet), true).bytes(),
                Optional.of(SeedSheets.TSUKUBA));

        InputResult.Read read = (InputResult.Read) back;
        assertThat(read.outsideSheets()).isEmpty();
        assertThat(JsonComparison.differences(new SheetJson().write(sheet),
                new SheetJson().write(read.importedSheets().get(0)))).isEmpty();
    }
}
