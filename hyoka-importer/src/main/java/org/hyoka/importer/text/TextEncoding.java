package org.hyoka.importer.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/**
 * What {@link TextDecoder#detect} found a text to be, without holding it: the encoding to read it in,
 * or why it is not text we read.
 */
public sealed interface TextEncoding {

    /** Text in {@code charset} after a byte order mark of {@code bomBytes} bytes (0 without one). */
    record Known(Charset charset, int bomBytes) implements TextEncoding {

        /** The name the import report shows, as {@link DecodedText.Text#encoding()}. */
        public String name() {
            return charset.name();
        }

        /**
         * The text of {@code in} (from its first byte) as {@link TextDecoder#decode} gives it, LF line
         * breaks and no leading byte order mark, decoded as it is read. Bytes that no longer decode
         * (the file changed after it was detected) fail the read rather than turn into U+FFFD.
         */
        public Reader reader(InputStream in) throws IOException {
            in.skipNBytes(bomBytes);
            return new LineBreaks(new InputStreamReader(in, strictDecoder(charset)));
        }

        static CharsetDecoder strictDecoder(Charset charset) {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }
    }

    /** Not text we read: empty, binary, or in an encoding we do not read. */
    record Refused(DecodedText.Unreadable unreadable) implements TextEncoding {
    }
}
