package org.hyoka.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.hyoka.importer.pdf.PdfTextExtractor;
import org.hyoka.importer.pdf.TextToPdf;
import org.hyoka.importer.text.DecodedText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Generated sheets (one for each seed sheet, see {@link GeneratedSheetsExtractionTest}) drawn into one
 * PDF with their boxes apart only by position read as their spaced text does, field by field.
 */
class GeneratedSheetsPdfTest {

    @ParameterizedTest(name = "{0}: eight generated sheets from one PDF read as their texts")
    @EnumSource(TextToPdf.Layout.class)
    void generatedSheetsFromAPdfReadAsTheirText(TextToPdf.Layout layout) throws IOException {
        List<String> all = GeneratedSheetsExtractionTest.generated();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < all.size(); i += all.size() / 8) {
            texts.add(all.get(i));
        }
        byte[] pdf = TextToPdf.write(String.join("\n\n", texts), layout);

        DecodedText extracted = PdfTextExtractor.extract(pdf);

        assertThat(extracted).isInstanceOf(DecodedText.Text.class);
        ParsedText read = SheetTextParser.parse(((DecodedText.Text) extracted).text());
        assertThat(read.sheets()).hasSize(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            SheetParse.Parsed spaced = (SheetParse.Parsed) SheetTextParser.parse(texts.get(i)).sheets().get(0);
            SheetParse.Parsed parsed = (SheetParse.Parsed) read.sheets().get(i);
            assertThat(FieldTally.of(spaced.sheet(), parsed.sheet()).differences()).as("generated %d", i).isEmpty();
            assertThat(parsed.unplaced()).as("generated %d", i).extracting(SourceLine::text)
                    .isEqualTo(spaced.unplaced().stream().map(SourceLine::text).toList());
        }
    }
}
