package org.hyoka.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hyoka.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * A document read whole and the same document read as a stream get the same verdict, in the same
 * words: the stream is the reader, the whole read only collects it.
 */
class OneReaderTest {

    private static final String SHEET = Fixtures.expectedJson(4);

    /** Documents every path must refuse, and what the one-line reason names. */
    static final List<Map.Entry<String, String>> REFUSED = List.of(
            Map.entry(SHEET.replaceFirst("\\{", "{\"title\": \"前の題\","), "Duplicate"),
            Map.entry("[" + SHEET.replaceFirst("\\{", "{\"title\": \"前の題\",") + "]", "Duplicate"),
            Map.entry(SHEET + SHEET, "more content after the end of the document"),
            Map.entry("[" + SHEET + "]" + "[" + SHEET + "]", "more content after the end of the document"),
            Map.entry(SHEET + " garbage", "not JSON"),
            Map.entry("[" + SHEET + "] ,", "not JSON"),
            Map.entry("[" + SHEET + ",", "not JSON"));

    private final SheetJson json = new SheetJson();

    @ParameterizedTest(name = "refused whole and as a stream with the same reason: {index}")
    @FieldSource("REFUSED")
    void duplicateKeysTwoDocumentsAndTrailingGarbageAreRefusedAlikeWholeAndStreamed(Map.Entry<String, String> c) {
        byte[] document = c.getKey().getBytes(StandardCharsets.UTF_8);

        ReadResult whole = json.read(document);
        String streamed = streamedVerdict(document);

        assertThat(whole).isInstanceOfSatisfying(ReadResult.Unreadable.class, unreadable -> {
            assertThat(unreadable.reason()).contains(c.getValue()).contains("line");
            assertThat(streamed).isEqualTo(unreadable.reason());
        });
        assertThat(json.read(c.getKey())).isEqualTo(whole);
    }

    @Test
    void aValidArrayStreamsTheSameSheetsAsTheWholeRead() {
        byte[] document = ("[" + Fixtures.expectedJson(1) + "," + Fixtures.expectedJson(6) + "]")
                .getBytes(StandardCharsets.UTF_8);
        List<String> titles = new ArrayList<>();
        try (SheetStream stream = json.open(new ByteArrayInputStream(document))) {
            while (stream.hasNext()) {
                titles.add(((SheetStream.Element.Taken) stream.next()).sheet().title());
            }
        }

        assertThat(json.read(document)).isInstanceOfSatisfying(ReadResult.Valid.class, valid -> assertThat(
                valid.sheets()).extracting(org.hyoka.sheet.Sheet::title).isEqualTo(titles));
    }

    @Test
    void bytesThatAreNotUtf8AreUnreadableWhicheverWayTheyAreRead() {
        byte[] latin1 = SHEET.replace("情報政策課", "caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);

        assertThat(json.read(latin1)).isEqualTo(new ReadResult.Unreadable("not UTF-8 text: interchange JSON must be UTF-8"));
        assertThat(streamedVerdict(latin1)).isEqualTo("not UTF-8 text: interchange JSON must be UTF-8");
    }

    /** The reason the stream gives, or "" when it took every element. */
    private String streamedVerdict(byte[] document) {
        SheetStream.UnreadableException refused = catchThrowableOfType(SheetStream.UnreadableException.class, () -> {
            try (SheetStream stream = json.open(new ByteArrayInputStream(document))) {
                while (stream.hasNext()) {
                    stream.next();
                }
            }
        });
        return refused == null ? "" : refused.reason();
    }
}
