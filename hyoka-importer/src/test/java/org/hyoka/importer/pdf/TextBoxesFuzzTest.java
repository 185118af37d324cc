package org.hyoka.importer.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Glyphs anywhere, of any size, in any text objects, even at NaN or infinite places: cutting them
 * into boxes ends, keeps every printed character that is not a repeat at one place, and writes no
 * more than one blank line in a row. Without JAZZER_FUZZ this runs the committed corpus in
 * TextBoxesFuzzTestInputs/ as a regression test.
 */
class TextBoxesFuzzTest {

    private static final String[] TEXTS = {"事", "業", " ", "\u3000", "1", ",", "。", "－", "a", "\t", "指標名"};

    @FuzzTest(maxDuration = "60s")
    void cuttingGlyphsIntoBoxesKeepsTheirText(FuzzedDataProvider data) {
        List<TextBoxes.Glyph> glyphs = new ArrayList<>();
        int count = data.consumeInt(0, 2_000);
        for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
            glyphs.add(new TextBoxes.Glyph(data.pickValue(TEXTS), data.consumeFloat(), data.consumeFloat(),
                    data.consumeFloat(), data.consumeFloat(), data.consumeBoolean() ? "F1" : "F2",
                    data.consumeInt(0, 20)));
        }

        String text = TextBoxes.page(glyphs);

        assertThat(text).doesNotContain("\n\n\n");
        long printed = glyphs.stream().filter(g -> !g.isSpace()).count();
        long written = text.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u3000').count();
        assertThat(written).isLessThanOrEqualTo(glyphs.stream().filter(g -> !g.isSpace())
                .mapToLong(g -> g.text().codePointCount(0, g.text().length())).sum());
        assertThat(printed == 0 || written > 0).as("printed text is not lost entirely").isTrue();
    }
}
