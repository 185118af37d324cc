package org.hyoka.browse;

import java.util.Map;

import org.hyoka.arithmetic.Severity;
import org.hyoka.glossary.Field;
import org.hyoka.glossary.SdgGoals;
import org.hyoka.sheets.SheetSort;

/**
 * Words the pages need beyond the sheet's own labels (those come from {@link Field}): filter names,
 * sort orders, SDG goal names and how serious a finding is.
 */
public final class Labels {

    static final Map<String, String> FILTERS = orderedFilters();

    private Labels() {
    }

    private static Map<String, String> orderedFilters() {
        java.util.LinkedHashMap<String, String> filters = new java.util.LinkedHashMap<>();
        filters.put("municipalityCode", Field.MUNICIPALITY.label());
        filters.put("fiscalYear", Field.FISCAL_YEAR.label());
        filters.put("department", Field.DEPARTMENT.label());
        filters.put("division", Field.DIVISION.label());
        filters.put("direction", Field.DIRECTION.label());
        filters.put("sdg", Field.SDGS.label());
        filters.put("strategicPlanCode", Field.STRATEGIC_PLAN.label());
        filters.put("category", Field.CATEGORY.label());
        filters.put("continuity", Field.CONTINUITY.label());
        return java.util.Collections.unmodifiableMap(filters);
    }

    /** 9 産業と技術革新の基盤をつくろう. */
    public static String sdg(int goal) {
        return SdgGoals.name(goal).map(name -> goal + " " + name).orElse(Integer.toString(goal));
    }

    public static String sort(SheetSort sort) {
        return switch (sort) {
            case NUMBER -> "番号順";
            case TITLE -> Field.TITLE.label() + "順";
            case FULL_COST_DESC -> Field.FULL_COST.label() + "の多い順";
            case FULL_COST_ASC -> Field.FULL_COST.label() + "の少ない順";
        };
    }

    public static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "不整合";
            case WARNING -> "要確認";
            case INFO -> "参考";
        };
    }
}
