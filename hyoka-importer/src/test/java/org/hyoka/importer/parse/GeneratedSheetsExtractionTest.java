package org.hyoka.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.hyoka.fixtures.RandomSheets;
import org.hyoka.sheet.Sheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Generated sheets: each seed sheet with its 事務事業名, 事業体制 and 対象 replaced by one-line texts of
 * generated sheets (RandomSheets' title, 事業体制 and 係名: formula-like starts, quotes, full-width
 * letters, the longest line a one-line box holds). 対象 gets a one-line text because the form's
 * 対象 box wraps longer ones, which a text layer would print as several lines. Without their blank lines, or with half of them, each reads as it does spaced.
 */
class GeneratedSheetsExtractionTest {

    private static final int PER_SEED_SHEET = 6;

    /** Generated texts, each a seed sheet with three values replaced. */
    static List<String> generated() {
        List<Sheet> seed = SheetTextParser.parse(org.hyoka.importer.Seed.text()).sheets().stream()
                .map(s -> ((SheetParse.Parsed) s).sheet()).toList();
        List<String> texts = new ArrayList<>();
        RandomSheets random = new RandomSheets(11);
        for (int n = 1; n <= 8; n++) {
            Sheet printed = seed.get(n - 1);
            for (int k = 0; k < PER_SEED_SHEET; k++) {
                Sheet values = random.next();
                String text = SeedVariations.sheet(n);
                text = replaceOnce(text, printed.title(), values.title());
                text = replaceOnce(text, printed.deliveryModel(), values.deliveryModel());
                text = replaceOnce(text, printed.targetGroup(), values.organization().section());
                texts.add(text);
            }
        }
        return texts;
    }

    private static String replaceOnce(String text, String printed, String value) {
        if (printed == null || value == null || value.isBlank()) {
            return text;
        }
        try {
            return SeedVariations.replaceLine(text, printed, value);
        } catch (IllegalArgumentException printedMoreThanOnce) {
            return text;
        }
    }

    @ParameterizedTest(name = "{0}: every field of 48 generated sheets reads as spaced")
    @EnumSource(Extractions.class)
    void generatedSheetsReadAsSpaced(Extractions extraction) {
        int fields = 0;
        List<String> texts = generated();
        for (int i = 0; i < texts.size(); i++) {
            SheetParse.Parsed spaced = (SheetParse.Parsed) SheetTextParser.parse(texts.get(i)).sheets().get(0);

            ParsedText read = SheetTextParser.parse(extraction.of(texts.get(i)));

            assertThat(read.sheets()).as("generated %d", i).hasSize(1);
            assertThat(read.sheets().get(0)).isInstanceOf(SheetParse.Parsed.class);
            SheetParse.Parsed parsed = (SheetParse.Parsed) read.sheets().get(0);
            FieldTally tally = FieldTally.of(spaced.sheet(), parsed.sheet());
            assertThat(tally.differences()).as("generated %d:\n%s", i, texts.get(i)).isEmpty();
            assertThat(parsed.unplaced()).as("generated %d", i).extracting(SourceLine::text)
                    .isEqualTo(spaced.unplaced().stream().map(SourceLine::text).toList());
            fields += tally.fields();
        }
        assertThat(fields).isGreaterThan(5_000);
    }
}
