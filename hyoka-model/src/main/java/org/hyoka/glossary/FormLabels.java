package org.hyoka.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hyoka.sheet.IndicatorKind;
import org.hyoka.sheet.NamedAssessment;
import org.hyoka.sheet.Score;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.SheetForm;

/**
 * What each form calls a field where its print differs from the glossary (the 対象・意図・結果 form's 意図 is
 * the つくば市 form's 目的): the sheet page, the editor and the exports of a sheet speak its own form's words.
 */
public final class FormLabels {

    private static final Map<SheetForm, Map<Field, String>> OWN_LABELS = Map.of(
            SheetForm.TAISHO_ITO_KEKKA, Map.ofEntries(
                    Map.entry(Field.PURPOSE, "意図"),
                    Map.entry(Field.TARGET_GROUP, "対象"),
                    Map.entry(Field.CATEGORY, "事務事業区分"),
                    Map.entry(Field.DIVISION, "部課名"),
                    Map.entry(Field.DIRECTION, "改革改善の方向性"),
                    Map.entry(Field.DIRECTION_DECISION, "改革改善の方向性"),
                    Map.entry(Field.ASSESSMENT_ITEMS, "評価観点"),
                    Map.entry(Field.INDICATORS, "成果の推移"),
                    Map.entry(Field.COSTS, "コストの推移"),
                    Map.entry(Field.PROJECT_COST, "事業費計（A）"),
                    Map.entry(Field.PERSONNEL_COST, "人件費計（B）"),
                    Map.entry(Field.TOTAL_COST, "トータルコスト（A）＋（B）"),
                    Map.entry(Field.INDICATOR_ACTUAL, "実績・計画")),
            SheetForm.SIMPLE_LIST, Map.of(),
            SheetForm.TSUKUBA, Map.of());

    private FormLabels() {
    }

    /** The label the sheet's own form prints for the field; the glossary's where the form has no word of its own. */
    public static String label(SheetForm form, Field field) {
        return OWN_LABELS.get(form).getOrDefault(field, field.label());
    }

    /** An indicator kind as the form prints it: 活動結果指標 on the つくば市 form, 活動指標 on the 対象・意図・結果 form. */
    public static String kind(SheetForm form, IndicatorKind kind) {
        return form == SheetForm.TAISHO_ITO_KEKKA && kind == IndicatorKind.ACTIVITY ? "活動指標" : kind.printed();
    }

    /**
     * The self-assessment as named items, whatever the form: the items the form named, else つくば市's four
     * scored items (市民ニーズ, 進捗状況, 市の関与, 優先度) that state anything.
     */
    public static List<NamedAssessment> assessmentItems(Sheet sheet) {
        if (!sheet.assessmentItems().isEmpty()) {
            return sheet.assessmentItems();
        }
        List<NamedAssessment> items = new ArrayList<>();
        scored(items, Field.CITIZEN_NEEDS, sheet.assessment().citizenNeeds());
        scored(items, Field.PROGRESS, sheet.assessment().progress());
        scored(items, Field.MUNICIPAL_INVOLVEMENT, sheet.assessment().municipalInvolvement());
        scored(items, Field.PRIORITY, sheet.assessment().priority());
        return List.copyOf(items);
    }

    private static void scored(List<NamedAssessment> items, Field field, Score score) {
        if (score.score() != null || score.comment() != null) {
            items.add(new NamedAssessment(field.label(), score.score(), null, score.comment()));
        }
    }
}
