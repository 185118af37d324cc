package org.hyoka.sheets;

import java.util.Map;

/**
 * For each filter name (fiscalYear, department, division, direction, sdg, strategicPlanCode, category,
 * continuity) the values present under the current query, each with its number of sheets.
 */
public record FacetCounts(Map<String, Map<String, Long>> byFilter) {

    public FacetCounts {
        byFilter = Map.copyOf(byFilter);
    }
}
