package org.hyoka.importer.text;

/**
 * What decoding bytes as text gave: the text and the encoding it was read in, or one line saying
 * why the bytes are not text we can read. Decoding never throws.
 */
public sealed interface DecodedText {

    /** Text with its line breaks normalised to LF; form feeds (page breaks) are kept. */
    record Text(String text, String encoding) implements DecodedText {
    }

    /**
     * Not readable as text: empty, binary, or in an encoding we do not read.
     *
     * @param reason  one line in English, for the command line and logs
     * @param message the same in Japanese with what to do, for the screen
     */
    record Unreadable(String reason, String message) implements DecodedText {

        /** With the generic Japanese message, for reasons no person needs explained in detail. */
        public Unreadable(String reason) {
            this(reason, genericMessage(reason));
        }

        public static String genericMessage(String reason) {
            return "シートを読み取れません（" + reason + "）。事務事業マネジメントシートのPDFか、そのテキストを選んでください。";
        }
    }
}
