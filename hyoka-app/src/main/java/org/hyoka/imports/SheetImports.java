package org.hyoka.imports;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
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
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.hyoka.settings.EvaluationSettings;
import org.hyoka.sheets.ImportStaging;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.tables.profile.TableProfile;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.EvaluationState;
import org.hyoka.workflow.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
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
    /** Sheets committed together while an import runs: a bound on each transaction of a long import. */
    static final int COMMIT_BATCH = 2000;
    /** An import whose heartbeat is older than this is taken for dead: a batch never takes that long. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

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
    private final int commitBatch;
    private final Duration abandonedAfter;

    SheetImports(SheetRepository repository, ImportedRevisions revisions, PendingImports pending, AuditLog audit,
            Optional<EvaluationSettings> settings, long maxFileBytes) {
        this(repository, revisions, pending, audit, settings, maxFileBytes, ImportMeters.unseen(), COMMIT_BATCH,
                ABANDONED_AFTER);
    }

    @Autowired
    SheetImports(SheetRepository repository, ImportedRevisions revisions, PendingImports pending, AuditLog audit,
            Optional<EvaluationSettings> settings,
            @Value("${hyoka.import.max-file-bytes:20971520}") long maxFileBytes, ImportMeters meters,
            @Value("${hyoka.import.commit-batch:" + COMMIT_BATCH + "}") int commitBatch,
            @Value("${hyoka.import.abandoned-after:PT10M}") Duration abandonedAfter) {
        if (commitBatch < 1) {
            throw new IllegalArgumentException("hyoka.import.commit-batch must be 1 or more");
        }
        this.commitBatch = commitBatch;
        this.abandonedAfter = abandonedAfter;
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
     * Imports a stream of sheets too long to hold in memory (the command line's JSON files), all or nothing,
     * committing a bounded batch at a time ({@value #COMMIT_BATCH} sheets) when no transaction is open
     * around it (inside one, as {@link #confirm} and {@link #importAll} run, it is part of that one).
     * <p>
     * <b>All or nothing, in batches.</b> The import is first a row of {@code sheet_import} (committed at
     * once) with a heartbeat. Each batch, in a transaction of its own, is matched and written as:
     * <ul>
     * <li>new sheets: rows of {@code sheet} with status {@code 'importing'} and {@code import_id} set, and
     * their derived rows (SDGs, indicators…). Every public read asks for status 'published', and every
     * office read (work lists, matching, history) goes through {@code sheet_workflow}, which has no row
     * for them yet: nothing of the import can be seen;</li>
     * <li>updates of stored sheets, and every audit entry: rows of {@code sheet_import_update} and
     * {@code sheet_import_audit}, applied at the end.</li>
     * </ul>
     * One last transaction locks the {@code sheet_import} row (a heartbeat: a cleaner that takes the import for
     * dead meanwhile waits for the commit, then finds nothing to remove), applies the updates (the optimistic lock still holds: a sheet changed meanwhile
     * fails the import), makes the new sheets' tenants, workflow rows and first revisions, writes the audit
     * entries and the {@code corpus_change} rows, sets the status that makes the sheets visible and deletes
     * the {@code sheet_import} row: the import becomes visible at one commit, or not at all. Listeners
     * ({@code SheetsSaved}) hear of the published sheets after that commit, a batch at a time.
     * <p>
     * <b>Failures.</b> A broken sheet anywhere in the stream, a sheet of another city (for an administrator),
     * a sheet changed meanwhile or a database error deletes the {@code sheet_import} row, which removes every
     * staged row (ON DELETE CASCADE), and rethrows. A process that dies (kill -9) leaves a row whose heartbeat
     * stops; its rows stay invisible, and the next import or the next start of the application removes every
     * import whose heartbeat is older than {@code hyoka.import.abandoned-after} (default 10 minutes). To find
     * leftovers: {@code SELECT * FROM sheet_import}, {@code SELECT COUNT(*) FROM sheet WHERE import_id IS NOT NULL}.
     */
    public ImportSummary importEach(Iterator<Sheet> sheets, ImportOptions options) {
        ImportStaging staging = repository.staging();
        boolean joined = ImportStaging.joined();
        if (!joined) {
            removeAbandoned();
        }
        long run = staging.begin(options.author(), role(options), options.from());
        BatchedImport batched = new BatchedImport(this, staging, revisions, run, options);
        ImportSummary summary;
        try {
            while (sheets.hasNext()) {
                staging.inTransaction(() -> batched.commitBatch(sheets, commitBatch));
            }
            summary = staging.inTransaction(batched::finish);
        } catch (RuntimeException e) {
            if (!joined) {
                staging.discard(run);
            }
            throw e;
        }
        if (!joined) {
            staging.analyzeAfter(batched.added().size());
        }
        if (options.publish()) {
            repository.announceSaved(batched.added());
        }
        meters.imported(summary);
        return summary;
    }

    /** Removes what imports of processes that died left behind; also at every start of the application. */
    @EventListener(ApplicationReadyEvent.class)
    public int removeAbandoned() {
        return repository.staging().discardAbandoned(abandonedAfter);
    }

    void checkForeign(List<Sheet> batch, ImportOptions options) {
        if (options.actor() != null) {
            Optional<String> foreign = foreignSheets(batch, options.actor());
            if (foreign.isPresent()) {
                throw new ForeignSheetsException(foreign.get());
            }
        }
    }

    void recordUnchanged(List<String> cities, ImportOptions options, ImportSummary summary) {
        // importing the same file again: one entry saying so, nothing else
        audit.recordIn(cities.isEmpty() ? null : cities.get(0), options.author(), role(options),
                options.from(), AuditActions.IMPORT_UNCHANGED, null, summary.japanese());
    }

    /** The command line holds the whole database: recorded with an administrator's role, as before. */
    static String role(ImportOptions options) {
        return options.actor() == null ? Role.ADMINISTRATOR.name() : options.actor().role().name();
    }

    static ImportSummary.Imported imported(ImportSummary.Outcome outcome, long id, int revision,
            EvaluationState state, Sheet sheet) {
        return new ImportSummary.Imported(outcome, id, revision, state, sheet.title(), sheet.fiscalYear().toWareki(),
                sheet.sheetNumber() == null ? "" : sheet.sheetNumber());
    }

    static String describe(Sheet sheet) {
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
    static final class Tally {
        final List<ImportSummary.@Nullable Imported> sheets = new ArrayList<>();
        final List<String> cities = new ArrayList<>();
        private final java.util.Set<String> seen = new java.util.HashSet<>();

        void city(@Nullable String code) {
            if (code != null && seen.add(code)) {
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
