package org.hyoka.importer;

import java.util.List;

import org.hyoka.sheet.Sheet;

/** One sheet of an input: imported with its report, or rejected with the reason. */
public sealed interface SheetResult {

    SheetReport report();

    boolean complete();

    record Imported(Sheet sheet, SheetReport report) implements SheetResult {
        @Override
        public boolean complete() {
            return report.complete();
        }
    }

    /** The text has a sheet's title but not its year or 事務事業名, without which there is no sheet. */
    record Rejected(String reason, SheetReport report) implements SheetResult {
        @Override
        public boolean complete() {
            return false;
        }
    }

    default List<String> reportLines(String source) {
        List<String> lines = new java.util.ArrayList<>();
        if (this instanceof Rejected rejected) {
            lines.add(source + ":" + report().firstLine() + ": sheet rejected: " + rejected.reason());
        }
        lines.addAll(report().lines(source));
        return lines;
    }
}
