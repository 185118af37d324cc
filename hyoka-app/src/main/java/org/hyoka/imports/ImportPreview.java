package org.hyoka.imports;

import java.time.Instant;
import java.util.List;

import org.hyoka.sheet.Sheet;

/**
 * An upload, parsed and waiting for the user's confirmation. It is kept on the server under a random
 * token, so that confirming saves exactly the sheets that were shown, not a second upload.
 */
public record ImportPreview(String token, String owner, Instant createdAt, List<FilePreview> files) {

    public ImportPreview {
        files = List.copyOf(files);
    }

    public List<Sheet> sheets() {
        return files.stream().filter(FilePreview.Read.class::isInstance)
                .flatMap(file -> ((FilePreview.Read) file).sheets().stream())
                .flatMap(sheet -> sheet.found().stream()).toList();
    }

    /** Saving is offered only when every file was read and every sheet in it was found. */
    public boolean canSave() {
        return !sheets().isEmpty() && files.stream().allMatch(file -> file instanceof FilePreview.Read read
                && read.sheets().stream().allMatch(sheet -> sheet.sheet() != null));
    }
}
