package org.hyoka.excel;

import java.util.List;

import org.hyoka.sheet.Sheet;

/** What reading a workbook gave: the sheet, or the Japanese reason it was refused (and nothing else). */
public sealed interface WorkbookRead {

    record Read(Sheet sheet) implements WorkbookRead {
    }

    /**
     * Refused: {@code reason} is one line a person can act on; {@code problems} name the cells
     * (label, year, cell address) where the workbook's values cannot be taken as they are.
     */
    record Refused(String reason, List<String> problems) implements WorkbookRead {
        public Refused {
            problems = List.copyOf(problems);
        }

        Refused(String reason) {
            this(reason, List.of());
        }

        /** The reason with the first problems, on one line (for the command line). */
        public String oneLine() {
            return problems.isEmpty() ? reason
                    : reason + " " + String.join(" / ", problems.subList(0, Math.min(3, problems.size())))
                            + (problems.size() > 3 ? " ほか" + (problems.size() - 3) + "件" : "");
        }
    }
}
