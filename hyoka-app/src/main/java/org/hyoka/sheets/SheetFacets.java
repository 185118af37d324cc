package org.hyoka.sheets;

import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Counts of sheets per filter value, one GROUP BY per filter, each under the query's other filters. */
final class SheetFacets {

    private final NamedParameterJdbcTemplate named;

    SheetFacets(NamedParameterJdbcTemplate named) {
        this.named = named;
    }

    FacetCounts count(SheetQuery query) {
        Map<String, Map<String, Long>> byFilter = new LinkedHashMap<>();
        for (String name : SheetFilter.NAMES) {
            byFilter.put(name, values(name, SheetFilter.of(query, name)));
        }
        return new FacetCounts(byFilter);
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
