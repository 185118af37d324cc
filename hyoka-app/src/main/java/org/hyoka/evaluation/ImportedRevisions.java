package org.hyoka.evaluation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.hyoka.revision.SheetDiff;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.SheetDocuments;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.workflow.EvaluationState;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What an import does to a sheet already in the evaluation cycle, in the caller's transaction. The
 * rule, kept simple on purpose (README, "Imports into the cycle"):
 * <ul>
 * <li>imported as 作成中: the file's content becomes a new revision in 作成中, whatever state the sheet
 * was in. A submitted or approved sheet so goes back through review; a published sheet keeps its public
 * version until the new one is published through the cycle, exactly as after 再開 (REOPEN).</li>
 * <li>imported as 公開 (history the office loads): the new revision is 公開 and replaces the public
 * version at once; except that an import never undoes a withdrawal (公開取消): such a sheet gets a
 * 作成中 revision and is published again only through the cycle.</li>
 * </ul>
 * Content equal to the latest revision (as {@link SheetDiff} compares) is no change and writes nothing,
 * unless 公開 was chosen and the sheet is not public in that content yet.
 */
@Component
public class ImportedRevisions {

    /** A revision's note, as the history shows it. */
    static final String NOTE = "取込";
    static final String NOTE_PUBLISHED = "取込（公開）";

    private final WorkflowStore store;
    private final SheetRepository sheets;
    private final SheetDocuments documents = new SheetDocuments();

    ImportedRevisions(WorkflowStore store, SheetRepository sheets) {
        this.store = store;
        this.sheets = sheets;
    }

    /** Wired by hand on a database (tests, tools); the application gets its bean. */
    public static ImportedRevisions on(org.springframework.jdbc.core.JdbcTemplate jdbc, SheetRepository sheets) {
        return new ImportedRevisions(new WorkflowStore(jdbc), sheets);
    }

    /** A stored sheet an imported one may match: its place in the cycle and its latest revision. */
    public record Existing(long sheetId, EvaluationState state, int revision, @Nullable String sheetNumber,
            Sheet latest) {
    }

    /** The sheets of one city (null: of no city) and year with one of these titles, oldest first. */
    public List<Existing> withTitles(@Nullable String municipalityCode, int fiscalYear, Collection<String> titles) {
        return store.withTitles(municipalityCode, fiscalYear, titles).stream()
                .map(row -> new Existing(row.sheetId(), row.state(), row.revision(), row.sheetNumber(),
                        documents.read(row.sheetId(), row.document())))
                .toList();
    }

    /** The state the sheet is in after an import updated it. */
    public static EvaluationState stateAfter(EvaluationState current, boolean publish) {
        return publish && current != EvaluationState.WITHDRAWN ? EvaluationState.PUBLISHED : EvaluationState.DRAFT;
    }

    /** True when updating would change nothing: same content, and no publication asked for that is not there. */
    public static boolean unchanged(Existing existing, Sheet incoming, boolean publish) {
        return SheetDiff.between(existing.latest(), incoming).isEmpty()
                && (stateAfter(existing.state(), publish) != EvaluationState.PUBLISHED
                        || existing.state() == EvaluationState.PUBLISHED);
    }

    /**
     * Writes the imported content as the next revision under the rule above.
     *
     * @return the new revision's number
     * @throws ChangedMeanwhile when someone saved or moved the sheet since it was matched: the caller's
     *         transaction rolls back, nothing of the import is stored
     */
    public int update(Existing existing, Sheet incoming, boolean publish, String author, Instant at) {
        EvaluationState to = stateAfter(existing.state(), publish);
        boolean publishing = to == EvaluationState.PUBLISHED;
        if (!store.advance(existing.sheetId(), existing.revision(), to, incoming, publishing, at)) {
            throw new ChangedMeanwhile(existing.sheetId());
        }
        int number = existing.revision() + 1;
        store.addRevision(existing.sheetId(), number, documents.write(incoming), author, at, to,
                publishing ? NOTE_PUBLISHED : NOTE);
        if (publishing) {
            sheets.publish(existing.sheetId(), incoming);
        }
        return number;
    }

    /** Someone changed a matched sheet while the import ran. */
    public static final class ChangedMeanwhile extends RuntimeException {

        private final long sheetId;

        ChangedMeanwhile(long sheetId) {
            super("シート（ID " + sheetId + "）が取込みの間に変更されたため、1件も保存していません。もう一度取り込んでください。");
            this.sheetId = sheetId;
        }

        public long sheetId() {
            return sheetId;
        }
    }
}
