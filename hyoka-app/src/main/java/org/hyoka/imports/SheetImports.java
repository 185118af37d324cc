package org.hyoka.imports;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.hyoka.arithmetic.SheetChecks;
import org.hyoka.arithmetic.UnitCostSource;
import org.hyoka.audit.AuditActions;
import org.hyoka.audit.AuditLog;
import org.hyoka.importer.SheetImporter;
import org.hyoka.importer.municipality.MunicipalityDirectory;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.hyoka.settings.EvaluationSettings;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.sheets.StoredSheet;
import org.hyoka.workflow.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Upload → preview (kept under a token) → confirm → all sheets saved in one transaction, or none. */
@Component
public class SheetImports {

    /** The actor of what the command line does: whoever runs it holds the database, not an account. */
    public static final String COMMAND_LINE = "コマンドライン";

    private final SheetRepository repository;
    private final AuditLog audit;
    private final PendingImports pending;
    private final MunicipalityDirectory directory = MunicipalityDirectory.shipped();
    private final Optional<EvaluationSettings> settings;
    private final long maxFileBytes;
    private final SheetJson json = new SheetJson();
    private final SecureRandom random = new SecureRandom();

    SheetImports(SheetRepository repository, PendingImports pending, AuditLog audit,
            Optional<EvaluationSettings> settings,
            @Value("${hyoka.import.max-file-bytes:20971520}") long maxFileBytes) {
        this.repository = repository;
        this.audit = audit;
        this.pending = pending;
        this.settings = settings;
        this.maxFileBytes = maxFileBytes;
    }

    /** The report checks 人件費計 with each sheet's own city's unit costs as they are now, not as they were at start. */
    private UploadReader reader(@Nullable String city) {
        SheetChecks checks = settings.map(EvaluationSettings::checks).orElseGet(() -> new SheetChecks(UnitCostSource.shipped()));
        return new UploadReader(new SheetImporter(directory, checks), json, checks, maxFileBytes);
    }

    public ImportPreview preview(List<UploadedFile> files, Optional<MunicipalityCode> municipality, String owner) {
        Optional<Municipality> city = municipality.map(directory::municipality);
        UploadReader reader = reader(municipality.map(MunicipalityCode::value).orElse(null));
        List<FilePreview> previews = files.stream().map(file -> reader.read(file, city)).toList();
        byte[] token = new byte[16];
        random.nextBytes(token);
        ImportPreview preview = new ImportPreview(HexFormat.of().formatHex(token), owner, Instant.now(), previews);
        if (preview.canSave()) {
            pending.keep(preview);
        }
        return preview;
    }

    public Optional<ImportPreview> pending(String token, String owner) {
        return pending.peek(token, owner);
    }

    /** Saves what the preview showed, once; empty when there is no such preview for this user (any more). */
    @Transactional
    public Optional<List<StoredSheet>> confirm(String token, String owner, @Nullable String from) {
        return pending.take(token, owner).map(preview -> save(preview.sheets(), owner, from));
    }

    /**
     * Saves imported sheets and records each in the audit log, in one transaction: either every sheet
     * and its audit entry are stored, or nothing is.
     */
    @Transactional
    public List<StoredSheet> save(List<Sheet> sheets, String author, @Nullable String from) {
        List<StoredSheet> saved = repository.saveAll(sheets, author);
        audited(saved, author, from);
        return saved;
    }

    /**
     * Saves a stream of sheets too long to hold in memory (the command line's JSON files), in one
     * transaction with an audit entry per sheet, like {@link #save}: a broken sheet anywhere in the
     * stream rolls back every sheet and every entry.
     *
     * @return the number of sheets saved
     */
    @Transactional
    public long saveEach(Iterator<Sheet> sheets, String author, @Nullable String from) {
        return repository.saveEach(sheets, author, batch -> audited(batch, author, from));
    }

    /** Whoever brings sheets in holds the whole database: the role of an administrator, on every way in. */
    private void audited(List<StoredSheet> saved, String author, @Nullable String from) {
        audit.recordEach((String) null, author, Role.ADMINISTRATOR.name(), from, AuditActions.IMPORT,
                saved.stream().map(StoredSheet::id).toList(),
                saved.stream().map(s -> s.sheet().fiscalYear().toWareki() + " " + s.sheet().title()).toList());
    }

    public Optional<Municipality> municipality(MunicipalityCode code) {
        return directory.lookup(code).map(MunicipalityDirectory.Entry::toMunicipality);
    }
}
