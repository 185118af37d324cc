package org.hyoka.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.hyoka.evaluation.ImportedRevisions;
import org.hyoka.evaluation.ImportedRevisions.Existing;
import org.hyoka.revision.SheetDiff;
import org.hyoka.sheet.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * Finds the stored sheet each imported one is: same municipality and fiscal year and the same title
 * (事業名), the same 事業番号 preferred; a title matches where numbers differ (renumbered sheets), a number
 * alone never does (a number is reused for another project). Only sheets of the imported sheet's own
 * city are looked at, so an import never touches another city's sheets. One matcher per import: each
 * stored sheet is matched at most once, so a file holding two sheets of one title matches two stored ones,
 * and sheets the import itself added are never matched by it (its batches see what was there before it).
 */
final class SheetMatcher {

    private final ImportedRevisions revisions;
    private final boolean publish;
    private final Set<Long> claimed = new HashSet<>();

    SheetMatcher(ImportedRevisions revisions, boolean publish) {
        this.revisions = revisions;
        this.publish = publish;
    }

    /** Sheets this import added: not to be matched by its later batches. */
    void added(List<Long> ids) {
        claimed.addAll(ids);
    }

    /** One match per sheet, in order; one query per city and year in the batch. */
    List<SheetMatch> match(List<Sheet> batch) {
        Existing[] found = new Existing[batch.size()];
        Map<CityYear, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            groups.computeIfAbsent(CityYear.of(batch.get(i)), key -> new ArrayList<>()).add(i);
        }
        groups.forEach((key, indexes) -> {
            Set<String> titles = new HashSet<>();
            indexes.forEach(i -> titles.add(batch.get(i).title()));
            List<Existing> candidates = new ArrayList<>(revisions.withTitles(key.code(), key.year(), titles));
            candidates.removeIf(existing -> claimed.contains(existing.sheetId()));
            // the same number first, so that a renumbered neighbour cannot take a sheet's own match
            for (boolean sameNumber : new boolean[] {true, false}) {
                for (int i : indexes) {
                    if (found[i] == null) {
                        Sheet sheet = batch.get(i);
                        for (Existing existing : candidates) {
                            if (existing.latest().title().equals(sheet.title())
                                    && (!sameNumber || Objects.equals(existing.sheetNumber(), sheet.sheetNumber()))) {
                                found[i] = existing;
                                break;
                            }
                        }
                        if (found[i] != null) {
                            candidates.remove(found[i]);
                            claimed.add(found[i].sheetId());
                        }
                    }
                }
            }
        });
        List<SheetMatch> matches = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            matches.add(matchOf(batch.get(i), found[i]));
        }
        return matches;
    }

    private SheetMatch matchOf(Sheet sheet, @Nullable Existing existing) {
        if (existing == null) {
            return new SheetMatch.New(sheet);
        }
        if (ImportedRevisions.unchanged(existing, sheet, publish)) {
            return new SheetMatch.Unchanged(sheet, existing);
        }
        return new SheetMatch.Changed(sheet, existing, SheetDiff.between(existing.latest(), sheet));
    }

    private record CityYear(@Nullable String code, int year) {
        static CityYear of(Sheet sheet) {
            return new CityYear(sheet.municipality() == null || sheet.municipality().code() == null ? null
                    : sheet.municipality().code().value(), sheet.fiscalYear().startYear());
        }
    }
}
