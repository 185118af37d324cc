package org.hyoka.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.hyoka.importer.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading a text as a stream gives the parse of the whole string, sheet for sheet and line for line,
 * for every way the blank lines come and whatever stands around the sheets; and the stream is read in
 * pieces far smaller than a sheet, so that nothing depends on holding the text.
 */
class StreamedTextTest {

    /** A reader that gives at most a few characters a call, as a slow file or a small buffer would. */
    private static Reader trickling(String text) {
        return new StringReader(text) {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, Math.min(length, 7));
            }
        };
    }

    private static void streamsAsTheStringParses(String text) throws IOException {
        ParsedText whole = SheetTextParser.parse(text);
        List<SheetParse> streamed = new ArrayList<>();

        StreamedText rest = SheetTextParser.parse(() -> trickling(text), streamed::add);

        assertThat(streamed).isEqualTo(whole.sheets());
        assertThat(rest.sheets()).isEqualTo(whole.sheets().size());
        assertThat(rest.outsideSheets()).isEqualTo(whole.outsideSheets());
    }

    static Stream<Arguments> variants() {
        String seed = Seed.text();
        List<String> lines = SeedVariations.lines();
        String reversed = String.join("\n", lines.subList(SeedVariations.SHEET_STARTS[4] - 1, lines.size())) + "\n"
                + String.join("\n", lines.subList(0, SeedVariations.SHEET_STARTS[4] - 1));
        List<Arguments> variants = new ArrayList<>();
        for (Extractions extraction : Extractions.values()) {
            variants.add(Arguments.of(extraction + ", the seed", extraction.of(seed)));
            variants.add(Arguments.of(extraction + ", the seed three times", extraction.of((seed + "\n").repeat(3))));
            variants.add(Arguments.of(extraction + ", halves swapped", extraction.of(reversed)));
        }
        variants.add(Arguments.of("lines before the first sheet", "表紙\n令和6年度 事務事業評価\n\n" + seed));
        variants.add(Arguments.of("no line break at the end", seed.stripTrailing()));
        variants.add(Arguments.of("page breaks between the sheets", seed.replace("\n\n\n", "\n\f\n")));
        variants.add(Arguments.of("one sheet", SeedVariations.sheet(3)));
        return variants.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void aStreamedTextGivesTheSheetsOfTheWholeString(String name, String text) throws IOException {
        streamsAsTheStringParses(text);
    }

    @Test
    void aTextWithoutASheetGivesNoSheetAndEveryLineAsOutside() throws IOException {
        streamsAsTheStringParses("議事録\n\n出席者 5名\n");
        streamsAsTheStringParses("");
        assertThat(SheetTextParser.parse(() -> new StringReader("議事録\n\n出席者 5名\n"), sheet -> { })
                .outsideSheets()).extracting(SourceLine::number).containsExactly(1, 3);
    }

    @Test
    void eachSheetGoesOnBeforeTheRestOfTheTextIsRead() throws IOException {
        String text = (Seed.text() + "\n").repeat(2);
        int firstOfSecondCopy = text.indexOf("事務事業マネジメントシート", Seed.text().length());
        int[] readWhenFirstSheetCame = {-1};
        int[] read = {0};
        TextSource source = () -> new StringReader(text) {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, Math.min(length, 512));
                read[0] += Math.max(n, 0);
                return n;
            }
        };

        SheetTextParser.parse(source, sheet -> {
            if (readWhenFirstSheetCame[0] < 0) {
                readWhenFirstSheetCame[0] = read[0];
            }
        });

        // the first pass read everything; the second had read only into sheet 2 when sheet 1 came
        int secondPass = readWhenFirstSheetCame[0] - text.length();
        assertThat(secondPass).isPositive().isLessThan(firstOfSecondCopy / 4);
    }
}
