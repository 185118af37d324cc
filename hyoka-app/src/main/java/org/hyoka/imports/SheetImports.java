package org.hyoka.imports;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.hyoka.arithmetic.SheetChecks;
import org.hyoka.arithmetic.UnitCostSource;
import org.hyoka.audit.AuditActions;
import org.hyoka.audit.AuditLog;
import org.hyoka.evaluation.ImportedRevisions;
import org.hyoka.importer.SheetImporter;
import org.hyoka.importer.municipality.MunicipalityDirectory;
import org.hyoka.interchange.SheetJson;
import org.hyoka.revision.FieldChange;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.hyoka.settings.EvaluationSettings;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.sheets.StoredSheet;
import org.hyoka.tables.profile.TableProfile;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.EvaluationState;
import org.hyoka.workflow.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports into the evaluation cycle. Upload → preview (kept under a token, with each sheet matched
 * against the stored ones) → confirm → every sheet written in one transaction, or none. New sheets
 * land in 作成中 unless the office loads history as 公開; a sheet matching a stored one (see
 * {@link SheetMatcher}) is updated, skipped or added as chosen, and left alone when nothing changed
 * (see {@link ImportedRevisions} for what an update does to a sheet in the cycle). The command line
 * and the API take the same path.
 */
@Component
public class SheetImports {

    /** The actor of what the command line does: whoever runs it holds the database, not an account. */
    public static final String COMMAND_LINE = "コマンドライン";

    /** Sheets matched, written and audited together; the command line's stream is never held whole. */
    static final int BATCH = 500;

    private final SheetRepository repository;
    private final ImportedRevisions revisions;
    private final AuditLog audit;
    private final PendingImports pending;
    private final MunicipalityDirectory directory = MunicipalityDirectory.shipped();
    private final Optional<EvaluationSettings> settings;
    private final long maxFileBytes;
    private final SheetJson json = new SheetJson();
    private final SecureRandom random = new SecureRandom();
    private final ImportMeters meters;

    SheetImports(SheetRepository repository, ImportedRevisions revisions, PendingImports pending, AuditLog audit,
            Optional<EvaluationSettings> settings, long maxFileBytes) {
        this(repository, revisions, pending, audit, settings, maxFileBytes, ImportMeters.unseen());
    }

    @Autowired
    SheetImports(SheetRepository repository, ImportedRevisions revisions, PendingImports pending, AuditLog audit,
            Optional<EvaluationSettings> settings,
            @Value("${hyoka.import.max-file-bytes:20971520}") long maxFileBytes, ImportMeters meters) {
        this.repository = repository;
        this.revisions = revisions;
        this.audit = audit;
        this.pending = pending;
        this.settings = settings;
        this.maxFileBytes = maxFileBytes;
        this.meters = meters;
    }

    /** The report checks 人件費計 with each sheet's own city's unit costs as they are now, not as they were at start. */
    private UploadReader reader() {
        SheetChecks checks = settings.map(EvaluationSettings::checks).orElseGet(() -> new SheetChecks(UnitCostSource.shipped()));
        return new UploadReader(new SheetImporter(directory, checks), json, checks, maxFileBytes);
    }

    /**
     * Reads the files for the signed-in administrator's own municipality: sheets that name no city are
     * taken to be of it, sheets of another city make the whole upload unsaveable. Each sheet is matched
     * against the stored ones, so the preview says what is new, changed and unchanged.
     */
    public ImportPreview preview(List<UploadedFile> files, Actor actor, boolean publish) {
        return preview(files, actor, publish, Optional.empty());
    }

    /** With a profile, every file is a table of the administrator's own city read through it. */
    public ImportPreview preview(List<UploadedFile> files, Actor actor, boolean publish, Optional<TableProfile> profile) {
        String code = Objects.requireNonNull(actor.municipalityCode(), "the operator has no browser import");
        Optional<Municipality> city = Optional.of(directory.municipality(new MunicipalityCode(code)));
        UploadReader reader = reader();
        List<FilePreview> previews = files.stream().map(file -> reader.read(file, city, profile)).toList();
        byte[] token = new byte[16];
        random.nextBytes(token);
        ImportPreview read = new ImportPreview(HexFormat.of().formatHex(token), actor.username(), Instant.now(),
                previews, publish, List.of(), null);
        Optional<String> foreign = foreignSheets(read.sheets(), actor);
        List<SheetMatch> matches = read.canSave() && foreign.isEmpty()
                ? new SheetMatcher(revisions, publish).match(read.sheets()) : List.of();
        ImportPreview preview = new ImportPreview(read.token(), read.owner(), read.createdAt(), previews, publish,
                matches, foreign.orElse(null));
        if (preview.canSave()) {
            pending.keep(preview, actor);
        }
        return preview;
    }

    /**
     * Imports what the preview showed, once, with the office's choice per matched sheet; empty when
     * there is no such preview for this user (any more). Matching runs again here: what was stored in
     * between counts.
     */
    @Transactional
    public Optional<ImportSummary> confirm(String token, Actor actor, @Nullable String from,
            Map<Integer, OnMatch> choices) {
        return pending.take(token, actor).map(preview -> importEach(preview.sheets().iterator(),
                ImportOptions.office(actor, from, preview.publish(), OnMatch.UPDATE, choices)));
    }

    /**
     * Why an administrator may not import these sheets: some are of another municipality, or of none.
     * Empty when all are of the administrator's own city.
     */
    public Optional<String> foreignSheets(List<Sheet> sheets, Actor actor) {
        if (actor.role() != Role.ADMINISTRATOR || actor.municipalityCode() == null) {
            return Optional.of("シートを取り込めるのは、自治体の管理者だけです。");
        }
        Map<String, Long> others = sheets.stream().filter(sheet -> !actor.belongsTo(codeOf(sheet)))
                .collect(Collectors.groupingBy(SheetImports::cityName, TreeMap::new, Collectors.counting()));
        if (others.isEmpty()) {
            return Optional.empty();
        }
        String own = directory.lookup(new MunicipalityCode(actor.municipalityCode()))
                .map(entry -> entry.toMunicipality().name()).orElse(actor.municipalityCode());
        return Optional.of("ほかの自治体のシートが含まれているため、1件も取り込めません（"
                + others.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + "件")
                        .collect(Collectors.joining("、"))
                + "）。取り込めるのは自分の自治体（" + own + "）のシートだけです。そのシートを除いてからもう一度取り込んでください。");
    }

    /** Imports sheets held in memory (the API), in one transaction. */
    @Transactional
    public ImportSummary importAll(List<Sheet> sheets, ImportOptions options) {
        return importEach(sheets.iterator(), options);
    }

    /**
     * Imports a stream of sheets too long to hold in memory (the command line's JSON files) in one
     * transaction, a batch at a time: a broken sheet anywhere in the stream, a sheet of another city
     * (for an administrator) or a sheet someone changed meanwhile rolls back every sheet, revision
     * and audit entry.
     */
    @Transactional
    public ImportSummary importEach(Iterator<Sheet> sheets, ImportOptions options) {
        SheetMatcher matcher = new SheetMatcher(revisions, options.publish());
        Tally tally = new Tally();
        List<Sheet> batch = new ArrayList<>(BATCH);
        while (sheets.hasNext()) {
            batch.add(sheets.next());
            if (batch.size() == BATCH || !sheets.hasNext()) {
                if (options.actor() != null) {
                    Optional<String> foreign = foreignSheets(batch, options.actor());
                    if (foreign.isPresent()) {
                        throw new ForeignSheetsException(foreign.get());
                    }
                }
                matcher.added(write(matcher.match(batch), options, tally));
                batch.clear();
            }
        }
        ImportSummary summary = tally.summary();
        if (summary.changedNothing() && !summary.sheets().isEmpty()) {
            // importing the same file again: one entry saying so, nothing else
            audit.recordIn(tally.cities.isEmpty() ? null : tally.cities.get(0), options.author(), role(options), options.from(),
                    AuditActions.IMPORT_UNCHANGED, null, summary.japanese());
        }
        meters.imported(summary);
        return summary;
    }

    /** @return the ids of the sheets added */
    private List<Long> write(List<SheetMatch> matches, ImportOptions options, Tally tally) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Sheet> added = new ArrayList<>();
        List<Integer> addedAt = new ArrayList<>();
        List<AuditEntry> updates = new ArrayList<>();
        for (SheetMatch match : matches) {
            int index = tally.sheets.size();
            Sheet sheet = match.sheet();
            tally.city(codeOf(sheet));
            OnMatch choice = match instanceof SheetMatch.New ? OnMatch.ADD : options.choiceFor(index);
            ImportedRevisions.Existing existing = match instanceof SheetMatch.Changed changed ? changed.existing()
                    : match instanceof SheetMatch.Unchanged unchanged ? unchanged.existing() : null;
            if (choice == OnMatch.ADD) {
                added.add(sheet);
                addedAt.add(index);
                tally.sheets.add(null);
            } else if (choice == OnMatch.SKIP || match instanceof SheetMatch.Unchanged) {
                ImportedRevisions.Existing e = Objects.requireNonNull(existing);
                tally.sheets.add(imported(choice == OnMatch.SKIP ? ImportSummary.Outcome.SKIPPED
                        : ImportSummary.Outcome.UNCHANGED, e.sheetId(), e.revision(), e.state(), sheet));
            } else {
                SheetMatch.Changed changed = (SheetMatch.Changed) match;
                ImportedRevisions.Existing e = changed.existing();
                int number = revisions.update(e, sheet, options.publish(), options.author(), at);
                EvaluationState state = ImportedRevisions.stateAfter(e.state(), options.publish());
                tally.sheets.add(imported(ImportSummary.Outcome.UPDATED, e.sheetId(), number, state, sheet));
                updates.add(new AuditEntry(codeOf(sheet), e.sheetId(), describe(sheet) + "：第" + number + "版（"
                        + state.label() + "）、" + changes(changed.changes())));
            }
        }
        List<StoredSheet> saved = repository.insertImported(added, options.author(), options.publish());
        EvaluationState state = options.publish() ? EvaluationState.PUBLISHED : EvaluationState.DRAFT;
        List<AuditEntry> news = new ArrayList<>();
        for (int i = 0; i < saved.size(); i++) {
            StoredSheet stored = saved.get(i);
            tally.sheets.set(addedAt.get(i), imported(ImportSummary.Outcome.ADDED, stored.id(), 1, state,
                    stored.sheet()));
            news.add(new AuditEntry(codeOf(stored.sheet()), stored.id(), describe(stored.sheet())));
        }
        record(news, options.publish() ? AuditActions.IMPORT_PUBLISHED : AuditActions.IMPORT, options);
        record(updates, AuditActions.IMPORT_UPDATE, options);
        return saved.stream().map(StoredSheet::id).toList();
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

    private record AuditEntry(@Nullable String city, long sheetId, String detail) {
    }

    /** One batch per city: each entry names its sheet's city, so each office reads only its own. */
    private void record(List<AuditEntry> entries, String action, ImportOptions options) {
        Map<Optional<String>, List<AuditEntry>> byCity = new LinkedHashMap<>();
        entries.forEach(entry -> byCity.computeIfAbsent(Optional.ofNullable(entry.city()), c -> new ArrayList<>())
                .add(entry));
        byCity.forEach((city, list) -> audit.recordEach(city.orElse(null), options.author(), role(options),
                options.from(), action, list.stream().map(AuditEntry::sheetId).toList(),
                list.stream().map(AuditEntry::detail).toList()));
    }

    /** The command line holds the whole database: recorded with an administrator's role, as before. */
    private static String role(ImportOptions options) {
        return options.actor() == null ? Role.ADMINISTRATOR.name() : options.actor().role().name();
    }

    private static ImportSummary.Imported imported(ImportSummary.Outcome outcome, long id, int revision,
            EvaluationState state, Sheet sheet) {
        return new ImportSummary.Imported(outcome, id, revision, state, sheet.title(), sheet.fiscalYear().toWareki(),
                sheet.sheetNumber() == null ? "" : sheet.sheetNumber());
    }

    private static String describe(Sheet sheet) {
        return sheet.fiscalYear().toWareki() + " " + sheet.title();
    }

    static @Nullable String codeOf(Sheet sheet) {
        return sheet.municipality() == null || sheet.municipality().code() == null ? null
                : sheet.municipality().code().value();
    }

    private static String cityName(Sheet sheet) {
        if (sheet.municipality() == null) {
            return "自治体の記載なし";
        }
        String code = codeOf(sheet);
        return sheet.municipality().name() != null ? sheet.municipality().name() + (code == null ? "" : "（" + code + "）")
                : code == null ? "自治体の記載なし" : code;
    }

    public Optional<Municipality> municipality(MunicipalityCode code) {
        return directory.lookup(code).map(MunicipalityDirectory.Entry::toMunicipality);
    }

    /** The outcome of each sheet as it is decided; new sheets get theirs once their batch is stored. */
    private static final class Tally {
        final List<ImportSummary.@Nullable Imported> sheets = new ArrayList<>();
        final List<String> cities = new ArrayList<>();

        void city(@Nullable String code) {
            if (code != null && !cities.contains(code)) {
                cities.add(code);
            }
        }

        ImportSummary summary() {
            List<ImportSummary.Imported> all = sheets.stream().map(Objects::requireNonNull).toList();
            return new ImportSummary(all, count(all, ImportSummary.Outcome.ADDED), count(all, ImportSummary.Outcome.UPDATED),
                    count(all, ImportSummary.Outcome.UNCHANGED), count(all, ImportSummary.Outcome.SKIPPED));
        }

        private static long count(List<ImportSummary.Imported> all, ImportSummary.Outcome outcome) {
            return all.stream().filter(s -> s.outcome() == outcome).count();
        }
    }
}
