package org.hyoka.evaluation;

import java.util.List;

import org.hyoka.revision.FieldChange;
import org.hyoka.sheet.Sheet;

/** What became of a save (or a comment, or a restore): never an exception for a foreseeable refusal. */
public sealed interface SaveOutcome {

    /** Stored as this revision. */
    record Saved(int revision) implements SaveOutcome {
    }

    /**
     * Someone saved in between: nothing was stored. The author gets both sides, what changed since
     * the revision they started from and their own changes, so that no work is lost.
     */
    record Conflict(int yourBase, int current, Sheet currentSheet, List<FieldChange> changedSinceYourBase,
            List<FieldChange> yourChanges) implements SaveOutcome {

        public Conflict {
            changedSinceYourBase = List.copyOf(changedSinceYourBase);
            yourChanges = List.copyOf(yourChanges);
        }
    }

    /** Not allowed (role, 課, or the sheet's state); the reason is in Japanese for the screen. */
    record Refused(String reason) implements SaveOutcome {
    }

    /** The sheet does not follow the format; every problem in Japanese, nothing stored. */
    record Invalid(List<String> problems) implements SaveOutcome {

        public Invalid {
            problems = List.copyOf(problems);
        }
    }
}
