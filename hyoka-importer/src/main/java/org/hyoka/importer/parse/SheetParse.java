package org.hyoka.importer.parse;

import java.util.List;

import org.hyoka.glossary.Field;
import org.hyoka.sheet.Sheet;

/** What the text of one sheet gave. Every value line is either in the sheet or in {@code unplaced}. */
public sealed interface SheetParse {

    /** Line number of the sheet's first line in the input. */
    int firstLine();

    /** Value lines that landed in no field, in input order. */
    List<SourceLine> unplaced();

    /** A sheet; {@code missing} lists the form's fields for which the text states no value. */
    record Parsed(Sheet sheet, int firstLine, List<Field> missing, List<SourceLine> unplaced) implements SheetParse {
        public Parsed {
            missing = List.copyOf(missing);
            unplaced = List.copyOf(unplaced);
        }
    }

    /** The text has the sheet's title but not what a sheet cannot be without (its year or name). */
    record Unusable(int firstLine, String reason, List<SourceLine> unplaced) implements SheetParse {
        public Unusable {
            unplaced = List.copyOf(unplaced);
        }
    }
}
