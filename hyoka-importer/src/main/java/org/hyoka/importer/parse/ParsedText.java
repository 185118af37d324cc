package org.hyoka.importer.parse;

import java.util.List;

/** The sheets found in a text, in text order, and the lines that stood before the first sheet. */
public record ParsedText(List<SheetParse> sheets, List<SourceLine> outsideSheets) {
    public ParsedText {
        sheets = List.copyOf(sheets);
        outsideSheets = List.copyOf(outsideSheets);
    }
}
