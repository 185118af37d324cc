package org.hyoka.importer;

import java.util.ArrayList;
import java.util.List;

import org.hyoka.importer.parse.SourceLine;
import org.hyoka.importer.text.DecodedText;
import org.hyoka.sheet.Sheet;

/** What one input (a file) gave: its sheets in input order, or the one-line reason it is unreadable. */
public sealed interface InputResult {

    String source();

    /**
     * The input was read. {@code outsideSheets} are lines before the first sheet's title block,
     * which belong to no sheet and so count as unplaced.
     */
    record Read(String source, String encoding, List<SheetResult> sheets, List<SourceLine> outsideSheets)
            implements InputResult {
        public Read {
            sheets = List.copyOf(sheets);
            outsideSheets = List.copyOf(outsideSheets);
        }

        public List<Sheet> importedSheets() {
            return sheets.stream().filter(SheetResult.Imported.class::isInstance)
                    .map(r -> ((SheetResult.Imported) r).sheet()).toList();
        }

        public boolean complete() {
            return outsideSheets.isEmpty() && sheets.stream().allMatch(SheetResult::complete);
        }
    }

    /**
     * Not readable: empty, binary, broken, encrypted or too complex PDF, or text without any sheet.
     *
     * @param reason  one line in English, for the command line
     * @param message in Japanese with what to do, for the screen
     */
    record Unreadable(String source, String reason, String message) implements InputResult {

        public Unreadable(String source, String reason) {
            this(source, reason, DecodedText.Unreadable.genericMessage(reason));
        }
    }

    default List<String> reportLines() {
        List<String> lines = new ArrayList<>();
        if (this instanceof Unreadable u) {
            lines.add(u.source() + ": unreadable: " + u.reason());
        } else if (this instanceof Read r) {
            lines.addAll(outsideLines(r.source(), r.outsideSheets()));
            r.sheets().forEach(s -> lines.addAll(s.reportLines(r.source())));
        }
        return lines;
    }

    /** The report's line for each line that stood before the input's first sheet. */
    static List<String> outsideLines(String source, List<SourceLine> outsideSheets) {
        return outsideSheets.stream()
                .map(l -> source + ":" + l.number() + ": line outside any sheet: " + l.text().strip()).toList();
    }
}
