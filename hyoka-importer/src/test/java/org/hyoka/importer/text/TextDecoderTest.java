package org.hyoka.importer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.hyoka.importer.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextDecoderTest {

    private static final String SAMPLE = "事務事業マネジメントシート\r\n令和 6年度\n\f－\n0.1%未満、①Ⅳ-3";

    private static String decoded(byte[] bytes) {
        DecodedText result = TextDecoder.decode(bytes);
        assertThat(result).isInstanceOf(DecodedText.Text.class);
        return ((DecodedText.Text) result).text();
    }

    @ParameterizedTest(name = "{0} decodes to the same text with LF line breaks")
    @ValueSource(strings = {"UTF-8", "windows-31j", "Shift_JIS", "UTF-16LE", "UTF-16BE"})
    void decodesEncodingsWithoutBom(String charset) {
        // Plain Shift_JIS lacks the NEC and IBM extensions (①, Ⅳ, －) that CP932 has.
        var encoder = Charset.forName(charset).newEncoder();
        String text = SAMPLE.codePoints().filter(c -> encoder.canEncode((char) c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        byte[] bytes = text.getBytes(Charset.forName(charset));

        assertThat(decoded(bytes)).isEqualTo(text.replace("\r\n", "\n"));
    }

    @Test
    void dropsUtf8ByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = SAMPLE.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(body, 0, bytes, 3, body.length);

        assertThat(decoded(bytes)).startsWith("事務事業").doesNotContain("\uFEFF").doesNotContain("\r");
    }

    @Test
    void readsUtf16WithByteOrderMark() {
        assertThat(decoded(SAMPLE.getBytes(StandardCharsets.UTF_16))).isEqualTo(SAMPLE.replace("\r\n", "\n"));
    }

    @Test
    void prefersUtf8WhenTheBytesAreValidUtf8() {
        DecodedText result = TextDecoder.decode(Seed.text().getBytes(StandardCharsets.UTF_8));

        assertThat(((DecodedText.Text) result).encoding()).isEqualTo("UTF-8");
    }

    @Test
    void emptyInputIsUnreadable() {
        assertThat(TextDecoder.decode(new byte[0])).isEqualTo(new DecodedText.Unreadable("empty file"));
    }

    @Test
    void binaryJunkIsUnreadableWithAOneLineReason() {
        byte[] junk = new byte[4096];
        new java.util.Random(42).nextBytes(junk);

        DecodedText result = TextDecoder.decode(junk);

        assertThat(result).isInstanceOf(DecodedText.Unreadable.class);
        assertThat(((DecodedText.Unreadable) result).reason()).isNotBlank().doesNotContain("\n");
    }

    @Test
    void controlCharactersMakeTextUnreadable() {
        byte[] bytes = "a\u0001\u0002\u0003\u0004b".getBytes(StandardCharsets.UTF_8);

        assertThat(TextDecoder.decode(bytes)).isInstanceOf(DecodedText.Unreadable.class);
    }
}
