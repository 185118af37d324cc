package org.hyoka.sheets;

import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Counts of sheets per filter value, each under the query's other filters. Where those are at most a
 * municipality and a year, the counts are sums of {@code sheet_tally} rows (a few per value, whatever the
 * corpus' size); a narrower query counts its own rows, one GROUP BY per filter over the indexed columns.
 */
final class SheetFacets {

    private final NamedParameterJdbcTemplate named;

    SheetFacets(NamedParameterJdbcTemplate named) {
        this.named = named;
    }

    FacetCounts count(SheetQuery query) {
        Map<String, Map<String, Long>> byFilter = new LinkedHashMap<>();
        boolean tallied = tallied(query);
        for (String name : SheetFilter.NAMES) {
            byFilter.put(name, tallied ? tallied(name, query) : values(name, SheetFilter.of(query, name)));
        }
        return new FacetCounts(byFilter);
    }

    /** The counts by GROUP BY over the sheets, whatever the query: what the tally must equal. */
    FacetCounts grouped(SheetQuery query) {
        Map<String, Map<String, Long>> byFilter = new LinkedHashMap<>();
        for (String name : SheetFilter.NAMES) {
            byFilter.put(name, values(name, SheetFilter.of(query, name)));
        }
        return new FacetCounts(byFilter);
    }

    /** Whether the counts of this query are in {@code sheet_tally}: it filters by municipality and year only. */
    static boolean tallied(SheetQuery query) {
        return query.department() == null && query.division() == null && query.direction() == null
                && query.sdg() == null && query.strategicPlanCode() == null && query.category() == null
                && query.continuity() == null && query.form() == null && query.achievement() == null
                && query.indicatorKind() == null && query.policy() == null;
    }

    private Map<String, Long> tallied(String name, SheetQuery query) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder();
        String value = switch (name) {
            case "municipalityCode" -> "municipality_code";
            case "fiscalYear" -> "fiscal_year";
            default -> "facet_value";
        };
        parameters.put("facet", value.equals("facet_value") ? name : SheetTally.SHEETS);
        if (query.municipalityCode() != null && !name.equals("municipalityCode")) {
            where.append(" AND municipality_code = :municipalityCode");
            parameters.put("municipalityCode", query.municipalityCode());
        }
        if (query.fiscalYear() != null && !name.equals("fiscalYear")) {
            where.append(" AND fiscal_year = :fiscalYear");
            parameters.put("fiscalYear", query.fiscalYear());
        }
        // a sheet without the field (or without a municipality code) has no value to count under
        String blank = value.equals("municipality_code") ? " AND municipality_code <> ''"
                : value.equals("facet_value") ? " AND facet_value <> :none" : "";
        parameters.put("none", SheetTally.NONE);
        String sql = "SELECT " + value + " AS v, SUM(sheets) AS n FROM sheet_tally WHERE facet = :facet" + where + blank
                + " GROUP BY " + value + " HAVING SUM(sheets) > 0 ORDER BY " + value;
        Map<String, Long> counts = new LinkedHashMap<>();
        named.query(sql, parameters, (ResultSet row) -> {
            counts.put(row.getString("v"), row.getLong("n"));
        });
        if (name.equals("sdg")) { // goals are numbers: 2 before 10, as the GROUP BY over sheet_sdg orders them
            Map<String, Long> numeric = new LinkedHashMap<>();
            counts.entrySet().stream().sorted(java.util.Comparator.comparingInt(e -> Integer.parseInt(e.getKey())))
                    .forEach(e -> numeric.put(e.getKey(), e.getValue()));
            return numeric;
        }
        return counts;
    }

    private Map<String, Long> values(String name, SheetFilter filter) {
        String sql = switch (name) {
            case "sdg" -> "SELECT g.goal AS v, COUNT(*) AS n FROM sheet s JOIN sheet_sdg g ON g.sheet_id = s.id"
                    + " WHERE " + filter.where() + " GROUP BY g.goal ORDER BY g.goal";
            case "strategicPlanCode" -> "SELECT p.code AS v, COUNT(DISTINCT s.id) AS n FROM sheet s"
                    + " JOIN sheet_strategic_plan p ON p.sheet_id = s.id WHERE " + filter.where()
                    + " GROUP BY p.code ORDER BY p.code";
            default -> {
                String column = column(name);
                yield "SELECT " + column + " AS v, COUNT(*) AS n FROM sheet s WHERE " + filter.where() + " AND "
                        + column + " IS NOT NULL GROUP BY " + column + " ORDER BY " + column;
            }
        };
        Map<String, Long> counts = new LinkedHashMap<>();
        named.query(sql, filter.parameters(), (ResultSet row) -> {
            counts.put(row.getString("v"), row.getLong("n"));
        });
        return counts;
    }

    /** Column names come from this fixed table, never from input. */
    private static String column(String name) {
        return switch (name) {
            case "municipalityCode" -> "s.municipality_code";
            case "fiscalYear" -> "s.fiscal_year";
            case "department" -> "s.department";
            case "division" -> "s.division";
            case "direction" -> "s.direction";
            case "category" -> "s.category";
            case "continuity" -> "s.continuity";
            case "form" -> "s.form";
            default -> throw new IllegalArgumentException("no facet named " + name);
        };
    }
}
