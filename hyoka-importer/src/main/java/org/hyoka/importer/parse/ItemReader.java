package org.hyoka.importer.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts extracted text into items. The extractor separates text runs by a blank line; inside a
 * run, a line that begins with a space was a separate piece of text that the extractor put on a new
 * line because it shared a baseline with the previous one, so it starts a new item, unless the
 * previous line filled its field, in which case the line is the wrapped rest of the same text.
 * Where the extractor left blank lines out, {@link BoxLines} cuts boxes by the shapes of the lines.
 */
final class ItemReader {

    /** A line this wide (in full-width cells) or wider filled the narrowest wrapped field of the form. */
    static final double FULL_FIELD_WIDTH = 23.5;

    private ItemReader() {
    }

    static List<Item> read(String text) {
        List<Item> items = new ArrayList<>();
        List<SourceLine> current = new ArrayList<>();
        boolean glued = false;
        String[] lines = text.split("\n", -1);
        boolean spaced = spaced(lines);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.indexOf('\f') >= 0) {
                // A page break ends a run, whatever text shares its line.
                flush(items, current, glued);
                current = new ArrayList<>();
                glued = false;
                line = line.replace('\f', ' ');
            }
            if (line.isBlank()) {
                flush(items, current, glued);
                current = new ArrayList<>();
                glued = false;
                continue;
            }
            SourceLine source = new SourceLine(i + 1, line);
            if (!current.isEmpty()) {
                if (Character.isWhitespace(line.charAt(0))) {
                    if (looksTabular(line.strip())) {
                        // a row of numbers is a box of its own even where no blank line precedes it
                        flush(items, current, glued);
                        current = new ArrayList<>();
                        glued = false;
                    } else if (startsNewItem(current.get(current.size() - 1).text(), line)) {
                        flush(items, current, glued);
                        current = new ArrayList<>();
                        glued = true;
                    }
                } else if (!BoxLines.continues(current, line, spaced) || !spaced
                        && BoxLines.namesIndicatorAbove(line, i + 1 < lines.length ? lines[i + 1] : "")) {
                    // No blank line, yet the shapes say a new box: the extractor left the blank out.
                    flush(items, current, glued);
                    current = new ArrayList<>();
                    glued = false;
                }
            }
            current.add(source);
        }
        flush(items, current, glued);
        return List.copyOf(items);
    }

    private static boolean spaced(String[] lines) {
        int blank = 0;
        int breaks = 0;
        boolean previousBlank = true;
        for (String line : lines) {
            boolean isBlank = line.isBlank();
            if (isBlank) {
                blank++;
            } else if (!previousBlank) {
                breaks++;
            }
            previousBlank = isBlank;
        }
        return BoxLines.spaced(blank, breaks);
    }

    private static void flush(List<Item> items, List<SourceLine> lines, boolean glued) {
        if (!lines.isEmpty()) {
            items.add(Item.of(items.size(), lines, glued));
        }
    }

    private static boolean startsNewItem(String previous, String line) {
        if (Vocabulary.isLabel(line)) {
            return true;
        }
        String prev = previous.strip();
        return prev.endsWith("。") || Shapes.width(prev) < FULL_FIELD_WIDTH || looksTabular(prev);
    }

    /** Rows of numbers and year headings are never wrapped text. */
    private static boolean looksTabular(String line) {
        Item probe = Item.of(0, List.of(new SourceLine(0, line)), false);
        return Shapes.isNumberRow(probe) || Shapes.isYearHeader(probe) || Shapes.isYesNoRow(probe);
    }
}
