package org.hyoka.sheets;

import java.util.List;
import java.util.Set;

/**
 * Sheets that another process (another node, or a command-line import beside the server) published,
 * published again or withdrawn, as read from the change log ({@link CorpusChanges}) after they
 * committed. Changes made in this process arrive as {@link SheetsSaved} and {@link SheetsWithdrawn}
 * instead; whatever caches or indexes public sheets listens to all three.
 */
public record CorpusChanged(List<Long> saved, List<Long> withdrawn, Set<String> municipalityCodes) {

    public CorpusChanged {
        saved = List.copyOf(saved);
        withdrawn = List.copyOf(withdrawn);
        municipalityCodes = Set.copyOf(municipalityCodes);
    }

    /** Every sheet named, saved or withdrawn. */
    public List<Long> ids() {
        return java.util.stream.Stream.concat(saved.stream(), withdrawn.stream()).toList();
    }
}
