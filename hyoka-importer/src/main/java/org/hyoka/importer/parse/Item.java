package org.hyoka.importer.parse;

import java.util.List;

/**
 * One printed value (or label) as the extractor wrote it: the lines of one text run, or of the part
 * of a run that began with a space. {@code glued} says the extractor wrote it on the line after
 * another item without the blank line that usually separates runs: it shared a baseline with it.
 * The stripped forms are computed once, since every parser step looks at them.
 */
record Item(int index, List<SourceLine> lines, boolean glued, List<String> strippedLines, String text, String flat) {

    Item {
        lines = List.copyOf(lines);
        strippedLines = List.copyOf(strippedLines);
    }

    static Item of(int index, List<SourceLine> lines, boolean glued) {
        List<String> stripped = lines.stream().map(l -> l.text().strip()).toList();
        return new Item(index, lines, glued, stripped, String.join("\n", stripped), String.join(" ", stripped));
    }

    int firstLine() {
        return lines.get(0).number();
    }
}
