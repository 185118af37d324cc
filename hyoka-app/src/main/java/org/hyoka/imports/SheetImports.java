package org.hyoka.imports;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.hyoka.arithmetic.SheetChecks;
import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.importer.SheetImporter;
import org.hyoka.importer.municipality.MunicipalityDirectory;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.sheets.StoredSheet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Upload → preview (kept under a token) → confirm → all sheets saved in one transaction, or none. */
@Component
public class SheetImports {

    private final SheetRepository repository;
    private final PendingImports pending;
    private final MunicipalityDirectory directory = MunicipalityDirectory.shipped();
    private final UploadReader reader;
    private final SecureRandom random = new SecureRandom();

    SheetImports(SheetRepository repository, PendingImports pending,
            @Value("${hyoka.import.max-file-bytes:20971520}") long maxFileBytes) {
        this.repository = repository;
        this.pending = pending;
        SheetChecks checks = new SheetChecks(UnitCostTable.standard());
        this.reader = new UploadReader(new SheetImporter(directory, checks), new SheetJson(), checks, maxFileBytes);
    }

    public ImportPreview preview(List<UploadedFile> files, Optional<MunicipalityCode> municipality, String owner) {
        Optional<Municipality> city = municipality.map(directory::municipality);
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
    public Optional<List<StoredSheet>> confirm(String token, String owner) {
        return pending.take(token, owner).map(preview -> repository.saveAll(preview.sheets(), owner));
    }

    public Optional<Municipality> municipality(MunicipalityCode code) {
        return directory.lookup(code).map(MunicipalityDirectory.Entry::toMunicipality);
    }
}
