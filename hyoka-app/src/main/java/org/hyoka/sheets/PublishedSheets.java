package org.hyoka.sheets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The published sheets as sets for open data: each municipality × year, and all of them. A set is
 * read as a stream of stored documents (a database cursor, one row at a time), so that exporting
 * 100,000 sheets holds one sheet in memory, not 100,000. Drafts and unpublished sheets never appear.
 */
@Component
public class PublishedSheets {

    /** Rows the driver fetches at a time; a cursor of this size is all the export holds. */
    static final int FETCH_SIZE = 200;

    private static final String STATE = "COUNT(*) AS sheets, MIN(saved_at) AS first_saved, MAX(saved_at) AS last_saved, "
            + "SUM(id) AS id_sum, SUM(CASE WHEN form = 'tsukuba' THEN 0 ELSE 1 END) AS other_forms";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    public PublishedSheets(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /** Every municipality × year that has a published sheet, ordered by code and year. */
    public List<PublishedSet> sets() {
        return jdbc.query("SELECT municipality_code, MAX(municipality_name) AS municipality_name, fiscal_year, "
                + STATE + " FROM sheet WHERE status = 'published' AND municipality_code IS NOT NULL "
                + "GROUP BY municipality_code, fiscal_year ORDER BY municipality_code, fiscal_year",
                PublishedSheets::set);
    }

    /** One municipality × year, if it has a published sheet. */
    public Optional<PublishedSet> set(String municipalityCode, int fiscalYear) {
        return jdbc.query("SELECT municipality_code, MAX(municipality_name) AS municipality_name, fiscal_year, "
                + STATE + " FROM sheet WHERE status = 'published' AND municipality_code = ? AND fiscal_year = ? "
                + "GROUP BY municipality_code, fiscal_year", PublishedSheets::set, municipalityCode, fiscalYear)
                .stream().findFirst();
    }

    /** Every published sheet, of every municipality and year; empty when nothing is published. */
    public Optional<PublishedSet> all() {
        return jdbc.query("SELECT CAST(NULL AS VARCHAR(6)) AS municipality_code, "
                + "CAST(NULL AS VARCHAR(100)) AS municipality_name, CAST(NULL AS INTEGER) AS fiscal_year, "
                + STATE + " FROM sheet WHERE status = 'published'", PublishedSheets::set)
                .stream().filter(set -> set.sheets() > 0).findFirst();
    }

    /**
     * The stored documents of one set (or of every published sheet, when the set has no municipality),
     * in id order, handed over one at a time from a cursor.
     */
    public void forEachDocument(PublishedSet set, Consumer<StoredDocument> action) {
        StringBuilder sql = new StringBuilder("SELECT id, document, saved_at FROM sheet WHERE status = 'published'");
        List<Object> arguments = new ArrayList<>();
        if (set.municipalityCode() != null) {
            sql.append(" AND municipality_code = ? AND fiscal_year = ?");
            arguments.add(set.municipalityCode());
            arguments.add(set.fiscalYear());
        }
        sql.append(" ORDER BY id");
        readOnly.executeWithoutResult(status -> {
            // a cursor needs a transaction on PostgreSQL; without one the driver reads every row first
            JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
            streaming.setFetchSize(FETCH_SIZE);
            streaming.query(sql.toString(), (ResultSet row) -> action.accept(new StoredDocument(row.getLong("id"),
                    row.getString("document"), row.getObject("saved_at", OffsetDateTime.class).toInstant())),
                    arguments.toArray());
        });
    }

    private static PublishedSet set(ResultSet row, int rowNumber) throws SQLException {
        OffsetDateTime first = row.getObject("first_saved", OffsetDateTime.class);
        OffsetDateTime last = row.getObject("last_saved", OffsetDateTime.class);
        Object year = row.getObject("fiscal_year");
        return new PublishedSet(row.getString("municipality_code"), row.getString("municipality_name"),
                year == null ? null : ((Number) year).intValue(), row.getLong("sheets"),
                first == null ? Instant.EPOCH : first.toInstant(), last == null ? Instant.EPOCH : last.toInstant(), row.getLong("id_sum"),
                row.getLong("other_forms"));
    }

    /**
     * A set of published sheets and what identifies its content: how many, the latest save and the sum
     * of their ids. Publishing a sheet moves the latest save; adding or taking one away changes the
     * count and the sum; so the three change whenever the set's content does.
     *
     * @param municipalityCode null for the set of every published sheet
     */
    public record PublishedSet(@Nullable String municipalityCode, @Nullable String municipalityName,
            @Nullable Integer fiscalYear, long sheets, Instant firstSaved, Instant lastSaved, long idSum,
            long otherForms) {

        /** Whether a sheet of a form other than つくば市's (the 対象・意図・結果 form …) is in the set. */
        public boolean hasOtherForms() {
            return otherForms > 0;
        }
    }

    /** A published sheet's interchange document exactly as stored. */
    public record StoredDocument(long id, String document, Instant savedAt) {
    }
}
