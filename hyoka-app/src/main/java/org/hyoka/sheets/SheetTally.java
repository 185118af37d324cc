package org.hyoka.sheets;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Table {@code sheet_tally} (V22): per municipality × fiscal year × facet × value, how many published sheets
 * (and their full cost, and their indicators) have that value. Kept in the transaction of every change to
 * the public corpus: {@link #subtract} before a published row changes, {@link #add} after rows are written,
 * each by the same SQL ({@link #contribution}) over the sheet rows and derived tables, so the table always
 * equals that SQL over all published sheets ({@link #rebuild}). Additions are row-locked increments in key
 * order, so concurrent transactions neither lose a count nor deadlock on each other here.
 */
public final class SheetTally {

    /** Stands for a blank field in {@code value}. */
    public static final String NONE = "\u0001";
    /** Joins the parts of a value of several fields. */
    public static final String SEPARATOR = "\u001F";

    /** Facet names of the table besides the filter names of {@link SheetFilter#NAMES}; stored: never rename one. */
    public static final String SHEETS = "sheets";
    public static final String DEPARTMENT_DIVISION = "department-division";
    public static final String ACHIEVEMENT_KIND = "achievement-kind";
    public static final String ACHIEVEMENT_DIVISION = "achievement-division";
    /** Sheets with a full cost (value ''): the national full-cost aggregate counts them apart from the rest. */
    public static final String COSTED = "costed";
    /** The municipality's name as the sheets print it (value: the name, or {@link #NONE}). */
    public static final String NAME = "name";

    /** The columns of a sheet row that are facets of their own, by their filter name. */
    static final Map<String, String> COLUMNS = Map.of("department", "s.department", "division", "s.division",
            "direction", "s.direction", "category", "s.category", "continuity", "s.continuity", "form", "s.form");

    private static final String COST = "CAST(1 AS BIGINT) AS sheets, COALESCE(s.full_cost, 0) AS cost, "
            + "CAST(0 AS BIGINT) AS indicators";
    private static final String INDICATORS = "CAST(0 AS BIGINT) AS sheets, CAST(0 AS BIGINT) AS cost, "
            + "CAST(1 AS BIGINT) AS indicators";
    private static final String KEY = "COALESCE(s.municipality_code, '') AS m, s.fiscal_year AS y, ";

    private SheetTally() {
    }

    /** Adds the sheets that are published among {@code ids}, as their rows and derived rows now stand. */
    public static void add(JdbcTemplate jdbc, Collection<Long> ids) {
        apply(jdbc, ids, 1);
    }

    /**
     * Takes out the sheets that are published among {@code ids}, as they stand now: call it before their rows
     * change (publication of a new version, withdrawal), and {@link #add} after. Locks their rows first, so
     * that two changes of one sheet count it out once each.
     */
    public static void subtract(JdbcTemplate jdbc, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        new NamedParameterJdbcTemplate(jdbc).queryForList("SELECT id FROM sheet WHERE id IN (:ids) FOR UPDATE",
                Map.of("ids", ids), Long.class);
        apply(jdbc, ids, -1);
    }

    /** The version of {@link #contribution}: raise it when it would count other rows for the same sheets. */
    static final int VERSION = 2;

    /**
     * At start-up: makes the table again when it was never made by this version or when a derived table it
     * counts from was just made again ({@code derivedRebuilt}).
     */
    static void refresh(JdbcTemplate jdbc, TransactionTemplate transactions, boolean derivedRebuilt) {
        List<Integer> made = jdbc.queryForList("SELECT version FROM derived_table WHERE name = 'sheet_tally'",
                Integer.class);
        if (!derivedRebuilt && made.equals(List.of(VERSION))) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            rebuild(jdbc);
            jdbc.update("DELETE FROM derived_table WHERE name = 'sheet_tally'");
            jdbc.update("INSERT INTO derived_table (name, version) VALUES ('sheet_tally', ?)", VERSION);
        });
    }

    /** Makes the whole table again from the published sheets, in the caller's transaction. */
    static void rebuild(JdbcTemplate jdbc) {
        jdbc.update("DELETE FROM sheet_tally");
        new NamedParameterJdbcTemplate(jdbc).update("INSERT INTO sheet_tally (municipality_code, fiscal_year, facet, "
                + "facet_value, sheets, cost, indicators) " + contribution(false), parameters(List.of()));
    }

    private static void apply(JdbcTemplate jdbc, Collection<Long> ids, int sign) {
        if (ids.isEmpty()) {
            return;
        }
        // one sum per key over all chunks (a large import touches each key once, not once per chunk), kept in one
        // order for every transaction: row locks taken in it cannot wait on each other in a cycle
        Map<Key, long[]> sums = new TreeMap<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += SheetRepository.BATCH) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + SheetRepository.BATCH));
            new NamedParameterJdbcTemplate(jdbc).query(contribution(true), parameters(chunk), (ResultSet row) -> {
                long[] sum = sums.computeIfAbsent(new Key(row.getString("m"), row.getInt("y"), row.getString("facet"),
                        row.getString("facet_value")), key -> new long[3]);
                sum[0] += sign * row.getLong("sheets");
                sum[1] += sign * row.getLong("cost");
                sum[2] += sign * row.getLong("indicators");
            });
        }
        if (sign > 0) {
            jdbc.batchUpdate("INSERT INTO sheet_tally (municipality_code, fiscal_year, facet, facet_value, sheets, cost, "
                    + "indicators) VALUES (?, ?, ?, ?, 0, 0, 0) ON CONFLICT DO NOTHING",
                    sums.keySet().stream().map(k -> new Object[] {k.municipality(), k.year(), k.facet(), k.value()}).toList());
        }
        jdbc.batchUpdate("UPDATE sheet_tally SET sheets = sheets + ?, cost = cost + ?, indicators = indicators + ? "
                + "WHERE municipality_code = ? AND fiscal_year = ? AND facet = ? AND facet_value = ?",
                sums.entrySet().stream().map(e -> new Object[] {e.getValue()[0], e.getValue()[1], e.getValue()[2],
                    e.getKey().municipality(), e.getKey().year(), e.getKey().facet(), e.getKey().value()}).toList());
    }

    /** A row of the table, ordered as the rows are locked. */
    private record Key(String municipality, int year, String facet, String value) implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparing(Key::municipality).thenComparingInt(Key::year)
                .thenComparing(Key::facet).thenComparing(Key::value);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    private static MapSqlParameterSource parameters(List<Long> ids) {
        return new MapSqlParameterSource("none", NONE).addValue("sep", SEPARATOR).addValue("ids", ids);
    }

    /** What the published sheets (of {@code :ids}, or all) add to each key: one SELECT per facet. */
    static String contribution(boolean someIds) {
        String where = " WHERE s.status = 'published'" + (someIds ? " AND s.id IN (:ids)" : "");
        String derived = someIds ? " WHERE sheet_id IN (:ids)" : "";
        List<String> selects = new ArrayList<>();
        selects.add("SELECT " + KEY + "'" + SHEETS + "' AS facet, '' AS facet_value, " + COST + " FROM sheet s" + where);
        COLUMNS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(column ->
                selects.add("SELECT " + KEY + "'" + column.getKey() + "', COALESCE(" + column.getValue()
                        + ", :none), " + COST + " FROM sheet s" + where));
        selects.add("SELECT " + KEY + "'" + DEPARTMENT_DIVISION + "', " + departmentDivision() + ", " + COST
                + " FROM sheet s" + where);
        selects.add("SELECT " + KEY + "'" + COSTED + "', '', " + COST + " FROM sheet s" + where
                + " AND s.full_cost IS NOT NULL");
        selects.add("SELECT " + KEY + "'" + NAME + "', COALESCE(s.municipality_name, :none), " + COST + " FROM sheet s"
                + where);
        selects.add("SELECT " + KEY + "'sdg', CAST(g.goal AS VARCHAR(2)), " + COST
                + " FROM sheet s JOIN (SELECT sheet_id, goal FROM sheet_sdg" + derived + ") g ON g.sheet_id = s.id" + where);
        selects.add("SELECT " + KEY + "'strategicPlanCode', p.code, " + COST + " FROM sheet s JOIN (SELECT DISTINCT "
                + "sheet_id, code FROM sheet_strategic_plan" + derived + ") p ON p.sheet_id = s.id" + where);
        String indicators = " FROM sheet s JOIN (SELECT sheet_id, kind, achievement FROM sheet_indicator" + derived
                + ") i ON i.sheet_id = s.id" + where;
        selects.add("SELECT " + KEY + "'" + ACHIEVEMENT_KIND + "', COALESCE(i.kind, :none) || :sep || i.achievement, "
                + INDICATORS + indicators);
        selects.add("SELECT " + KEY + "'" + ACHIEVEMENT_DIVISION + "', " + departmentDivision()
                + " || :sep || i.achievement, " + INDICATORS + indicators);
        return "SELECT m, y, facet, facet_value, SUM(sheets) AS sheets, SUM(cost) AS cost, SUM(indicators) AS indicators "
                + "FROM (" + String.join(" UNION ALL ", selects) + ") t GROUP BY m, y, facet, facet_value";
    }

    private static String departmentDivision() {
        return "COALESCE(s.department, :none) || :sep || COALESCE(s.division, :none)";
    }
}
