package org.hyoka.importer.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes a text file as municipalities and extraction tools write them: UTF-8 with or without a
 * byte order mark, Shift_JIS (read as its superset CP932, which Windows tools write), UTF-16 with a
 * BOM or without one. A file that is valid UTF-8 is UTF-8: CP932 is tried only after that fails,
 * because CP932 accepts many byte sequences that are really UTF-8 and would turn them into mojibake.
 * The verdict is reached by reading the bytes as streams ({@link #detect}), so that a large text file
 * is never held whole to learn how to read it.
 */
public final class TextDecoder {

    static final Charset CP932 = Charset.forName("windows-31j");

    /** More control characters than this share of the text means binary data, whatever decoded. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes) {
        try {
            TextEncoding encoding = detect(() -> new ByteArrayInputStream(bytes));
            if (encoding instanceof TextEncoding.Refused refused) {
                return refused.unreadable();
            }
            TextEncoding.Known known = (TextEncoding.Known) encoding;
            StringWriter text = new StringWriter(bytes.length);
            try (Reader reader = known.reader(new ByteArrayInputStream(bytes))) {
                reader.transferTo(text);
            }
            return new DecodedText.Text(text.toString(), known.name());
        } catch (IOException e) {
            throw new UncheckedIOException("bytes in memory that were detected as text failed to decode", e);
        }
    }

    /**
     * How to read the bytes as text, or why they are not text: the verdict {@link #decode} gives, reached
     * by reading them (once to look at their bytes, once for each encoding tried) rather than holding
     * their text. An {@link IOException} is the source's own failure, not a verdict on the bytes.
     */
    public static TextEncoding detect(ByteSource source) throws IOException {
        ByteCounts bytes = ByteCounts.of(source);
        if (bytes.length == 0) {
            return refused("empty file");
        }
        if (bytes.startsWith(0xEF, 0xBB, 0xBF)) {
            return strict(source, 3, StandardCharsets.UTF_8)
                    .orElseGet(() -> refused("UTF-8 byte order mark but invalid UTF-8 after it"));
        }
        if (bytes.startsWith(0xFE, 0xFF)) {
            return strict(source, 2, StandardCharsets.UTF_16BE)
                    .orElseGet(() -> refused("UTF-16BE byte order mark but invalid UTF-16 after it"));
        }
        if (bytes.startsWith(0xFF, 0xFE)) {
            return strict(source, 2, StandardCharsets.UTF_16LE)
                    .orElseGet(() -> refused("UTF-16LE byte order mark but invalid UTF-16 after it"));
        }
        if (bytes.evenNul + bytes.oddNul > 0) {
            // UTF-8 and CP932 text never contain NUL; UTF-16 text of mostly ASCII and CJK does.
            Optional<TextEncoding> utf16 = guessUtf16(source, bytes);
            return utf16.orElseGet(() -> refused("binary data, not text (contains NUL bytes)"));
        }
        Optional<TextEncoding> utf8 = strict(source, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return utf8.get();
        }
        return strict(source, 0, CP932).orElseGet(() -> refused("not text in UTF-8, Shift_JIS/CP932 or UTF-16"));
    }

    private static TextEncoding refused(String reason) {
        return new TextEncoding.Refused(new DecodedText.Unreadable(reason));
    }

    /** The byte order is the one whose NULs fall on the high byte of each code unit. */
    private static Optional<TextEncoding> guessUtf16(ByteSource source, ByteCounts bytes) throws IOException {
        if (bytes.length % 2 != 0) {
            return Optional.empty();
        }
        Charset first = bytes.evenNul >= bytes.oddNul ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
        Charset second = first == StandardCharsets.UTF_16BE ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
        Optional<TextEncoding> guess = strict(source, 0, first);
        return guess.isPresent() ? guess : strict(source, 0, second);
    }

    /** The encoding, if the bytes after {@code offset} decode in it without error and look like text. */
    private static Optional<TextEncoding> strict(ByteSource source, int offset, Charset charset) throws IOException {
        TextShare share = new TextShare();
        try (InputStream in = source.open()) {
            in.skipNBytes(offset);
            Reader reader = new InputStreamReader(in, TextEncoding.Known.strictDecoder(charset));
            char[] buffer = new char[1 << 13];
            for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
                share.add(buffer, read);
            }
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        return share.looksLikeText() ? Optional.of(new TextEncoding.Known(charset, offset)) : Optional.empty();
    }

    /** Counts, over the code points of a text read in pieces, those that no text holds. */
    private static final class TextShare {
        private long length;
        private long suspicious;
        private char pendingHigh;
        private boolean pending;

        void add(char[] chars, int count) {
            length += count;
            for (int i = 0; i < count; i++) {
                char c = chars[i];
                if (pending) {
                    pending = false;
                    if (Character.isLowSurrogate(c)) {
                        count(Character.toCodePoint(pendingHigh, c));
                        continue;
                    }
                    count(pendingHigh);
                }
                if (Character.isHighSurrogate(c)) {
                    pendingHigh = c;
                    pending = true;
                } else {
                    count(c);
                }
            }
        }

        private void count(int codePoint) {
            if (isSuspicious(codePoint)) {
                suspicious++;
            }
        }

        boolean looksLikeText() {
            if (pending) {
                count(pendingHigh);
                pending = false;
            }
            return length > 0 && suspicious <= length * MAX_CONTROL_SHARE;
        }
    }

    private static boolean isSuspicious(int c) {
        if (c == '\n' || c == '\r' || c == '\t' || c == '\f') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || type == Character.SURROGATE || c == 0xFFFD;
    }

    /** What one pass over the bytes tells: their length, their first bytes, and where NUL bytes fall. */
    private static final class ByteCounts {
        private final byte[] head = new byte[3];
        private int headLength;
        private long length;
        private long evenNul;
        private long oddNul;

        static ByteCounts of(ByteSource source) throws IOException {
            ByteCounts counts = new ByteCounts();
            try (InputStream in = source.open()) {
                byte[] buffer = new byte[1 << 16];
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    counts.add(buffer, read);
                }
            }
            return counts;
        }

        private void add(byte[] buffer, int read) {
            for (int i = 0; i < read; i++) {
                if (headLength < head.length) {
                    head[headLength++] = buffer[i];
                }
                if (buffer[i] == 0) {
                    if ((length + i) % 2 == 0) {
                        evenNul++;
                    } else {
                        oddNul++;
                    }
                }
            }
            length += read;
        }

        boolean startsWith(int... prefix) {
            if (headLength < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if ((head[i] & 0xFF) != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
