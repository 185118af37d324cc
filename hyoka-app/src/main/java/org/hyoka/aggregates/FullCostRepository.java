package org.hyoka.aggregates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.hyoka.sheets.SheetTally;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Total full cost and sheet count by municipality and fiscal year, read from the maintained sums of
 * {@code sheet_tally} (a few rows per municipality and year, kept in the transaction of every publication):
 * the sheets, those with a full cost, their cost, and the name the sheets print. At a million sheets this
 * is a read of about 16,000 rows where a GROUP BY over {@code sheet} took 320 ms (BENCHMARKS.md). A plain
 * class over a DataSource as well, so that the benchmark runs this very SQL.
 */
@Repository
public class FullCostRepository {

    private static final String SHEETS = "CASE WHEN facet = '" + SheetTally.SHEETS + "' THEN sheets ELSE 0 END";

    /** The query; the filters are appended where asked for, as fixed fragments with named parameters. */
    public static final String SQL = "SELECT municipality_code, fiscal_year, SUM(" + SHEETS + ") AS sheets,"
            + " SUM(CASE WHEN facet = '" + SheetTally.COSTED + "' THEN sheets ELSE 0 END) AS sheets_with_cost,"
            + " SUM(CASE WHEN facet = '" + SheetTally.SHEETS + "' THEN cost ELSE 0 END) AS full_cost,"
            + " MIN(CASE WHEN facet = '" + SheetTally.NAME + "' AND sheets > 0 AND facet_value <> '" + SheetTally.NONE
            + "' THEN facet_value END) AS municipality_name"
            + " FROM sheet_tally WHERE facet IN ('" + SheetTally.SHEETS + "', '" + SheetTally.COSTED + "', '"
            + SheetTally.NAME + "') AND municipality_code <> ''";
    public static final String GROUP = " GROUP BY municipality_code, fiscal_year HAVING SUM(" + SHEETS + ") > 0"
            + " ORDER BY municipality_code, fiscal_year";

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
            sql.append(" AND municipality_code = :municipalityCode");
            parameters.put("municipalityCode", code);
        });
        fiscalYear.ifPresent(year -> {
            sql.append(" AND fiscal_year = :fiscalYear");
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
