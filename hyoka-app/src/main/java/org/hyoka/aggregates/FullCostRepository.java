package org.hyoka.aggregates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Total full cost and sheet count by municipality and fiscal year, one GROUP BY over published rows of
 * {@code sheet} (the index sheet_dashboard leads on status, municipality, year): no document is read. A plain
 * class over a DataSource as well, so that the benchmark runs this very SQL. Written against {@code sheet}
 * so that a maintained summary table can take its place behind the same method.
 */
@Repository
public class FullCostRepository {

    /** The query; the filters are appended where asked for, as fixed fragments with named parameters. */
    public static final String SQL = "SELECT s.municipality_code, MIN(s.municipality_name) AS municipality_name,"
            + " s.fiscal_year, COUNT(*) AS sheets, COUNT(s.full_cost) AS sheets_with_cost,"
            + " COALESCE(SUM(s.full_cost), 0) AS full_cost"
            + " FROM sheet s WHERE s.status = 'published' AND s.municipality_code IS NOT NULL"
            + " AND s.fiscal_year IS NOT NULL";
    private static final String GROUP = " GROUP BY s.municipality_code, s.fiscal_year"
            + " ORDER BY s.municipality_code, s.fiscal_year";

    private final NamedParameterJdbcTemplate named;

    public FullCostRepository(NamedParameterJdbcTemplate named) {
        this.named = named;
    }

    public static FullCostRepository over(DataSource dataSource) {
        return new FullCostRepository(new NamedParameterJdbcTemplate(dataSource));
    }

    /** Every municipality × year with a published sheet, or those of one municipality and/or one year. */
    public List<FullCost> byMunicipalityAndYear(Optional<String> municipalityCode, Optional<Integer> fiscalYear) {
        StringBuilder sql = new StringBuilder(SQL);
        Map<String, Object> parameters = new LinkedHashMap<>();
        municipalityCode.ifPresent(code -> {
            sql.append(" AND s.municipality_code = :municipalityCode");
            parameters.put("municipalityCode", code);
        });
        fiscalYear.ifPresent(year -> {
            sql.append(" AND s.fiscal_year = :fiscalYear");
            parameters.put("fiscalYear", year);
        });
        sql.append(GROUP);
        return named.query(sql.toString(), parameters, (row, n) -> {
            String code = row.getString("municipality_code");
            String name = row.getString("municipality_name");
            return new FullCost(code, name == null ? code : name, row.getInt("fiscal_year"), row.getLong("sheets"),
                    row.getLong("sheets_with_cost"), row.getLong("full_cost"));
        });
    }
}
