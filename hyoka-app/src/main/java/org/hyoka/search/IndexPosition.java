package org.hyoka.search;

import java.util.Map;
import java.util.Optional;

/**
 * Where in the change log ({@code corpus_change}) an index on disk stands, kept in its Lucene commit
 * (user data): every change up to {@code changeId} is in it. {@code changedAt} (the row's time)
 * tells this database's log from another's whose ids happen to reach as far; {@code format} is the
 * version of the documents and analyzers ({@link #FORMAT}), an index of another format is rebuilt.
 */
public record IndexPosition(String format, long changeId, String changedAt) {

    /** Raise it whenever SheetDocument's fields or SearchAnalyzers change: indexes on disk are then rebuilt. */
    public static final String FORMAT = "sheet-1";

    private static final String FORMAT_KEY = "hyoka.format";
    private static final String CHANGE_KEY = "hyoka.change";
    private static final String CHANGED_AT_KEY = "hyoka.change.at";

    /** This release's position at a change of the log (0 and "" before the first change). */
    public static IndexPosition at(long changeId, String changedAt) {
        return new IndexPosition(FORMAT, changeId, changedAt);
    }

    static Optional<IndexPosition> of(Map<String, String> commitData) {
        String format = commitData.get(FORMAT_KEY);
        String change = commitData.get(CHANGE_KEY);
        if (format == null || change == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new IndexPosition(format, Long.parseLong(change), commitData.getOrDefault(CHANGED_AT_KEY, "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    Map<String, String> commitData() {
        return Map.of(FORMAT_KEY, format, CHANGE_KEY, Long.toString(changeId), CHANGED_AT_KEY, changedAt);
    }
}
