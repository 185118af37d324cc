package org.hyoka.importer.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.hyoka.importer.InputResult;
import org.hyoka.importer.JsonComparison;
import org.hyoka.importer.Seed;
import org.hyoka.importer.SheetImporter;
import org.hyoka.importer.text.DecodedText;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Sheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Text boxes are cut by where PDFBox places their glyphs, not by its paragraph heuristic: the seed
 * drawn with its boxes three pitches apart, one blank line apart, touching but at another x, or
 * touching at the same x as text objects of their own gives the same eight sheets as the seed text.
 */
class PdfBoxPositionsTest {

    private static final SheetImporter IMPORTER = SheetImporter.standard();

    private static List<Sheet> fromText() {
        return ((InputResult.Read) IMPORTER.importBytes("seed.txt", Seed.text().getBytes(StandardCharsets.UTF_8),
                Optional.empty())).importedSheets();
    }

    @ParameterizedTest(name = "{0}: every field of the eight seed sheets is exact")
    @EnumSource(TextToPdf.Layout.class)
    void theSeedDrawnSoReadsAsItsText(TextToPdf.Layout layout) throws IOException {
        byte[] pdf = TextToPdf.write(Seed.text(), layout);

        InputResult result = IMPORTER.importBytes("seed.pdf", pdf, Optional.empty());

        assertThat(result).isInstanceOf(InputResult.Read.class);
        InputResult.Read read = (InputResult.Read) result;
        List<Sheet> expected = fromText();
        assertThat(read.importedSheets()).hasSize(8);
        SheetJson json = new SheetJson();
        for (int i = 0; i < 8; i++) {
            assertThat(JsonComparison.differences(json.write(expected.get(i)), json.write(read.importedSheets().get(i))))
                    .as("sheet %d", i + 1).isEmpty();
        }
        assertThat(read.complete()).isTrue();
    }

    @ParameterizedTest(name = "{0}: the boxes come out as the seed's runs")
    @EnumSource(TextToPdf.Layout.class)
    void boxesComeOutAsTheSeedsRuns(TextToPdf.Layout layout) throws IOException {
        String text = ((DecodedText.Text) PdfTextExtractor.extract(TextToPdf.write(Seed.text(), layout))).text();

        assertThat(runs(text)).isEqualTo(runs(Seed.text()));
    }

    /** The text as its runs: blank-line runs and page feeds are layout, not content. */
    static String runs(String text) {
        return text.replace("\f", "\n").replaceAll("\n[ \t]*(\n[ \t]*)+", "\n\n").strip();
    }
}
