package org.hyoka.publish;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a text into the lines of its cell. Japanese breaks between any two characters; a line
 * never begins with whitespace (a reader takes an indented line for a new piece of text), and
 * the writer's own line breaks are kept.
 */
final class TextWrap {

    private TextWrap() {
    }

    /**
     * @param listCells for list fields (根拠法令等, 個別計画), the width in full-width cells at which an
     *        entry wraps, so that a reader can tell a wrapped line (it fills the field) from the
     *        entry's last line; 0 for prose
     */
    static List<String> wrap(String text, float width, float size, FormFont font, double listCells) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\r?\n")) {
            String rest = paragraph.strip();
            StringBuilder line = new StringBuilder();
            float used = 0;
            double cells = 0;
            for (int i = 0; i < rest.length(); ) {
                int cp = rest.codePointAt(i);
                int n = Character.charCount(cp);
                float w = font.advance(cp) * size / 1000f;
                double c = cellWidth(cp);
                boolean full = used + w > width || (listCells > 0 && cells + c > listCells);
                if (full && line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    used = 0;
                    cells = 0;
                }
                if (line.length() == 0 && Character.isWhitespace(cp) || line.length() == 0 && cp == '\u3000') {
                    i += n;
                    continue;
                }
                line.appendCodePoint(cp);
                used += w;
                cells += c;
                i += n;
            }
            if (line.length() > 0) {
                lines.add(line.toString().stripTrailing());
            }
        }
        return lines;
    }

    /** ASCII and half-width kana take half a full-width cell, as the form's fields count them. */
    static double cellWidth(int cp) {
        return cp < 0x7F || (cp >= 0xFF61 && cp <= 0xFF9F) ? 0.5 : 1;
    }

    static double cells(String line) {
        double cells = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            cells += cellWidth(cp);
            i += Character.charCount(cp);
        }
        return cells;
    }
}
