package org.hyoka.publish;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.hyoka.fonts.ShippedFonts;

/**
 * The shipped IPAex Gothic, embedded once per document as a subset. The parsed font file is kept
 * per thread: parsing 6 MB for every document would cost more than drawing the sheet, and
 * fontbox's reader is not safe to share between threads.
 */
final class FormFont {

    private static final ThreadLocal<TrueTypeFont> PARSED = ThreadLocal.withInitial(FormFont::parse);

    private final PDType0Font font;
    private final java.util.Map<Integer, Float> advances = new java.util.HashMap<>();

    private FormFont(PDType0Font font) {
        this.font = font;
    }

    static FormFont embedIn(PDDocument document) {
        try {
            return new FormFont(PDType0Font.load(document, PARSED.get(), true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont parse() {
        try (InputStream in = ShippedFonts.gothic()) {
            return new TTFParser().parse(new RandomAccessReadBuffer(withoutTable(in.readAllBytes(), "GSUB")));
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped font cannot be read", e);
        }
    }

    /**
     * The font file with one table left out of its directory. PDFBox runs every string shown in a
     * font with a GSUB table through a regex-based glyph substitution that costs more than all the
     * rest of drawing a sheet; the form needs no ligatures or contextual forms (and plain
     * character-to-glyph mapping keeps the text layer equal to the text). The embedded subset
     * carries no GSUB table either way, so the PDF is the same. Only the directory changes: the
     * tables stay where their offsets point.
     */
    static byte[] withoutTable(byte[] font, String tag) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(font);
        int tables = buffer.getShort(4) & 0xFFFF;
        int kept = 0;
        byte[] entry = new byte[16];
        for (int i = 0; i < tables; i++) {
            buffer.get(12 + 16 * i, entry);
            String name = new String(entry, 0, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (!name.equals(tag)) {
                buffer.put(12 + 16 * kept, entry);
                kept++;
            }
        }
        buffer.putShort(4, (short) kept);
        return font;
    }

    PDType0Font pdfFont() {
        return font;
    }

    /** Width in points of {@code text} at {@code size}. */
    float width(String text, float size) {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += advance(cp);
            i += Character.charCount(cp);
        }
        return units * size / 1000f;
    }

    /** Advance width in 1/1000 em; measured once per character and document. */
    float advance(int codePoint) {
        Float known = advances.get(codePoint);
        if (known != null) {
            return known;
        }
        // a character the font lacks prints as 〓 (see FormDrawer), so it is measured as one
        int shown = canShow(codePoint) ? codePoint : '〓';
        try {
            float width = font.getWidth(code(shown));
            advances.put(codePoint, width);
            return width;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean canShow(int codePoint) {
        try {
            return font.hasGlyph(code(codePoint)) || Character.isWhitespace(codePoint);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private int code(int codePoint) throws IOException {
        byte[] bytes = font.encode(new String(Character.toChars(codePoint)));
        int code = 0;
        for (byte b : bytes) {
            code = (code << 8) | (b & 0xFF);
        }
        return code;
    }

    /**
     * Draws {@code text} as filled glyph outlines, not as text: marks such as 作成中 and page numbers
     * must not enter the text layer, where a reader would take them for the sheet's fields.
     */
    void outline(PDPageContentStream content, String text, float x, float baseline, float size) throws IOException {
        float pen = x;
        float scale = size / 1000f;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            GeneralPath path = font.getNormalizedPath(code(cp));
            appendPath(content, path, pen, baseline, scale);
            pen += advance(cp) * scale;
            i += Character.charCount(cp);
        }
        content.fill();
    }

    private static void appendPath(PDPageContentStream content, GeneralPath path, float dx, float dy, float scale)
            throws IOException {
        float[] c = new float[6];
        float lastX = 0;
        float lastY = 0;
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    content.moveTo(dx + c[0] * scale, dy + c[1] * scale);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    content.lineTo(dx + c[0] * scale, dy + c[1] * scale);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    // a quadratic Bézier as the cubic PDF knows
                    float c1x = lastX + 2f / 3 * (c[0] - lastX);
                    float c1y = lastY + 2f / 3 * (c[1] - lastY);
                    float c2x = c[2] + 2f / 3 * (c[0] - c[2]);
                    float c2y = c[3] + 2f / 3 * (c[1] - c[3]);
                    content.curveTo(dx + c1x * scale, dy + c1y * scale, dx + c2x * scale, dy + c2y * scale,
                            dx + c[2] * scale, dy + c[3] * scale);
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    content.curveTo(dx + c[0] * scale, dy + c[1] * scale, dx + c[2] * scale, dy + c[3] * scale,
                            dx + c[4] * scale, dy + c[5] * scale);
                    lastX = c[4];
                    lastY = c[5];
                }
                case PathIterator.SEG_CLOSE -> content.closePath();
                default -> throw new IllegalStateException("unknown path segment");
            }
        }
    }
}
