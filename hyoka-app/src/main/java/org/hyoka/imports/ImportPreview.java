package org.hyoka.imports;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.hyoka.sheet.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * An upload, parsed, matched against the stored sheets and waiting for the office's confirmation. It
 * is kept on the server under a random token, so that confirming saves exactly the sheets that were
 * shown, not a second upload.
 *
 * @param publish the office chose 公開 (history it loads) rather than 作成中
 * @param matches one per sheet of {@link #sheets()}, in order; empty while the upload cannot be saved
 * @param refusal why the upload may not be imported as a whole (sheets of another city), or null
 */
public record ImportPreview(String token, String owner, Instant createdAt, List<FilePreview> files, boolean publish,
        List<SheetMatch> matches, @Nullable String refusal) {

    public ImportPreview {
        files = List.copyOf(files);
        matches = List.copyOf(matches);
    }

    public List<Sheet> sheets() {
        return files.stream().filter(FilePreview.Read.class::isInstance)
                .flatMap(file -> ((FilePreview.Read) file).sheets().stream())
                .flatMap(sheet -> sheet.found().stream()).toList();
    }

    /** Saving is offered only when every file was read, every sheet in it was found, and all are the office's. */
    public boolean canSave() {
        return refusal == null && !sheets().isEmpty() && files.stream().allMatch(file -> file instanceof FilePreview.Read read
                && read.sheets().stream().allMatch(sheet -> sheet.sheet() != null));
    }

    /** A match with its position in the import, which names the office's choice for it. */
    public record Numbered(int index, SheetMatch match) {
    }

    public List<Numbered> numbered() {
        return IntStream.range(0, matches.size()).mapToObj(i -> new Numbered(i, matches.get(i))).toList();
    }

    public long newCount() {
        return matches.stream().filter(SheetMatch.New.class::isInstance).count();
    }

    public long changedCount() {
        return matches.stream().filter(SheetMatch.Changed.class::isInstance).count();
    }

    public long unchangedCount() {
        return matches.stream().filter(SheetMatch.Unchanged.class::isInstance).count();
    }
}
