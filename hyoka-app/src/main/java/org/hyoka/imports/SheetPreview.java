package org.hyoka.imports;

import java.util.List;
import java.util.Optional;

import org.hyoka.arithmetic.Finding;
import org.hyoka.sheet.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * One sheet of an upload as the user sees it before saving: what was found, which fields the source
 * does not state, lines that found no field, and the arithmetic findings. A rejected sheet has no
 * sheet, only the reason.
 *
 * @param missing labels of fields the source states no value for
 * @param missingRequired the subset without which the sheet is incomplete
 * @param unplaced source lines that belong to no field, with their line numbers
 */
public record SheetPreview(@Nullable Sheet sheet, @Nullable String rejectedBecause, List<String> missing,
        List<String> missingRequired, List<String> unplaced, List<Finding> findings) {

    public SheetPreview {
        missing = List.copyOf(missing);
        missingRequired = List.copyOf(missingRequired);
        unplaced = List.copyOf(unplaced);
        findings = List.copyOf(findings);
    }

    public Optional<Sheet> found() {
        return Optional.ofNullable(sheet);
    }

    public long errorCount() {
        return findings.stream().filter(Finding::isError).count();
    }
}
