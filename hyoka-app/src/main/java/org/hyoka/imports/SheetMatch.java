package org.hyoka.imports;

import java.util.List;

import org.hyoka.evaluation.ImportedRevisions.Existing;
import org.hyoka.revision.FieldChange;
import org.hyoka.sheet.Sheet;

/** An imported sheet against what is stored: new, or matching a stored sheet with or without changes. */
public sealed interface SheetMatch {

    Sheet sheet();

    /** No stored sheet of its city and year has its title. */
    record New(Sheet sheet) implements SheetMatch {
    }

    /**
     * Matches a stored sheet and differs from its latest revision (or, imported as 公開, is not public
     * in that content yet: then {@code changes} may be empty).
     */
    record Changed(Sheet sheet, Existing existing, List<FieldChange> changes) implements SheetMatch {
        public Changed {
            changes = List.copyOf(changes);
        }
    }

    /** Matches a stored sheet whose latest revision says the same: updating leaves it alone. */
    record Unchanged(Sheet sheet, Existing existing) implements SheetMatch {
    }
}
