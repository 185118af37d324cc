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
        if (lines.size() == 1) {
            // Most items are one line: no joining, one stripped string serves all three forms.
            String only = lines.get(0).text().strip();
            return new Item(index, lines, glued, List.of(only), only, only);
        }
        List<String> stripped = new java.util.ArrayList<>(lines.size());
        for (SourceLine line : lines) {
            stripped.add(line.text().strip());
        }
        return new Item(index, lines, glued, stripped, String.join("\n", stripped), String.join(" ", stripped));
    }

    int firstLine() {
        return lines.get(0).number();
    }
}
