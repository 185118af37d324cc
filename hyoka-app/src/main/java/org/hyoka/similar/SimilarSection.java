package org.hyoka.similar;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * 他の自治体の類似事業 of one sheet, as computed at {@code computedAt} while the published sheets and
 * the populations were at {@code generation}.
 *
 * @param self the sheet itself, the row the others are read against; empty when it is not published
 */
public record SimilarSection(long sheetId, Optional<SimilarProject> self, List<SimilarProject> others,
        long generation, Instant computedAt) {

    public SimilarSection {
        others = List.copyOf(others);
    }

    /** For a page built without the section (nothing to show). */
    public static SimilarSection none(long sheetId) {
        return new SimilarSection(sheetId, Optional.empty(), List.of(), -1, Instant.EPOCH);
    }

    /** Part of the sheet page's ETag: a browser's copy is stale once the section was computed anew. */
    public String tag() {
        return Long.toString(computedAt.toEpochMilli(), 36);
    }

    /** /compare?ids=this,that. */
    public String compareHref(SimilarProject other) {
        return "/compare?ids=" + sheetId + "," + other.id();
    }
}
