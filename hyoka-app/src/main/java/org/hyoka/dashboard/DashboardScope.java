package org.hyoka.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a dashboard covers: a municipality's year, all years of a municipality, the municipalities of a
 * year, or everything. Parameter names are the list's ({@code /sheets?municipalityCode=…&fiscalYear=…}).
 */
public record DashboardScope(@Nullable String municipalityCode, @Nullable Integer fiscalYear) {

    public static final DashboardScope ALL = new DashboardScope(null, null);

    /** The same municipality across all its years: what a trend covers. */
    DashboardScope allYears() {
        return new DashboardScope(municipalityCode, null);
    }

    /** The list's parameters for this scope, in the list's order. */
    Map<String, String> listParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        if (municipalityCode != null) {
            values.put("municipalityCode", municipalityCode);
        }
        if (fiscalYear != null) {
            values.put("fiscalYear", fiscalYear.toString());
        }
        return values;
    }
}
