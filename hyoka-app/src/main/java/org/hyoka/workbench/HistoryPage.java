package org.hyoka.workbench;

import java.util.List;

import org.hyoka.evaluation.Revision;
import org.hyoka.evaluation.WorkingSheet;
import org.hyoka.revision.FieldChange;
import org.hyoka.revision.SheetDiff;
import org.jspecify.annotations.Nullable;

/** A sheet's revisions, newest first, and, when two are chosen, their differences field by field. */
public record HistoryPage(WorkingSheet working, List<Revision> revisions, @Nullable Comparison comparison,
        boolean mayRestore, @Nullable String error) {

    public HistoryPage {
        revisions = List.copyOf(revisions);
    }

    /** Two revisions side by side; texts as character runs. */
    public record Comparison(Revision from, Revision to, List<Change> changes) {
        public Comparison {
            changes = List.copyOf(changes);
        }

        static Comparison of(Revision from, Revision to) {
            return new Comparison(from, to, SheetDiff.between(from.sheet(), to.sheet()).stream().map(Change::of)
                    .toList());
        }
    }

    public record Change(FieldChange change, List<TextDiff.Run> runs) {
        public Change {
            runs = List.copyOf(runs);
        }

        static Change of(FieldChange change) {
            List<TextDiff.Run> runs = change.beforeText() != null && change.afterText() != null
                    ? TextDiff.between(change.beforeText(), change.afterText()) : List.of();
            return new Change(change, runs);
        }

        public boolean hasRuns() {
            return !runs.isEmpty();
        }
    }

    public long id() {
        return working.sheetId();
    }

    public String title() {
        return "履歴: " + working.sheet().fiscalYear().toWareki() + " " + working.sheet().title();
    }

    public int defaultFrom() {
        return comparison != null ? comparison.from().number() : Math.max(1, working.revision() - 1);
    }

    public int defaultTo() {
        return comparison != null ? comparison.to().number() : working.revision();
    }
}
