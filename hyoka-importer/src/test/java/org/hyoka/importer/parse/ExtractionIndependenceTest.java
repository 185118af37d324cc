package org.hyoka.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.hyoka.importer.JsonComparison;
import org.hyoka.importer.Seed;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The parser reads the same sheets whether the extractor separated text boxes by blank lines, left
 * half of them out, or none at all, and whatever the order of the sheets: every field of all eight
 * seed sheets equals the reading of the seed as published, and the three with expected JSON equal it.
 */
class ExtractionIndependenceTest {

    private static final Municipality TSUKUBA = new Municipality(new MunicipalityCode("082201"), "つくば市");
    private static final int[] ORDER = {6, 2, 8, 1, 5, 3, 7, 4};

    private static List<SheetParse.Parsed> parsed(String text) {
        List<SheetParse.Parsed> out = new ArrayList<>();
        for (SheetParse sheet : SheetTextParser.parse(text).sheets()) {
            assertThat(sheet).isInstanceOf(SheetParse.Parsed.class);
            out.add((SheetParse.Parsed) sheet);
        }
        return out;
    }

    private static List<Sheet> published() {
        return parsed(Seed.text()).stream().map(SheetParse.Parsed::sheet).toList();
    }

    @ParameterizedTest(name = "{0}: every field of the eight seed sheets is exact")
    @EnumSource(Extractions.class)
    void everyFieldOfTheSeedIsExact(Extractions extraction) {
        List<Sheet> expected = published();

        List<SheetParse.Parsed> read = parsed(extraction.of(Seed.text()));

        assertThat(read).hasSize(8);
        int fields = 0;
        for (int i = 0; i < 8; i++) {
            FieldTally tally = FieldTally.of(expected.get(i), read.get(i).sheet());
            assertThat(tally.differences()).as("sheet %d", i + 1).isEmpty();
            assertThat(read.get(i).unplaced()).as("sheet %d", i + 1).isEmpty();
            fields += tally.fields();
        }
        assertThat(fields).isGreaterThan(1_000);
    }

    @ParameterizedTest(name = "{0}: the three sheets with expected JSON equal it")
    @EnumSource(Extractions.class)
    void theThreeFixturesAreExact(Extractions extraction) {
        List<SheetParse.Parsed> read = parsed(extraction.of(Seed.text()));

        for (int number : new int[] {1, 4, 6}) {
            String json = new SheetJson().write(read.get(number - 1).sheet().withMunicipality(TSUKUBA));
            assertThat(JsonComparison.differences(Seed.expectedJson(number), json)).as("sheet %d", number).isEmpty();
        }
    }

    /** Cut out at their lines as published, so a sheet ends without a blank line where the seed has none. */
    @ParameterizedTest(name = "{0}: sheets in another order keep their first labels")
    @EnumSource(Extractions.class)
    void sheetsInAnotherOrderAreReadAlike(Extractions extraction) {
        List<Sheet> expected = published();
        List<String> lines = SeedVariations.lines();
        StringBuilder text = new StringBuilder();
        for (int n : ORDER) {
            int from = SeedVariations.SHEET_STARTS[n - 1] - 1;
            int to = n < SeedVariations.SHEET_STARTS.length ? SeedVariations.SHEET_STARTS[n] - 1 : lines.size();
            List<String> sheet = new ArrayList<>(lines.subList(from, to));
            while (!sheet.isEmpty() && sheet.get(sheet.size() - 1).isBlank()) {
                sheet.remove(sheet.size() - 1);
            }
            text.append(String.join("\n", sheet)).append('\n');
        }

        List<SheetParse.Parsed> read = parsed(extraction.of(text.toString()));

        assertThat(read).hasSize(8);
        for (int i = 0; i < ORDER.length; i++) {
            assertThat(FieldTally.of(expected.get(ORDER[i] - 1), read.get(i).sheet()).differences())
                    .as("sheet %d at %d", ORDER[i], i + 1).isEmpty();
            assertThat(read.get(i).unplaced()).as("sheet %d at %d", ORDER[i], i + 1).isEmpty();
        }
    }
}
