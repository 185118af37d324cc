package org.hyoka.sheets;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The change log of the public corpus (table {@code corpus_change}): one row per sheet published,
 * published again or withdrawn, written inside the transaction of the change, so that the log and the
 * sheets commit or roll back together. The rows are written last in the transaction, so that their
 * ids are allocated close to its commit and a reader polling by id sees few late gaps.
 */
public final class CorpusChanges {

    /** This process, as the origin of the changes it writes; another node's poller acts on them, this one's does not. */
    public static final String ORIGIN = UUID.randomUUID().toString();

    public static final String SAVED = "saved";
    public static final String WITHDRAWN = "withdrawn";

    private CorpusChanges() {
    }

    /** A sheet and its municipality, as the log names them. */
    public record Entry(long sheetId, @Nullable String municipalityCode) {
    }

    static void saved(JdbcTemplate jdbc, List<StoredSheet> sheets, Instant at) {
        List<Entry> entries = new ArrayList<>(sheets.size());
        for (StoredSheet stored : sheets) {
            entries.add(new Entry(stored.id(), SheetColumns.of(stored.sheet()).municipalityCode()));
        }
        write(jdbc, entries, SAVED, at);
    }

    /** The new sheets an import made public, in its last transaction ({@link ImportStaging#finish}). */
    static void savedByImport(JdbcTemplate jdbc, long importId, Instant at) {
        jdbc.update("INSERT INTO corpus_change (sheet_id, municipality_code, kind, origin, changed_at) "
                + "SELECT id, municipality_code, ?, ?, ? FROM sheet WHERE import_id = ? ORDER BY id", SAVED, ORIGIN,
                at.atOffset(ZoneOffset.UTC), importId);
    }

    static void withdrawn(JdbcTemplate jdbc, long id, Instant at) {
        List<String> city = jdbc.queryForList("SELECT municipality_code FROM sheet WHERE id = ?", String.class, id);
        write(jdbc, List.of(new Entry(id, city.isEmpty() ? null : city.get(0))), WITHDRAWN, at);
    }

    private static void write(JdbcTemplate jdbc, List<Entry> entries, String kind, Instant at) {
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            rows.add(new Object[] {entry.sheetId(), entry.municipalityCode(), kind, ORIGIN, at.atOffset(ZoneOffset.UTC)});
        }
        jdbc.batchUpdate("INSERT INTO corpus_change (sheet_id, municipality_code, kind, origin, changed_at) "
                + "VALUES (?, ?, ?, ?, ?)", rows);
    }
}
