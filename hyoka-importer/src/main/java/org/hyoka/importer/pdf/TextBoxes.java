package org.hyoka.importer.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a page's glyphs, in drawing order, into lines and the lines into text boxes by their
 * positions, as a reader sees boxes on the printed form: a box ends where the next line jumps
 * further down than a line pitch (or back up), starts at another x, changes font or size, or, on a
 * page whose text objects hold whole boxes, begins a new text object. The text is written as the
 * sheet parser reads published text layers: a box's lines one after another, a blank line between
 * boxes. A line that begins with one space right under the previous one, at its x, shared a baseline
 * with it in the source and stays in its box, as extractors write such text.
 */
final class TextBoxes {

    /** One glyph as PDFBox placed it (y grows down the page), and the text object that drew it. */
    record Glyph(String text, float x, float y, float width, float size, String font, int textObject) {

        boolean isSpace() {
            return text.isBlank();
        }
    }

    /** A box continues while the next line lies at most this many font sizes below the last. */
    private static final float MAX_PITCH = 1.6f;
    /** Lines of one box start within this share of the font size of each other. */
    private static final float SAME_X = 0.5f;
    /** A baseline within this share of the font size is the same line. */
    private static final float SAME_LINE = 0.3f;
    /** A gap wider than this share of the font size between two glyphs of a line is a space. */
    private static final float WORD_GAP = 0.25f;

    /** A line being built: its text and where its first and last glyphs stand. */
    private static final class Line {
        private final StringBuilder text = new StringBuilder();
        private final float x;
        private final float y;
        private final float size;
        private final String font;
        private final int textObject;
        private float endX;
        private int lastObject;
        private boolean severalObjects;

        Line(Glyph first) {
            this.x = first.x();
            this.y = first.y();
            this.size = Math.max(first.size(), 0.1f);
            this.font = first.font();
            this.textObject = first.textObject();
            this.endX = first.x();
            this.lastObject = first.textObject();
        }

        boolean takes(Glyph g) {
            float tolerance = SAME_LINE * size;
            return Math.abs(g.y() - y) <= tolerance && g.x() >= endX - tolerance;
        }

        void add(Glyph g) {
            if (text.length() > 0 && g.x() - endX > WORD_GAP * size && !g.isSpace()
                    && !Character.isWhitespace(text.charAt(text.length() - 1))) {
                text.append(' ');
            }
            text.append(g.text());
            endX = g.x() + g.width();
            severalObjects |= g.textObject() != lastObject;
            lastObject = g.textObject();
        }

        /** One ASCII space, then text: how extractors write a piece that shared the previous line's baseline. */
        boolean sharedBaseline() {
            return text.length() > 1 && text.charAt(0) == ' ' && !Character.isWhitespace(text.charAt(1));
        }

        boolean isBlank() {
            for (int i = 0; i < text.length(); i++) {
                if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u3000') {
                    return false;
                }
            }
            return true;
        }
    }

    private TextBoxes() {
    }

    static String page(List<Glyph> glyphs) {
        List<Line> lines = lines(glyphs);
        boolean objectsAreBoxes = false;
        for (int i = 1; i < lines.size() && !objectsAreBoxes; i++) {
            Line a = lines.get(i - 1);
            Line b = lines.get(i);
            objectsAreBoxes = !a.severalObjects && !b.severalObjects && a.textObject == b.textObject;
        }
        StringBuilder out = new StringBuilder();
        Line previous = null;
        for (Line line : lines) {
            if (line.isBlank()) {
                // An invisible space or an empty cell ends a box and writes nothing.
                previous = null;
                continue;
            }
            if (out.length() > 0) {
                out.append(previous != null && continues(previous, line, objectsAreBoxes) ? "\n" : "\n\n");
            }
            out.append(line.text);
            previous = line;
        }
        if (out.length() > 0) {
            out.append('\n');
        }
        return out.toString();
    }

    private static boolean continues(Line previous, Line line, boolean objectsAreBoxes) {
        float down = line.y - previous.y;
        if (down <= 0 || down > MAX_PITCH * previous.size || Math.abs(line.x - previous.x) > SAME_X * previous.size
                || Math.abs(line.size - previous.size) > 0.01f * previous.size || !line.font.equals(previous.font)) {
            return false;
        }
        return !objectsAreBoxes || line.textObject == previous.lastObject || line.sharedBaseline();
    }

    private static List<Line> lines(List<Glyph> glyphs) {
        List<Line> lines = new ArrayList<>();
        Line current = null;
        Glyph last = null;
        for (Glyph g : glyphs) {
            if (last != null && !g.isSpace() && g.text().equals(last.text()) && Math.abs(g.x() - last.x()) < last.width() / 3
                    && Math.abs(g.y() - last.y()) < last.width() / 3) {
                continue; // drawn twice at one place (fake bold): once in the text
            }
            if (current == null || !current.takes(g)) {
                current = new Line(g);
                lines.add(current);
            }
            current.add(g);
            last = g;
        }
        return lines;
    }
}
