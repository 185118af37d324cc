package org.hyoka.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Text with its blank lines removed goes through the shape rules that cut boxes (BoxLines) on every
 * line: whatever the text, the parser ends, every sheet is parsed or unusable with a reason, and
 * every line it could not place is a line of the input. Without JAZZER_FUZZ this runs the committed
 * corpus in BoxesWithoutBlankLinesFuzzTestInputs/ (seed sheets without and with half their blank
 * lines, shapes at the rules' edges) as a regression test.
 */
class BoxesWithoutBlankLinesFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void parsingWithoutBlankLinesEndsInSheetsOrNone(byte[] input) {
        String text = Extractions.NO_BLANK_LINES.of(new String(input, StandardCharsets.UTF_8));
        Set<String> lines = new HashSet<>(java.util.Arrays.asList(text.replace('\f', ' ').split("\n", -1)));

        ParsedText parsed = SheetTextParser.parse(text);

        for (SheetParse sheet : parsed.sheets()) {
            assertThat(sheet).isInstanceOfAny(SheetParse.Parsed.class, SheetParse.Unusable.class);
            if (sheet instanceof SheetParse.Unusable unusable) {
                assertThat(unusable.reason()).isNotBlank();
            }
            sheet.unplaced().forEach(line -> assertThat(lines).contains(line.text()));
        }
    }
}
