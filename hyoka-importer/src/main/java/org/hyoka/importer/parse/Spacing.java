package org.hyoka.importer.parse;

import java.io.IOException;
import java.io.Reader;

/**
 * Counts a text's blank lines and the line breaks inside its runs ({@link BoxLines#spaced}) in one
 * pass over its characters, without cutting it into lines: the first of the parser's two passes.
 * A line is blank as {@link String#isBlank()} says: nothing in it but white space.
 */
final class Spacing {

    private int blank;
    private int breaks;
    private boolean previousBlank = true;
    private boolean lineHasText;

    private Spacing() {
    }

    static boolean spaced(String text) {
        Spacing spacing = new Spacing();
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\n') {
                spacing.endLine();
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                spacing.lineHasText = true;
                int end = text.indexOf('\n', i);
                i = end < 0 ? length : end;
            }
        }
        return spacing.end();
    }

    static boolean spaced(Reader text) throws IOException {
        Spacing spacing = new Spacing();
        char[] buffer = new char[1 << 13];
        for (int read = text.read(buffer); read >= 0; read = text.read(buffer)) {
            for (int i = 0; i < read; i++) {
                char c = buffer[i];
                if (c == '\n') {
                    spacing.endLine();
                } else if (!spacing.lineHasText && !Character.isWhitespace(c)) {
                    spacing.lineHasText = true;
                }
            }
        }
        return spacing.end();
    }

    private void endLine() {
        boolean isBlank = !lineHasText;
        if (isBlank) {
            blank++;
        } else if (!previousBlank) {
            breaks++;
        }
        previousBlank = isBlank;
        lineHasText = false;
    }

    /** The last line, which has no line break after it (and is empty after a final one), counts too. */
    private boolean end() {
        endLine();
        return BoxLines.spaced(blank, breaks);
    }
}
