package org.hyoka.imports;

import java.util.List;

/** One uploaded file: read, with its sheets, or refused, with what to do about it in Japanese. */
public sealed interface FilePreview {

    String name();

    record Read(String name, String kind, List<SheetPreview> sheets, List<String> linesOutsideSheets)
            implements FilePreview {
        public Read {
            sheets = List.copyOf(sheets);
            linesOutsideSheets = List.copyOf(linesOutsideSheets);
        }
    }

    /** @param problems one line each, e.g. a JSON path and what is wrong there */
    record Refused(String name, String message, List<String> problems) implements FilePreview {
        public Refused {
            problems = List.copyOf(problems);
        }
    }
}
