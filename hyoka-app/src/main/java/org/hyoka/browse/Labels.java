package org.hyoka.browse;

import java.util.Map;

import org.hyoka.arithmetic.Severity;
import org.hyoka.glossary.Field;
import org.hyoka.glossary.SdgGoals;
import org.hyoka.sheet.IndicatorKind;
import org.hyoka.sheet.SheetForm;
import org.hyoka.sheets.SheetSort;
import org.jspecify.annotations.Nullable;

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
        filters.put("form", Field.FORM.label());
        filters.put("achievement", "指標の達成状況");
        filters.put("indicatorKind", "指標の種類");
        filters.put("policy", "政策・施策・基本事業の番号");
        return java.util.Collections.unmodifiableMap(filters);
    }

    /** 9 産業と技術革新の基盤をつくろう. */
    public static String sdg(int goal) {
        return SdgGoals.name(goal).map(name -> goal + " " + name).orElse(Integer.toString(goal));
    }

    /** 事務事業評価シート（対象・意図・結果様式） for the code {@code taisho-ito-kekka}; an unknown code as it is. */
    public static String form(@Nullable String code) {
        return code == null ? Format.MISSING : SheetForm.fromCode(code).map(SheetForm::label).orElse(code);
    }

    /** The form's short name for a list cell: つくば市様式, 対象・意図・結果様式, 事務事業一覧. */
    public static String formShort(@Nullable String code) {
        String label = form(code);
        int open = label.indexOf('（');
        return open < 0 ? label : label.substring(open + 1, label.length() - 1);
    }

    public static String sort(SheetSort sort) {
        return switch (sort) {
            case NUMBER -> "番号順";
            case TITLE -> Field.TITLE.label() + "順";
            case FULL_COST_DESC -> Field.FULL_COST.label() + "の多い順";
            case FULL_COST_ASC -> Field.FULL_COST.label() + "の少ない順";
        };
    }

    /** The kind named {@code OUTCOME}, or nothing for a name that is not one. */
    public static java.util.Optional<IndicatorKind> indicatorKind(String name) {
        return java.util.Arrays.stream(IndicatorKind.values()).filter(k -> k.name().equals(name)).findFirst();
    }

    public static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "不整合";
            case WARNING -> "要確認";
            case INFO -> "参考";
        };
    }
}
