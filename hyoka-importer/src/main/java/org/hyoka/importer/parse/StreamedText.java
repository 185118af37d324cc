package org.hyoka.importer.parse;

import java.util.List;

/**
 * What a text read as a stream gave besides its sheets, which went on one at a time: how many there
 * were, and the lines that stood before the first sheet.
 */
public record StreamedText(int sheets, List<SourceLine> outsideSheets) {
    public StreamedText {
        outsideSheets = List.copyOf(outsideSheets);
    }
}
