package org.hyoka.sheets;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A sheet's municipality becomes a tenant when its first sheet is stored: it then has settings, and
 * accounts can be made for it. Sheets without a code belong to no tenant. Its organization starts from
 * its sheets: each 部/課/係 a stored sheet names is added to the city's organization if absent (the office
 * edits it further; a unit it removed comes back with the next sheet of it).
 */
final class Tenants {

    private Tenants() {
    }

    /** What a stored sheet says of its tenant. */
    record Unit(@Nullable String code, @Nullable String name, @Nullable String department, @Nullable String division,
            @Nullable String section) {

        static Unit of(SheetColumns c) {
            return new Unit(c.municipalityCode(), c.municipalityName(), c.department(), c.division(), c.section());
        }
    }

    /** In the caller's transaction; one JDBC batch per table, so that an import of a whole country stays quick. */
    static void register(JdbcTemplate jdbc, List<Unit> units, Instant at) {
        Map<String, String> names = new TreeMap<>();
        Set<List<String>> organization = new LinkedHashSet<>();
        for (Unit unit : units) {
            if (unit.code() != null) {
                names.putIfAbsent(unit.code(), unit.name() == null ? unit.code() : unit.name());
                if (unit.department() != null && !unit.department().isBlank() && unit.division() != null
                        && !unit.division().isBlank()) {
                    organization.add(List.of(unit.code(), unit.department().strip(), unit.division().strip(),
                            unit.section() == null ? "" : unit.section().strip()));
                }
            }
        }
        List<Object[]> cities = new ArrayList<>();
        names.forEach((code, name) -> cities.add(new Object[] {code, name, at.atOffset(ZoneOffset.UTC), code}));
        if (!cities.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO municipality (code, name, created_at) "
                    + "SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM municipality WHERE code = ?)", cities);
        }
        List<Object[]> rows = new ArrayList<>();
        organization.forEach(u -> rows.add(new Object[] {u.get(0), u.get(1), u.get(2), u.get(3),
            u.get(0), u.get(1), u.get(2), u.get(3)}));
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO municipality_org_unit (municipality_code, department, division, section) "
                    + "SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM municipality_org_unit "
                    + "WHERE municipality_code = ? AND department = ? AND division = ? AND section = ?)", rows);
        }
    }
}
