package org.hyoka.sheets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The WHERE clause of a query over table {@code sheet s}: fixed SQL fragments with named parameters,
 * never values spliced into SQL. One filter can be left out, which is how facet counts show the
 * alternatives to a value already chosen.
 */
record SheetFilter(String where, Map<String, Object> parameters) {

    /** Filter names, as facets and query parameters call them. */
    static final List<String> NAMES = List.of("municipalityCode", "fiscalYear", "department", "division",
            "direction", "sdg", "strategicPlanCode", "category", "continuity", "form");

    static SheetFilter of(SheetQuery query) {
        return of(query, "");
    }

    static SheetFilter of(SheetQuery query, String leftOut) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        // until the workflow of issue 5 exists every sheet is published; public lists show only those
        conditions.add("s.status = 'published'");
        add(conditions, parameters, leftOut, "municipalityCode", "s.municipality_code = :municipalityCode",
                query.municipalityCode());
        add(conditions, parameters, leftOut, "fiscalYear", "s.fiscal_year = :fiscalYear", query.fiscalYear());
        add(conditions, parameters, leftOut, "department", "s.department = :department", query.department());
        add(conditions, parameters, leftOut, "division", "s.division = :division", query.division());
        add(conditions, parameters, leftOut, "direction", "s.direction = :direction", query.direction());
        add(conditions, parameters, leftOut, "sdg",
                "EXISTS (SELECT 1 FROM sheet_sdg g WHERE g.sheet_id = s.id AND g.goal = :sdg)", query.sdg());
        add(conditions, parameters, leftOut, "strategicPlanCode",
                "EXISTS (SELECT 1 FROM sheet_strategic_plan p WHERE p.sheet_id = s.id AND p.code = :strategicPlanCode)",
                query.strategicPlanCode());
        add(conditions, parameters, leftOut, "category", "s.category = :category", query.category());
        add(conditions, parameters, leftOut, "continuity", "s.continuity = :continuity", query.continuity());
        add(conditions, parameters, leftOut, "form", "s.form = :form", query.form());
        indicators(conditions, parameters, query);
        add(conditions, parameters, leftOut, "policy",
                "EXISTS (SELECT 1 FROM sheet_policy y WHERE y.sheet_id = s.id AND y.number = :policy)", query.policy());
        return new SheetFilter(String.join(" AND ", conditions), parameters);
    }

    /** One EXISTS for class and kind together: both must hold for the same indicator. */
    private static void indicators(List<String> conditions, Map<String, Object> parameters, SheetQuery query) {
        if (query.achievement() == null && query.indicatorKind() == null) {
            return;
        }
        StringBuilder condition = new StringBuilder("EXISTS (SELECT 1 FROM sheet_indicator i WHERE i.sheet_id = s.id");
        if (query.achievement() != null) {
            condition.append(" AND i.achievement = :achievement");
            parameters.put("achievement", query.achievement());
        }
        if (query.indicatorKind() != null) {
            condition.append(" AND i.kind = :indicatorKind");
            parameters.put("indicatorKind", query.indicatorKind());
        }
        conditions.add(condition.append(')').toString());
    }

    private static void add(List<String> conditions, Map<String, Object> parameters, String leftOut, String name,
            String condition, @Nullable Object value) {
        if (value != null && !name.equals(leftOut)) {
            conditions.add(condition);
            parameters.put(name, value);
        }
    }

    static String orderBy(SheetSort sort) {
        return switch (sort) {
            case NUMBER -> "s.municipality_code NULLS LAST, s.fiscal_year DESC, s.sheet_number NULLS LAST, s.id";
            case TITLE -> "s.title, s.id";
            case FULL_COST_DESC -> "s.full_cost DESC NULLS LAST, s.id";
            case FULL_COST_ASC -> "s.full_cost ASC NULLS LAST, s.id";
        };
    }
}
