package org.hyoka.importer.text;

/**
 * What decoding bytes as text gave: the text and the encoding it was read in, or one line saying
 * why the bytes are not text we can read. Decoding never throws.
 */
public sealed interface DecodedText {

    /** Text with its line breaks normalised to LF; form feeds (page breaks) are kept. */
    record Text(String text, String encoding) implements DecodedText {
    }

    /** Not readable as text: empty, binary, or in an encoding we do not read. */
    record Unreadable(String reason) implements DecodedText {
    }
}
