package org.hyoka.glossary;

/**
 * Where a field repeats. A sheet-level field has one value a sheet; the others have one value a
 * 戦略プラン row, an indicator, an indicator × year, a cost year, a named assessment item or an extra text
 * of the form, and sit under an array path.
 */
public enum FieldGroup {
    SHEET("", "シート"),
    STRATEGIC_PLAN_ROW("strategicPlan[].", "戦略プランの行"),
    INDICATOR("indicators[].", "指標"),
    INDICATOR_YEAR("indicators[].values[].", "指標の年度"),
    COST_YEAR("costs[].", "コストの年度"),
    ASSESSMENT_ITEM("assessmentItems[].", "評価項目"),
    EXTRA_TEXT("extraTexts[].", "その他の記載事項");

    private final String pathPrefix;
    private final String label;

    FieldGroup(String pathPrefix, String label) {
        this.pathPrefix = pathPrefix;
        this.label = label;
    }

    /** The interchange path up to the field's own name, e.g. {@code costs[].}. */
    public String pathPrefix() {
        return pathPrefix;
    }

    public String label() {
        return label;
    }
}
