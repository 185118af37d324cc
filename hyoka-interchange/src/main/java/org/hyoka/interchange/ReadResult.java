package org.hyoka.interchange;

import java.util.List;

import org.hyoka.sheet.Sheet;

/** What reading a document gave: every sheet in it, or every reason it cannot be taken. Never half. */
public sealed interface ReadResult {

    /** The document was valid; its sheets in document order. */
    record Valid(List<Sheet> sheets) implements ReadResult {
        public Valid {
            sheets = List.copyOf(sheets);
        }
    }

    /** The document is JSON but breaks the format; nothing of it is returned. */
    record Invalid(List<SchemaProblem> problems) implements ReadResult {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    /** The input is not JSON at all (or not text): one line saying why. */
    record Unreadable(String reason) implements ReadResult {
    }
}
