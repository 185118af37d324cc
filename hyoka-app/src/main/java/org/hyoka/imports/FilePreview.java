package org.hyoka.imports;

import java.util.List;

/** One uploaded file: read, with its sheets, or refused, with what to do about it in Japanese. */
public sealed interface FilePreview {

    String name();

    /**
     * @param leftOut columns a table profile did not read because they hold personal data, one line each
     * @param notes   what the profile says about the table (e.g. which fiscal years its blocks are)
     */
    record Read(String name, String kind, List<SheetPreview> sheets, List<String> linesOutsideSheets,
            List<String> leftOut, List<String> notes) implements FilePreview {
        public Read {
            sheets = List.copyOf(sheets);
            linesOutsideSheets = List.copyOf(linesOutsideSheets);
            leftOut = List.copyOf(leftOut);
            notes = List.copyOf(notes);
        }

        public Read(String name, String kind, List<SheetPreview> sheets, List<String> linesOutsideSheets) {
            this(name, kind, sheets, linesOutsideSheets, List.of(), List.of());
        }
    }

    /** @param problems one line each, e.g. a JSON path and what is wrong there */
    record Refused(String name, String message, List<String> problems) implements FilePreview {
        public Refused {
            problems = List.copyOf(problems);
        }
    }
}
