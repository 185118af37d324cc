package org.hyoka.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Every number of the dashboards, each a GROUP BY over published sheets and their derived tables: no sheet
 * document is read. A plain class over a DataSource as well, so that the benchmark runs the same SQL.
 */
@Repository
public class DashboardRepository {

    private static final String COST = "COUNT(*) AS sheets, COALESCE(SUM(s.full_cost), 0) AS cost, 0 AS indicators";
    private static final String INDICATORS = "0 AS sheets, 0 AS cost, COUNT(*) AS indicators";

    private final NamedParameterJdbcTemplate named;

    public DashboardRepository(NamedParameterJdbcTemplate named) {
        this.named = named;
    }

    public static DashboardRepository over(DataSource dataSource) {
        return new DashboardRepository(new NamedParameterJdbcTemplate(dataSource));
    }

    /** Keys: 部. */
    public List<Aggregate> costByDepartment(DashboardScope scope) {
        return grouped(scope, COST, "sheet s", "s.department", "cost DESC, s.department");
    }

    /** Keys: 部, 課. */
    public List<Aggregate> costByDivision(DashboardScope scope) {
        return grouped(scope, COST, "sheet s", "s.department, s.division", "cost DESC, s.department, s.division");
    }

    /** Keys: municipality code, fiscal year. */
    public List<Aggregate> costByMunicipalityAndYear(DashboardScope scope) {
        return grouped(scope, COST, "sheet s", "s.municipality_code, s.fiscal_year",
                "s.municipality_code, s.fiscal_year");
    }

    /** Keys: municipality code. */
    public List<Aggregate> costByMunicipality(DashboardScope scope) {
        return grouped(scope, COST, "sheet s", "s.municipality_code", "s.municipality_code");
    }

    /** Keys: 方向性. */
    public List<Aggregate> direction(DashboardScope scope) {
        return grouped(scope, COST, "sheet s", "s.direction", "sheets DESC, s.direction");
    }

    /**
     * Keys: 部, 課, achievement code. Counts indicators only: the sheets having them would be a COUNT(DISTINCT),
     * which sorts every indicator row (seconds at 100,000 sheets); the list behind a cell counts its sheets.
     */
    public List<Aggregate> achievementByDivision(DashboardScope scope) {
        return grouped(scope, INDICATORS, "sheet s JOIN sheet_indicator i ON i.sheet_id = s.id",
                "s.department, s.division, i.achievement", "s.department, s.division, i.achievement");
    }

    /** Keys: indicator kind name, achievement code. */
    public List<Aggregate> achievementByKind(DashboardScope scope) {
        return grouped(scope, INDICATORS, "sheet s JOIN sheet_indicator i ON i.sheet_id = s.id",
                "i.kind, i.achievement", "i.kind, i.achievement");
    }

    /** Keys: SDG goal. A sheet counts once under each of its goals. */
    public List<Aggregate> sdgs(DashboardScope scope) {
        return grouped(scope, COST, "sheet s JOIN sheet_sdg g ON g.sheet_id = s.id", "g.goal", "g.goal");
    }

    /** Keys: 戦略プラン code; a code printed twice on one sheet counts that sheet once. */
    public List<Aggregate> strategicPlans(DashboardScope scope) {
        return grouped(scope, COST,
                "sheet s JOIN (SELECT DISTINCT sheet_id, code FROM sheet_strategic_plan) p ON p.sheet_id = s.id",
                "p.code", "p.code");
    }

    /** Keys: tier, number, a name printed for it (the first in sort order, should sheets differ). */
    public List<Aggregate> policies(DashboardScope scope) {
        String sql = "SELECT y.tier, y.number, MIN(y.name) AS name, " + COST
                + " FROM sheet s JOIN sheet_policy y ON y.sheet_id = s.id WHERE " + where(scope)
                + " GROUP BY y.tier, y.number ORDER BY CASE y.tier WHEN 'policy' THEN 1 WHEN 'measure' THEN 2"
                + " ELSE 3 END, y.number";
        return named.query(sql, parameters(scope), (row, n) -> aggregate(row, 3));
    }

    /** The municipalities with a published sheet, for the page's choice. */
    public List<String> municipalities() {
        return named.queryForList("SELECT DISTINCT s.municipality_code FROM sheet s WHERE s.status = 'published'"
                + " AND s.municipality_code IS NOT NULL ORDER BY s.municipality_code", Map.of(), String.class);
    }

    /** The fiscal years with a published sheet, of one municipality or of all, latest first. */
    public List<Integer> years(DashboardScope scope) {
        return named.queryForList("SELECT DISTINCT s.fiscal_year FROM sheet s WHERE " + where(scope.allYears())
                + " AND s.fiscal_year IS NOT NULL ORDER BY s.fiscal_year DESC", parameters(scope.allYears()),
                Integer.class);
    }

    private List<Aggregate> grouped(DashboardScope scope, String measures, String from, String groupBy,
            String orderBy) {
        int keys = groupBy.split(",").length;
        String sql = "SELECT " + groupBy + ", " + measures + " FROM " + from + " WHERE " + where(scope)
                + " GROUP BY " + groupBy + " ORDER BY " + orderBy;
        return named.query(sql, parameters(scope), (row, n) -> aggregate(row, keys));
    }

    private static Aggregate aggregate(ResultSet row, int keys) throws SQLException {
        List<@Nullable String> values = new ArrayList<>();
        for (int i = 1; i <= keys; i++) {
            values.add(row.getString(i));
        }
        return new Aggregate(values, row.getLong("sheets"), row.getLong("cost"), row.getLong("indicators"));
    }

    /** Fixed fragments with named parameters; published sheets only, as on every public page. */
    private static String where(DashboardScope scope) {
        StringBuilder where = new StringBuilder("s.status = 'published'");
        if (scope.municipalityCode() != null) {
            where.append(" AND s.municipality_code = :municipalityCode");
        }
        if (scope.fiscalYear() != null) {
            where.append(" AND s.fiscal_year = :fiscalYear");
        }
        return where.toString();
    }

    private static Map<String, Object> parameters(DashboardScope scope) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (scope.municipalityCode() != null) {
            parameters.put("municipalityCode", scope.municipalityCode());
        }
        if (scope.fiscalYear() != null) {
            parameters.put("fiscalYear", scope.fiscalYear());
        }
        return parameters;
    }
}
