package org.hyoka.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.hyoka.sheets.SheetTally;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Every number of the dashboards, aggregated in the database: sums of the maintained {@code sheet_tally}
 * (a few rows per municipality and year, so the national view costs what a city's does), and for the
 * policies a GROUP BY over the published sheets of the scope and {@code sheet_policy}. No sheet document is
 * read. A plain class over a DataSource as well, so that the benchmark runs the same SQL.
 */
@Repository
public class DashboardRepository {

    private static final String COST = "COUNT(*) AS sheets, COALESCE(SUM(s.full_cost), 0) AS cost, 0 AS indicators";

    private final NamedParameterJdbcTemplate named;

    public DashboardRepository(NamedParameterJdbcTemplate named) {
        this.named = named;
    }

    public static DashboardRepository over(DataSource dataSource) {
        return new DashboardRepository(new NamedParameterJdbcTemplate(dataSource));
    }

    /** Keys: 部. */
    public List<Aggregate> costByDepartment(DashboardScope scope) {
        return TalliedAggregates.read(named, scope, "department", TalliedAggregates.BY_COST);
    }

    /** Keys: 部, 課. */
    public List<Aggregate> costByDivision(DashboardScope scope) {
        return TalliedAggregates.read(named, scope, SheetTally.DEPARTMENT_DIVISION, TalliedAggregates.BY_COST);
    }

    /** Keys: municipality code, fiscal year. */
    public List<Aggregate> costByMunicipalityAndYear(DashboardScope scope) {
        return TalliedAggregates.byMunicipality(named, scope, true);
    }

    /** Keys: municipality code. */
    public List<Aggregate> costByMunicipality(DashboardScope scope) {
        return TalliedAggregates.byMunicipality(named, scope, false);
    }

    /** Keys: 方向性. */
    public List<Aggregate> direction(DashboardScope scope) {
        return TalliedAggregates.read(named, scope, "direction", TalliedAggregates.BY_SHEETS);
    }

    /**
     * Keys: 部, 課, achievement code. Counts indicators only (the list behind a cell counts its sheets).
     */
    public List<Aggregate> achievementByDivision(DashboardScope scope) {
        return TalliedAggregates.read(named, scope, SheetTally.ACHIEVEMENT_DIVISION, TalliedAggregates.BY_KEYS);
    }

    /** Keys: indicator kind name, achievement code. */
    public List<Aggregate> achievementByKind(DashboardScope scope) {
        return TalliedAggregates.read(named, scope, SheetTally.ACHIEVEMENT_KIND, TalliedAggregates.BY_KEYS);
    }

    /** Keys: SDG goal. A sheet counts once under each of its goals. */
    public List<Aggregate> sdgs(DashboardScope scope) {
        return TalliedAggregates.read(named, scope, "sdg", TalliedAggregates.BY_NUMBER);
    }

    /** Keys: 戦略プラン code; a code printed twice on one sheet counts that sheet once. */
    public List<Aggregate> strategicPlans(DashboardScope scope) {
        return TalliedAggregates.read(named, scope, "strategicPlanCode", TalliedAggregates.BY_KEYS);
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
        return named.queryForList("SELECT municipality_code FROM sheet_tally WHERE facet = '" + SheetTally.SHEETS
                + "' AND municipality_code <> '' GROUP BY municipality_code HAVING SUM(sheets) > 0"
                + " ORDER BY municipality_code", Map.of(), String.class);
    }

    /** The fiscal years with a published sheet, of one municipality or of all, latest first. */
    public List<Integer> years(DashboardScope scope) {
        DashboardScope years = scope.allYears();
        return named.queryForList("SELECT fiscal_year FROM sheet_tally WHERE facet = '" + SheetTally.SHEETS + "'"
                + TalliedAggregates.where(years) + " GROUP BY fiscal_year HAVING SUM(sheets) > 0"
                + " ORDER BY fiscal_year DESC", parameters(years), Integer.class);
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

    static Map<String, Object> parameters(DashboardScope scope) {
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
