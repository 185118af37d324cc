package org.hyoka.sheets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the change log ({@code corpus_change}, see {@link CorpusChanges}) by id. The ids are allocated
 * when a row is inserted, not when its transaction commits, so a row may become visible after rows
 * of higher ids: readers keep a window for such late rows ({@link ChangeFeed}).
 */
public final class CorpusChangeLog {

    private static final String COLUMNS = "id, sheet_id, municipality_code, kind, origin, changed_at";

    private final JdbcTemplate jdbc;

    public CorpusChangeLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Rows after {@code id}, in id order, at most {@code limit} of them. */
    public List<LoggedChange> after(long id, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM corpus_change WHERE id > ? ORDER BY id LIMIT ?",
                CorpusChangeLog::row, id, limit);
    }

    /** Rows whose ids lie in these closed ranges ({@code [from, to]} pairs), in id order. */
    public List<LoggedChange> within(List<long[]> ranges) {
        if (ranges.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder();
        List<Object> args = new ArrayList<>();
        for (long[] range : ranges) {
            where.append(where.isEmpty() ? "" : " OR ").append("id BETWEEN ? AND ?");
            args.add(range[0]);
            args.add(range[1]);
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM corpus_change WHERE " + where + " ORDER BY id",
                CorpusChangeLog::row, args.toArray());
    }

    /** When the row of this id was written: empty when it is not (or no longer) in the log. */
    public Optional<Instant> changedAt(long id) {
        return jdbc.query("SELECT changed_at FROM corpus_change WHERE id = ?",
                (row, n) -> row.getObject(1, OffsetDateTime.class).toInstant(), id).stream().findFirst();
    }

    /**
     * A position of the log such that every row at or below it is visible now, or was written more than
     * {@code window} ago and so belongs to a transaction that has ended: the highest id when there is
     * no hole among the recent ids, else the id just below the first hole. 0 for an empty log.
     */
    public long settledPosition(Duration window, Instant now) {
        Long floor = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM corpus_change WHERE changed_at < ?",
                Long.class, now.minus(window).atOffset(ZoneOffset.UTC));
        long position = floor == null ? 0 : floor;
        for (long id : jdbc.queryForList("SELECT id FROM corpus_change WHERE id > ? ORDER BY id", Long.class, position)) {
            if (id != position + 1) {
                return position;
            }
            position = id;
        }
        return position;
    }

    /** Removes rows older than the retention, always keeping the newest row, so that a position stays in the log. */
    public int prune(Duration retention, Instant now) {
        return jdbc.update("DELETE FROM corpus_change WHERE changed_at < ? "
                + "AND id < (SELECT MAX(c.id) FROM corpus_change c)", now.minus(retention).atOffset(ZoneOffset.UTC));
    }

    private static LoggedChange row(ResultSet row, int n) throws SQLException {
        return new LoggedChange(row.getLong("id"), row.getLong("sheet_id"), row.getString("municipality_code"),
                row.getString("kind"), row.getString("origin"), row.getObject("changed_at", OffsetDateTime.class).toInstant());
    }
}
