package org.hyoka.importer.parse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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

    private final boolean spaced;
    private final Consumer<Item> each;
    private List<SourceLine> current = new ArrayList<>();
    private boolean glued;
    private int count;

    private ItemReader(boolean spaced, Consumer<Item> each) {
        this.spaced = spaced;
        this.each = each;
    }

    /**
     * Hands each item of the text on as soon as its last line is read; {@code spaced} is what
     * {@link Spacing} found of the whole text. Only the current item's lines and the next line are held.
     */
    static void read(Lines lines, boolean spaced, Consumer<Item> each) throws IOException {
        ItemReader reader = new ItemReader(spaced, each);
        String line = lines.next();
        for (int number = 1; ; number++) {
            boolean last = !lines.hasNext();
            String next = last ? "" : lines.next();
            reader.line(number, line, next);
            if (last) {
                break;
            }
            line = next;
        }
        reader.flush(false);
    }

    /** One line of the text, with the line after it (empty after the last), whose shape may decide. */
    private void line(int number, String text, String next) {
        String line = text;
        if (line.indexOf('\f') >= 0) {
            // A page break ends a run, whatever text shares its line.
            flush(false);
            line = line.replace('\f', ' ');
        }
        if (line.isBlank()) {
            flush(false);
            return;
        }
        SourceLine source = new SourceLine(number, line);
        if (!current.isEmpty()) {
            if (Character.isWhitespace(line.charAt(0))) {
                if (looksTabular(line.strip())) {
                    // a row of numbers is a box of its own even where no blank line precedes it
                    flush(false);
                } else if (startsNewItem(current.get(current.size() - 1).text(), line)) {
                    flush(true);
                }
            } else if (!BoxLines.continues(current, line, spaced) || !spaced
                    && BoxLines.namesIndicatorAbove(line, next)) {
                // No blank line, yet the shapes say a new box: the extractor left the blank out.
                flush(false);
            }
        }
        current.add(source);
    }

    /** Ends the current item, if any; {@code gluedNext} says whether the next one shares its baseline. */
    private void flush(boolean gluedNext) {
        if (!current.isEmpty()) {
            each.accept(Item.of(count++, current, glued));
            current = new ArrayList<>();
        }
        glued = gluedNext;
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
