package org.hyoka.importer.parse;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One printed value (or label) as the extractor wrote it: the lines of one text run, or of the part
 * of a run that began with a space. {@code glued} says the extractor wrote it on the line after
 * another item without the blank line that usually separates runs: it shared a baseline with it.
 */
record Item(int index, List<SourceLine> lines, boolean glued) {

    Item {
        lines = List.copyOf(lines);
    }

    int firstLine() {
        return lines.get(0).number();
    }

    /** The lines, each stripped, joined with newlines. */
    String text() {
        return lines.stream().map(l -> l.text().strip()).collect(Collectors.joining("\n"));
    }

    /** The text with all whitespace removed: how labels are compared. */
    String normalized() {
        return Vocabulary.squeeze(text());
    }

    /** The text on one line, lines joined by a space: how rows of numbers and words are tokenised. */
    String flat() {
        return lines.stream().map(l -> l.text().strip()).collect(Collectors.joining(" "));
    }

    List<String> strippedLines() {
        return lines.stream().map(l -> l.text().strip()).toList();
    }
}
