package org.hyoka.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.Page;
import org.hyoka.workflow.EvaluationState;
import org.hyoka.workflow.Role;
import org.hyoka.workflow.Transition;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * SQL of the evaluation cycle: tables sheet_workflow, sheet_revision and sheet_comment. Every
 * statement is parameterised; the methods run in the caller's transaction.
 */
@Component
class WorkflowStore {

    private static final String WORKFLOW_COLUMNS = "sheet_id, state, revision, published_revision, "
            + "previous_improvement_goal, municipality_code, fiscal_year, sheet_number, title, department, division, "
            + "updated_at";

    /**
     * A revision's document: its own text, or NULL for "the document of its sheet's row" (V21), which every
     * revision equal to that row's document is, so that the text is stored once.
     */
    private static final String DOCUMENT = "COALESCE(r.document, s.document)";
    private static final String REVISION_COLUMNS = "r.sheet_id, r.number, " + DOCUMENT + " AS document, r.author, "
            + "r.saved_at, r.state, r.note";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    WorkflowStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    Optional<WorkflowRow> find(long sheetId) {
        return jdbc.query("SELECT " + WORKFLOW_COLUMNS + " FROM sheet_workflow WHERE sheet_id = ?",
                WorkflowStore::workflowRow, sheetId).stream().findFirst();
    }

    /**
     * The optimistic lock: moves the sheet from revision {@code base} to {@code base + 1} only if
     * nobody did so first. False means someone else's change won and nothing was written.
     */
    boolean advance(long sheetId, int base, EvaluationState state, Sheet working, boolean published, Instant at) {
        return jdbc.update("UPDATE sheet_workflow SET revision = revision + 1, state = ?, "
                + "published_revision = CASE WHEN ? THEN revision + 1 ELSE published_revision END, "
                + "municipality_code = ?, fiscal_year = ?, sheet_number = ?, title = ?, department = ?, division = ?, "
                + "updated_at = ? WHERE sheet_id = ? AND revision = ?",
                state.name(), published, codeOf(working),
                working.fiscalYear().startYear(), working.sheetNumber(), working.title(),
                working.organization().department(), working.organization().division(), timestamp(at), sheetId,
                base) == 1;
    }

    void addRevision(long sheetId, int number, String document, String author, Instant at, EvaluationState state,
            @Nullable String note) {
        jdbc.update("INSERT INTO sheet_revision (sheet_id, number, document, author, saved_at, state, note) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", sheetId, number, document, author, timestamp(at), state.name(), note);
    }

    /** A new sheet's first row: a draft at revision 1, made from {@code rolledFrom} if that is set. */
    void addDraft(long sheetId, Sheet draft, @Nullable Long rolledFrom, @Nullable String previousImprovementGoal,
            Instant at) {
        jdbc.update("INSERT INTO sheet_workflow (sheet_id, state, revision, published_revision, previous_improvement_goal, "
                + "rolled_from, municipality_code, fiscal_year, sheet_number, title, department, division, updated_at) "
                + "VALUES (?, 'DRAFT', 1, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)", sheetId, previousImprovementGoal,
                rolledFrom, codeOf(draft),
                draft.fiscalYear().startYear(), draft.sheetNumber(), draft.title(), draft.organization().department(),
                draft.organization().division(), timestamp(at));
    }

    Optional<StoredRevision> revision(long sheetId, int number) {
        return jdbc.query("SELECT " + REVISION_COLUMNS + " FROM sheet_revision r JOIN sheet s ON s.id = r.sheet_id "
                + "WHERE r.sheet_id = ? AND r.number = ?", WorkflowStore::revisionRow, sheetId, number).stream().findFirst();
    }

    /** Newest first. */
    List<StoredRevision> revisions(long sheetId) {
        return jdbc.query("SELECT " + REVISION_COLUMNS + " FROM sheet_revision r JOIN sheet s ON s.id = r.sheet_id "
                + "WHERE r.sheet_id = ? ORDER BY r.number DESC", WorkflowStore::revisionRow, sheetId);
    }

    long addComment(long sheetId, int revision, String author, Role role, String text, Instant at,
            @Nullable Transition transition) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO sheet_comment (sheet_id, revision, author, role, "
                    + "text, at, transition) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            statement.setLong(1, sheetId);
            statement.setInt(2, revision);
            statement.setString(3, author);
            statement.setString(4, role.name());
            statement.setString(5, text);
            statement.setObject(6, timestamp(at));
            statement.setString(7, transition == null ? null : transition.name());
            return statement;
        }, key);
        return key.getKeyAs(Number.class).longValue();
    }

    /** Oldest first, as a conversation reads. */
    List<Comment> comments(long sheetId) {
        return jdbc.query("SELECT id, sheet_id, revision, author, role, text, at, transition FROM sheet_comment "
                + "WHERE sheet_id = ? ORDER BY id", (row, n) -> new Comment(row.getLong("id"), row.getLong("sheet_id"),
                        row.getInt("revision"), row.getString("author"), Role.valueOf(row.getString("role")),
                        row.getString("text"), instant(row, "at"),
                        row.getString("transition") == null ? null : Transition.valueOf(row.getString("transition"))),
                sheetId);
    }

    /**
     * The sheets of a city and year with one of these titles, each with its latest revision: what an
     * import matches against (index sheet_workflow_match, V11). A null city matches sheets of no city.
     */
    List<MatchRow> withTitles(@Nullable String municipalityCode, int fiscalYear, java.util.Collection<String> titles) {
        if (titles.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource("year", fiscalYear).addValue("titles", titles)
                .addValue("code", municipalityCode);
        return named.query("SELECT w.sheet_id, w.state, w.revision, w.sheet_number, w.title, " + DOCUMENT + " AS document "
                + "FROM sheet_workflow w JOIN sheet_revision r ON r.sheet_id = w.sheet_id AND r.number = w.revision "
                + "JOIN sheet s ON s.id = w.sheet_id "
                + "WHERE " + (municipalityCode == null ? "w.municipality_code IS NULL" : "w.municipality_code = :code")
                + " AND w.fiscal_year = :year AND w.title IN (:titles) ORDER BY w.sheet_id", parameters,
                (row, n) -> new MatchRow(row.getLong("sheet_id"), EvaluationState.valueOf(row.getString("state")),
                        row.getInt("revision"), row.getString("sheet_number"), row.getString("title"),
                        row.getString("document")));
    }

    record MatchRow(long sheetId, EvaluationState state, int revision, @Nullable String sheetNumber, String title,
            String document) {
    }

    /** The sheets of a city and year whose next year's draft does not exist yet, with the latest revision of each. */
    List<StoredRevision> notYetRolledOver(String municipalityCode, int fiscalYear) {
        return jdbc.query("SELECT " + REVISION_COLUMNS
                + " FROM sheet_workflow w JOIN sheet_revision r ON r.sheet_id = w.sheet_id AND r.number = w.revision "
                + "JOIN sheet s ON s.id = w.sheet_id "
                + "WHERE w.municipality_code = ? AND w.fiscal_year = ? "
                + "AND NOT EXISTS (SELECT 1 FROM sheet_workflow n WHERE n.rolled_from = w.sheet_id) "
                + "ORDER BY w.sheet_number NULLS LAST, w.sheet_id", WorkflowStore::revisionRow, municipalityCode,
                fiscalYear);
    }

    int countRolledOver(String municipalityCode, int fiscalYear) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM sheet_workflow w WHERE w.municipality_code = ? "
                + "AND w.fiscal_year = ? AND EXISTS (SELECT 1 FROM sheet_workflow n WHERE n.rolled_from = w.sheet_id)",
                Integer.class, municipalityCode, fiscalYear);
        return count == null ? 0 : count;
    }

    /** Counts per 部, 課 and state; a sheet without 部 or 課 counts under an empty name. */
    List<StateCount> stateCounts(String municipalityCode, int fiscalYear) {
        return jdbc.query("SELECT COALESCE(department, '') AS department, COALESCE(division, '') AS division, state, "
                + "COUNT(*) AS n FROM sheet_workflow WHERE municipality_code = ? AND fiscal_year = ? "
                + "GROUP BY COALESCE(department, ''), COALESCE(division, ''), state "
                + "ORDER BY COALESCE(department, ''), COALESCE(division, '')",
                (row, n) -> new StateCount(row.getString("department"), row.getString("division"),
                        EvaluationState.valueOf(row.getString("state")), row.getLong("n")),
                municipalityCode, fiscalYear);
    }

    record StateCount(String department, String division, EvaluationState state, long count) {
    }

    /** Sheets in work, optionally of one 課 only; most recently changed first. */
    Page<WorkingSummary> summaries(String municipalityCode, @Nullable String division, @Nullable Integer fiscalYear,
            @Nullable EvaluationState state, int page, int size) {
        List<String> conditions = new ArrayList<>();
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        conditions.add("municipality_code = :municipality");
        parameters.addValue("municipality", municipalityCode);
        if (division != null) {
            conditions.add("division = :division");
            parameters.addValue("division", division);
        }
        if (fiscalYear != null) {
            conditions.add("fiscal_year = :fiscalYear");
            parameters.addValue("fiscalYear", fiscalYear);
        }
        if (state != null) {
            conditions.add("state = :state");
            parameters.addValue("state", state.name());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        Long total = named.queryForObject("SELECT COUNT(*) FROM sheet_workflow" + where, parameters, Long.class);
        parameters.addValue("limit", size).addValue("offset", (long) page * size);
        List<WorkingSummary> items = named.query("SELECT sheet_id, title, sheet_number, department, division, state, "
                + "revision, updated_at FROM sheet_workflow" + where
                + " ORDER BY updated_at DESC, sheet_id DESC LIMIT :limit OFFSET :offset", parameters,
                (row, n) -> new WorkingSummary(row.getLong("sheet_id"), row.getString("title"),
                        row.getString("sheet_number"), row.getString("department"), row.getString("division"),
                        EvaluationState.valueOf(row.getString("state")), row.getInt("revision"),
                        instant(row, "updated_at")));
        return new Page<>(items, total == null ? 0 : total, page, size);
    }

    private static WorkflowRow workflowRow(ResultSet row, int rowNumber) throws SQLException {
        return new WorkflowRow(row.getLong("sheet_id"), EvaluationState.valueOf(row.getString("state")),
                row.getInt("revision"), row.getObject("published_revision", Integer.class),
                row.getString("previous_improvement_goal"), row.getString("municipality_code"),
                row.getInt("fiscal_year"), row.getString("sheet_number"), row.getString("title"),
                row.getString("department"), row.getString("division"), instant(row, "updated_at"));
    }

    private static StoredRevision revisionRow(ResultSet row, int rowNumber) throws SQLException {
        return new StoredRevision(row.getLong("sheet_id"), row.getInt("number"), row.getString("document"),
                row.getString("author"), instant(row, "saved_at"), EvaluationState.valueOf(row.getString("state")),
                row.getString("note"));
    }

    static @Nullable String codeOf(Sheet sheet) {
        return sheet.municipality() == null || sheet.municipality().code() == null ? null
                : sheet.municipality().code().value();
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime timestamp(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
