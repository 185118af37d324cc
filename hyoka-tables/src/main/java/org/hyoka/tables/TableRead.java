package org.hyoka.tables;

import java.util.List;

import org.hyoka.sheet.Sheet;

/** What reading a flat table gives: every sheet of it, or nothing and the reasons. */
public sealed interface TableRead {

    record Sheets(List<Sheet> sheets) implements TableRead {
        public Sheets {
            sheets = List.copyOf(sheets);
        }
    }

    /**
     * @param reason one Japanese sentence for the whole file
     * @param problems each missing or unexpected column, or each bad cell with its row and column
     */
    record Refused(String reason, List<String> problems) implements TableRead {
        public Refused {
            problems = List.copyOf(problems);
        }
    }
}
