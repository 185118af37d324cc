package org.hyoka.browse;

import java.util.List;
import java.util.Map;

import org.hyoka.arithmetic.Severity;
import org.hyoka.glossary.Field;
import org.hyoka.sheets.SheetSort;

/**
 * Words the pages need beyond the sheet's own labels (those come from {@link Field}): filter names,
 * sort orders, SDG goal names and how serious a finding is.
 */
public final class Labels {

    /** The SDGs' seventeen goals as the Japanese government's SDGs site names them. */
    private static final List<String> SDG_GOALS = List.of(
            "貧困をなくそう", "飢餓をゼロに", "すべての人に健康と福祉を", "質の高い教育をみんなに",
            "ジェンダー平等を実現しよう", "安全な水とトイレを世界中に", "エネルギーをみんなに そしてクリーンに",
            "働きがいも経済成長も", "産業と技術革新の基盤をつくろう", "人や国の不平等をなくそう",
            "住み続けられるまちづくりを", "つくる責任 つかう責任", "気候変動に具体的な対策を",
            "海の豊かさを守ろう", "陸の豊かさも守ろう", "平和と公正をすべての人に",
            "パートナーシップで目標を達成しよう");

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
        return goal >= 1 && goal <= SDG_GOALS.size() ? goal + " " + SDG_GOALS.get(goal - 1) : Integer.toString(goal);
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
