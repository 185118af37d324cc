package org.hyoka.imports;

import java.util.List;

import org.hyoka.workflow.EvaluationState;

/** What an import did, sheet by sheet in input order, with the counts its summary line states. */
public record ImportSummary(List<Imported> sheets, long added, long updated, long unchanged, long skipped) {

    public ImportSummary {
        sheets = List.copyOf(sheets);
    }

    public boolean changedNothing() {
        return added == 0 && updated == 0;
    }

    /** 2件を追加、1件を更新、5件は変更なし、0件をスキップ. */
    public String japanese() {
        return "新規 " + added + "件、更新 " + updated + "件、変更なし " + unchanged + "件、スキップ " + skipped + "件";
    }

    /** The command line's line: 2 new, 1 updated, 5 unchanged, 0 skipped. */
    public String english() {
        return added + " new, " + updated + " updated, " + unchanged + " unchanged, " + skipped + " skipped";
    }

    public enum Outcome {
        ADDED("新規"), UPDATED("更新"), UNCHANGED("変更なし"), SKIPPED("スキップ");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One imported sheet: the stored sheet it is now (or, skipped or unchanged, the one it matched),
     * its revision and state after the import, and whether the public sees that revision.
     */
    public record Imported(Outcome outcome, long sheetId, int revision, EvaluationState state, String title,
            String fiscalYear, String sheetNumber) {

        public boolean isPublic() {
            return state == EvaluationState.PUBLISHED;
        }
    }
}
