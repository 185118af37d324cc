package org.hyoka.importer;

import java.util.ArrayList;
import java.util.List;

import org.hyoka.arithmetic.Finding;
import org.hyoka.glossary.Field;
import org.hyoka.importer.parse.SourceLine;

/**
 * What the importer has to say about one sheet: fields the text states no value for (and which of
 * them a sheet cannot do without), value lines that found no field, and the arithmetic findings.
 */
public record SheetReport(int firstLine, List<Field> missing, List<Field> missingRequired,
        List<SourceLine> unplaced, List<Finding> findings) {

    /** A sheet without these is incomplete. 事務事業名 and the year are checked before a sheet exists. */
    public static final List<Field> REQUIRED = List.of(Field.FISCAL_YEAR, Field.TITLE, Field.SHEET_NUMBER,
            Field.COSTS, Field.BUDGET, Field.SETTLEMENT);

    public SheetReport {
        missing = List.copyOf(missing);
        missingRequired = List.copyOf(missingRequired);
        unplaced = List.copyOf(unplaced);
        findings = List.copyOf(findings);
    }

    static SheetReport of(int firstLine, List<Field> missing, List<SourceLine> unplaced, List<Finding> findings) {
        return new SheetReport(firstLine, missing, missing.stream().filter(REQUIRED::contains).toList(), unplaced,
                findings);
    }

    /** Complete: nothing required is missing, every value line is in a field and every value fits its box. */
    public boolean complete() {
        return missingRequired.isEmpty() && unplaced.isEmpty()
                && findings.stream().noneMatch(f -> f.ruleId().equals(FormBoxes.RULE));
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    /** Report lines for the command line, one per fact, prefixed by the sheet's first line number. */
    public List<String> lines(String source) {
        String where = source + ":" + firstLine + ": ";
        List<String> lines = new ArrayList<>();
        missingRequired.forEach(f -> lines.add(where + "required field not found: " + f.label() + " (" + f.path() + ")"));
        missing.stream().filter(f -> !missingRequired.contains(f))
                .forEach(f -> lines.add(where + "not stated: " + f.label() + " (" + f.path() + ")"));
        unplaced.forEach(l -> lines.add(source + ":" + l.number() + ": unplaced line: " + l.text().strip()));
        findings.forEach(f -> lines.add(where + f.toLine()));
        return lines;
    }
}
