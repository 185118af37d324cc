package org.hyoka.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.hyoka.sheets.Page;
import org.hyoka.workflow.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The append-only audit log. There is deliberately no method to change or remove an entry, and the
 * database refuses UPDATE and DELETE as well (migration V3_1). A record made inside a transaction
 * commits or rolls back with the change it describes, so the log never claims what did not happen.
 */
@Component
public class AuditLog {

    static final int ACTOR_MAX = 100;
    static final int ROLE_MAX = 20;
    static final int FROM_MAX = 100;
    static final int ACTION_MAX = 100;
    static final int DETAIL_MAX = 4000;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** An entry about the actor's own municipality (none for the installation's operator). */
    public void record(Actor by, @Nullable String from, String action, @Nullable Long sheetId,
            @Nullable String detail) {
        recordIn(by.municipalityCode(), by.username(), by.role().name(), from, action, sheetId, detail);
    }

    /** An entry without a municipality: sign-in events and the like, found through the account's city. */
    public void record(String actor, @Nullable String role, @Nullable String from, String action,
            @Nullable Long sheetId, @Nullable String detail) {
        recordIn(null, actor, role, from, action, sheetId, detail);
    }

    public void recordIn(@Nullable String municipalityCode, String actor, @Nullable String role,
            @Nullable String from, String action, @Nullable Long sheetId, @Nullable String detail) {
        jdbc.update("INSERT INTO audit_log (at, actor, role, remote_addr, action, sheet_id, detail, municipality_code) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC),
                cut(actor, ACTOR_MAX), cutOrNull(role, ROLE_MAX), cutOrNull(from, FROM_MAX), cut(action, ACTION_MAX),
                sheetId, cutOrNull(detail, DETAIL_MAX), municipalityCode);
    }

    /** One entry per sheet, sent as one batch: an import of 100,000 sheets records 100,000 entries. */
    public void recordEach(Actor by, @Nullable String from, String action, List<Long> sheetIds, List<String> details) {
        recordEach(by.municipalityCode(), by.username(), by.role().name(), from, action, sheetIds, details);
    }

    public void recordEach(@Nullable String municipalityCode, String actor, @Nullable String role,
            @Nullable String from, String action, List<Long> sheetIds, List<String> details) {
        OffsetDateTime at = Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>(sheetIds.size());
        for (int i = 0; i < sheetIds.size(); i++) {
            rows.add(new Object[] {at, cut(actor, ACTOR_MAX), cutOrNull(role, ROLE_MAX), cutOrNull(from, FROM_MAX),
                cut(action, ACTION_MAX), sheetIds.get(i), cutOrNull(details.get(i), DETAIL_MAX), municipalityCode});
        }
        jdbc.batchUpdate("INSERT INTO audit_log (at, actor, role, remote_addr, action, sheet_id, detail, "
                + "municipality_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    public Page<AuditEntry> find(AuditQuery query) {
        List<String> conditions = new ArrayList<>();
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        if (query.municipalityCode() != null) {
            // entries written before V9 carry no city: they are the city's through their sheet or account
            conditions.add("(municipality_code = :municipality OR (municipality_code IS NULL AND ("
                    + "sheet_id IN (SELECT sheet_id FROM sheet_workflow WHERE municipality_code = :municipality) "
                    + "OR actor IN (SELECT username FROM app_user WHERE municipality_code = :municipality))))");
            parameters.addValue("municipality", query.municipalityCode());
        }
        if (query.actor() != null) {
            conditions.add("actor = :actor");
            parameters.addValue("actor", query.actor());
        }
        if (query.action() != null) {
            // an action name or a family of them: "sheet." finds sheet.save, sheet.submit …
            conditions.add(query.action().endsWith(".") ? "action LIKE :action ESCAPE '\\'" : "action = :action");
            parameters.addValue("action", query.action().endsWith(".") ? likePrefix(query.action()) : query.action());
        }
        if (query.sheetId() != null) {
            conditions.add("sheet_id = :sheetId");
            parameters.addValue("sheetId", query.sheetId());
        }
        if (query.since() != null) {
            conditions.add("at >= :since");
            parameters.addValue("since", query.since().atOffset(ZoneOffset.UTC));
        }
        if (query.until() != null) {
            conditions.add("at < :until");
            parameters.addValue("until", query.until().atOffset(ZoneOffset.UTC));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        Long total = named.queryForObject("SELECT COUNT(*) FROM audit_log" + where, parameters, Long.class);
        parameters.addValue("limit", query.size()).addValue("offset", (long) query.page() * query.size());
        List<AuditEntry> entries = named.query("SELECT id, at, actor, role, remote_addr, action, sheet_id, detail "
                + "FROM audit_log" + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset", parameters,
                AuditLog::entry);
        return new Page<>(entries, total == null ? 0 : total, query.page(), query.size());
    }

    private static AuditEntry entry(ResultSet row, int rowNumber) throws SQLException {
        return new AuditEntry(row.getLong("id"), row.getObject("at", OffsetDateTime.class).toInstant(),
                row.getString("actor"), row.getString("role"), row.getString("remote_addr"), row.getString("action"),
                row.getObject("sheet_id", Long.class), row.getString("detail"));
    }

    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    private static @Nullable String cutOrNull(@Nullable String value, int max) {
        return value == null ? null : cut(value, max);
    }
}
