package org.hyoka.importer.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes a text file as municipalities and extraction tools write them: UTF-8 with or without a
 * byte order mark, Shift_JIS (read as its superset CP932, which Windows tools write), UTF-16 with a
 * BOM or without one. A file that is valid UTF-8 is UTF-8: CP932 is tried only after that fails,
 * because CP932 accepts many byte sequences that are really UTF-8 and would turn them into mojibake.
 */
public final class TextDecoder {

    static final Charset CP932 = Charset.forName("windows-31j");

    /** More control characters than this share of the text means binary data, whatever decoded. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes) {
        if (bytes.length == 0) {
            return new DecodedText.Unreadable("empty file");
        }
        Optional<DecodedText> withBom = decodeWithBom(bytes);
        if (withBom.isPresent()) {
            return withBom.get();
        }
        if (hasNulBytes(bytes)) {
            // UTF-8 and CP932 text never contain NUL; UTF-16 text of mostly ASCII and CJK does.
            Optional<DecodedText> utf16 = guessUtf16(bytes);
            return utf16.orElseGet(() -> new DecodedText.Unreadable("binary data, not text (contains NUL bytes)"));
        }
        return strict(bytes, 0, StandardCharsets.UTF_8)
                .or(() -> strict(bytes, 0, CP932))
                .orElseGet(() -> new DecodedText.Unreadable(
                        "not text in UTF-8, Shift_JIS/CP932 or UTF-16"));
    }

    private static Optional<DecodedText> decodeWithBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(strict(b, 3, StandardCharsets.UTF_8).orElseGet(
                    () -> new DecodedText.Unreadable("UTF-8 byte order mark but invalid UTF-8 after it")));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(strict(b, 2, StandardCharsets.UTF_16BE).orElseGet(
                    () -> new DecodedText.Unreadable("UTF-16BE byte order mark but invalid UTF-16 after it")));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(strict(b, 2, StandardCharsets.UTF_16LE).orElseGet(
                    () -> new DecodedText.Unreadable("UTF-16LE byte order mark but invalid UTF-16 after it")));
        }
        return Optional.empty();
    }

    /** The byte order is the one whose NULs fall on the high byte of each code unit. */
    private static Optional<DecodedText> guessUtf16(byte[] b) {
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i + 1 < b.length; i += 2) {
            evenNul += b[i] == 0 ? 1 : 0;
            oddNul += b[i + 1] == 0 ? 1 : 0;
        }
        Charset first = evenNul >= oddNul ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
        Charset second = first == StandardCharsets.UTF_16BE ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
        if (b.length % 2 != 0) {
            return Optional.empty();
        }
        return strict(b, 0, first).or(() -> strict(b, 0, second));
    }

    private static Optional<DecodedText> strict(byte[] bytes, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            String text = chars.toString();
            if (!looksLikeText(text)) {
                return Optional.empty();
            }
            return Optional.of(new DecodedText.Text(normalizeLineBreaks(text), charset.name()));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    static boolean looksLikeText(String text) {
        if (text.isEmpty()) {
            return false;
        }
        long suspicious = text.codePoints().filter(TextDecoder::isSuspicious).count();
        return suspicious <= text.length() * MAX_CONTROL_SHARE;
    }

    private static boolean isSuspicious(int c) {
        if (c == '\n' || c == '\r' || c == '\t' || c == '\f') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || type == Character.SURROGATE || c == 0xFFFD;
    }

    private static boolean hasNulBytes(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    static String normalizeLineBreaks(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }
}
