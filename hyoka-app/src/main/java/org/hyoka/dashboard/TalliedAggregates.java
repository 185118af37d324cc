package org.hyoka.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.hyoka.sheets.SheetTally;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Dashboard aggregates read from {@code sheet_tally}: one facet's rows of the scope summed per value in SQL,
 * the value's parts (joined by {@link SheetTally#SEPARATOR}) split here and ordered as the page shows them.
 * A group whose sheets were all withdrawn keeps a row of zeros in the table and is left out.
 */
final class TalliedAggregates {

    /** Blank keys last, as the database orders NULLs; otherwise as the database orders text here. */
    private static final Comparator<@Nullable String> KEY = Comparator.nullsLast(Comparator.naturalOrder());
    static final Comparator<Aggregate> BY_KEYS = (a, b) -> {
        for (int i = 0; i < a.keys().size(); i++) {
            int order = KEY.compare(a.key(i), b.key(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    };
    static final Comparator<Aggregate> BY_COST = Comparator.comparingLong(Aggregate::cost).reversed().thenComparing(BY_KEYS);
    static final Comparator<Aggregate> BY_SHEETS = Comparator.comparingLong(Aggregate::sheets).reversed()
            .thenComparing(BY_KEYS);
    static final Comparator<Aggregate> BY_NUMBER = Comparator.comparingInt(a -> Integer.parseInt(a.key(0)));

    private TalliedAggregates() {
    }

    static List<Aggregate> read(NamedParameterJdbcTemplate named, DashboardScope scope, String facet,
            Comparator<Aggregate> order) {
        Map<String, Object> parameters = DashboardRepository.parameters(scope);
        parameters.put("facet", facet);
        List<Aggregate> groups = new ArrayList<>(named.query("SELECT facet_value, SUM(sheets) AS sheets, "
                + "SUM(cost) AS cost, SUM(indicators) AS indicators FROM sheet_tally WHERE facet = :facet"
                + where(scope) + " GROUP BY facet_value HAVING SUM(sheets) > 0 OR SUM(indicators) > 0", parameters,
                (row, n) -> new Aggregate(keys(row.getString("facet_value")), row.getLong("sheets"),
                        row.getLong("cost"), row.getLong("indicators"))));
        groups.sort(order);
        return groups;
    }

    /** Keys: municipality code (null for sheets without one), and the fiscal year if {@code withYear}. */
    static List<Aggregate> byMunicipality(NamedParameterJdbcTemplate named, DashboardScope scope, boolean withYear) {
        String keys = withYear ? "municipality_code, fiscal_year" : "municipality_code";
        Map<String, Object> parameters = DashboardRepository.parameters(scope);
        return named.query("SELECT " + keys + ", SUM(sheets) AS sheets, SUM(cost) AS cost FROM sheet_tally "
                + "WHERE facet = '" + SheetTally.SHEETS + "'" + where(scope) + " GROUP BY " + keys
                + " HAVING SUM(sheets) > 0 ORDER BY " + keys, parameters, (row, n) -> {
                    List<@Nullable String> values = new ArrayList<>();
                    String code = row.getString("municipality_code");
                    values.add(code.isEmpty() ? null : code);
                    if (withYear) {
                        values.add(row.getString("fiscal_year"));
                    }
                    return new Aggregate(values, row.getLong("sheets"), row.getLong("cost"), 0);
                });
    }

    /** The scope's conditions on the table, with the parameter names of {@link DashboardRepository#parameters}. */
    static String where(DashboardScope scope) {
        return (scope.municipalityCode() == null ? "" : " AND municipality_code = :municipalityCode")
                + (scope.fiscalYear() == null ? "" : " AND fiscal_year = :fiscalYear");
    }

    private static List<@Nullable String> keys(String value) {
        return Arrays.stream(value.split(SheetTally.SEPARATOR, -1))
                .map(part -> part.equals(SheetTally.NONE) ? null : part).toList();
    }
}
