package org.hyoka.imports;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import org.hyoka.audit.AuditActions;
import org.hyoka.evaluation.ImportedRevisions;
import org.hyoka.revision.FieldChange;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.ImportStaging;
import org.hyoka.sheets.ImportStaging.StagedAudit;
import org.hyoka.sheets.ImportStaging.StagedUpdate;
import org.hyoka.sheets.SheetDocuments;
import org.hyoka.sheets.StoredSheet;
import org.hyoka.workflow.EvaluationState;

/**
 * One import under way ({@link SheetImports#importEach} describes how it stays all or nothing): matches
 * and stages a batch per transaction, then makes everything real in the last one.
 */
final class BatchedImport {

    private final SheetImports imports;
    private final ImportStaging staging;
    private final ImportedRevisions revisions;
    private final long run;
    private final ImportOptions options;
    private final SheetMatcher matcher;
    private final SheetImports.Tally tally = new SheetImports.Tally();
    private final List<Long> added = new ArrayList<>();
    private final SheetDocuments documents = new SheetDocuments();

    BatchedImport(SheetImports imports, ImportStaging staging, ImportedRevisions revisions, long run,
            ImportOptions options) {
        this.imports = imports;
        this.staging = staging;
        this.revisions = revisions;
        this.run = run;
        this.options = options;
        this.matcher = new SheetMatcher(revisions, options.publish());
    }

    /** Stages up to {@code limit} sheets of the stream, a matching batch at a time, in the caller's transaction. */
    Void commitBatch(Iterator<Sheet> sheets, int limit) {
        List<Sheet> batch = new ArrayList<>(SheetImports.BATCH);
        int taken = 0;
        while (taken < limit && sheets.hasNext()) {
            batch.add(sheets.next());
            taken++;
            if (batch.size() == SheetImports.BATCH || taken == limit || !sheets.hasNext()) {
                imports.checkForeign(batch, options);
                matcher.added(stage(matcher.match(batch)));
                batch.clear();
            }
        }
        staging.heartbeat(run);
        return null;
    }

    /** The import's last transaction: the staged updates applied, then all of it made visible. */
    ImportSummary finish() {
        // holds the import's row for the whole transaction: a cleaner that takes it for dead waits, then finds it gone
        staging.heartbeat(run);
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        staging.forEachUpdate(run, update -> {
            Sheet incoming = documents.read(update.sheetId(), update.document());
            revisions.update(new ImportedRevisions.Existing(update.sheetId(), EvaluationState.valueOf(update.state()),
                    update.baseRevision(), incoming.sheetNumber(), incoming), incoming, options.publish(),
                    options.author(), at);
        });
        ImportSummary summary = tally.summary();
        if (summary.changedNothing() && !summary.sheets().isEmpty()) {
            imports.recordUnchanged(tally.cities, options, summary);
        }
        staging.finish(run, options.publish(), options.author());
        return summary;
    }

    /** The ids of the new sheets, in order. */
    List<Long> added() {
        return added;
    }

    /** @return the ids of the sheets added */
    private List<Long> stage(List<SheetMatch> matches) {
        List<Sheet> fresh = new ArrayList<>();
        List<Integer> freshAt = new ArrayList<>();
        List<StagedUpdate> updates = new ArrayList<>();
        List<StagedAudit> entries = new ArrayList<>();
        for (SheetMatch match : matches) {
            int index = tally.sheets.size();
            Sheet sheet = match.sheet();
            tally.city(SheetImports.codeOf(sheet));
            OnMatch choice = match instanceof SheetMatch.New ? OnMatch.ADD : options.choiceFor(index);
            ImportedRevisions.Existing existing = match instanceof SheetMatch.Changed changed ? changed.existing()
                    : match instanceof SheetMatch.Unchanged unchanged ? unchanged.existing() : null;
            if (choice == OnMatch.ADD) {
                fresh.add(sheet);
                freshAt.add(index);
                tally.sheets.add(null);
            } else if (choice == OnMatch.SKIP || match instanceof SheetMatch.Unchanged) {
                ImportedRevisions.Existing e = Objects.requireNonNull(existing);
                tally.sheets.add(SheetImports.imported(choice == OnMatch.SKIP ? ImportSummary.Outcome.SKIPPED
                        : ImportSummary.Outcome.UNCHANGED, e.sheetId(), e.revision(), e.state(), sheet));
            } else {
                SheetMatch.Changed changed = (SheetMatch.Changed) match;
                ImportedRevisions.Existing e = changed.existing();
                int number = e.revision() + 1;
                EvaluationState state = ImportedRevisions.stateAfter(e.state(), options.publish());
                updates.add(new StagedUpdate(index, e.sheetId(), e.state().name(), e.revision(), documents.write(sheet)));
                tally.sheets.add(SheetImports.imported(ImportSummary.Outcome.UPDATED, e.sheetId(), number, state, sheet));
                entries.add(new StagedAudit(index, AuditActions.IMPORT_UPDATE, e.sheetId(), SheetImports.describe(sheet)
                        + "：第" + number + "版（" + state.label() + "）、" + changes(changed.changes()),
                        SheetImports.codeOf(sheet)));
            }
        }
        List<StoredSheet> saved = staging.stage(run, fresh);
        EvaluationState state = options.publish() ? EvaluationState.PUBLISHED : EvaluationState.DRAFT;
        String action = options.publish() ? AuditActions.IMPORT_PUBLISHED : AuditActions.IMPORT;
        List<Long> ids = new ArrayList<>(saved.size());
        for (int i = 0; i < saved.size(); i++) {
            StoredSheet stored = saved.get(i);
            tally.sheets.set(freshAt.get(i), SheetImports.imported(ImportSummary.Outcome.ADDED, stored.id(), 1, state,
                    stored.sheet()));
            entries.add(new StagedAudit(freshAt.get(i), action, stored.id(), SheetImports.describe(stored.sheet()),
                    SheetImports.codeOf(stored.sheet())));
            ids.add(stored.id());
        }
        if (!updates.isEmpty()) {
            staging.stageUpdate(run, updates);
        }
        if (!entries.isEmpty()) {
            staging.stageAudit(run, entries);
        }
        added.addAll(ids);
        return ids;
    }

    /** 5項目を変更（事業名、目的、…）; the labels are the glossary's, as the history shows them. */
    private static String changes(List<FieldChange> changes) {
        if (changes.isEmpty()) {
            return "内容は同じ、公開";
        }
        List<String> labels = changes.stream().map(FieldChange::label).distinct().toList();
        return changes.size() + "項目を変更（" + String.join("、", labels.subList(0, Math.min(10, labels.size())))
                + (labels.size() > 10 ? " ほか" : "") + "）";
    }
}
