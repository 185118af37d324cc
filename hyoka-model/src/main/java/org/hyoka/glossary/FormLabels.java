package org.hyoka.glossary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hyoka.sheet.Indicator;
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

    /** What identifies a sheet and its rows, and what Hyoka itself adds (指標の方向): part of every form. */
    private static final List<Field> EVERY_FORM = List.of(Field.SCHEMA_VERSION, Field.FORM, Field.MUNICIPALITY,
            Field.FISCAL_YEAR, Field.TITLE, Field.INDICATOR_SLOT, Field.INDICATOR_YEAR, Field.INDICATOR_DIRECTION,
            Field.COST_YEAR);

    /**
     * The fields each form prints. A heading stands for everything under it. The つくば市 form prints all of
     * schema 1.0 and nothing of what 1.1 added; the 対象・意図・結果 form (大船渡市's table) has no 市民参加, no
     * four 1–5 scores, no 戦略プラン and SDGs, and prints its funding sources apart; the simple list is a few columns.
     */
    private static final Map<SheetForm, Set<Field>> PRINTED = Map.of(
            SheetForm.TSUKUBA, allBut(Field.PROJECT_ID, Field.ADDITIONAL_BUDGET_ACCOUNTS, Field.POLICY_HIERARCHY,
                    Field.OVERVIEW, Field.MEANS, Field.RESULT, Field.INDICATOR_SYMBOL, Field.NATIONAL_TREASURY,
                    Field.PREFECTURAL_DISBURSEMENT, Field.LOCAL_BONDS, Field.PROJECT_COST, Field.STAFF_COUNT,
                    Field.WORK_HOURS, Field.TOTAL_COST, Field.ASSESSMENT_ITEMS, Field.EXPECTED_EFFECT,
                    Field.IMPROVEMENT_ISSUES, Field.MANAGER_OPINION, Field.EXTRA_TEXTS),
            SheetForm.TAISHO_ITO_KEKKA, allBut(Field.SHEET_NUMBER, Field.BUDGET_ACCOUNT_NAME, Field.DEPARTMENT,
                    Field.CONTINUITY, Field.DELIVERY_MODEL, Field.INDIVIDUAL_PLANS, Field.STRATEGIC_PLAN,
                    Field.MAYOR_PLEDGES, Field.SDGS, Field.ACTIVITIES, Field.INDICATOR_DESCRIPTION,
                    Field.INDICATOR_TARGET, Field.BUDGET, Field.SETTLEMENT, Field.NATIONAL_PREFECTURAL_BONDS,
                    Field.STAFF_FTE, Field.STAFF_OVERTIME_HOURS, Field.FISCAL_YEAR_STAFF, Field.CITIZEN_PARTICIPATION,
                    Field.REVIEW, Field.ASSESSMENT, Field.ASSESSMENT_ITEM_SCORE, Field.CHALLENGES,
                    Field.IMPROVEMENT_GOAL, Field.DIRECTION_REASON),
            SheetForm.SIMPLE_LIST, only(Field.DIVISION, Field.INDICATOR_NAME, Field.INDICATOR_UNIT,
                    Field.INDICATOR_TARGET, Field.INDICATOR_ACTUAL, Field.BUDGET, Field.SETTLEMENT,
                    Field.DIRECTION_DECISION));

    /** How many indicators each form has room for: つくば市 指標1～5, 対象・意図・結果 ア–ウ, カ–ク, サ–ス. */
    private static final Map<SheetForm, Integer> INDICATOR_SLOTS = Map.of(SheetForm.TSUKUBA, Indicator.MAX_SLOTS,
            SheetForm.TAISHO_ITO_KEKKA, 9, SheetForm.SIMPLE_LIST, Indicator.MAX_SLOTS);

    private FormLabels() {
    }

    /**
     * Whether the form prints the field (or, for a heading such as 手段, anything under it). Where a sheet
     * states a value its form does not print (a sheet moved between forms), callers still show it: nothing is dropped.
     */
    public static boolean uses(SheetForm form, Field field) {
        Set<Field> printed = PRINTED.get(form);
        return printed.contains(field) || printed.stream().anyMatch(f -> under(f, field));
    }

    /** The sheet's title as its form prints it: 事務事業マネジメントシート (つくば市), 事務事業評価シート. */
    public static String title(SheetForm form) {
        return form == SheetForm.TSUKUBA ? "事務事業マネジメントシート" : "事務事業評価シート";
    }

    /** The indicator kinds the form prints, in its order. */
    public static List<IndicatorKind> kinds(SheetForm form) {
        return switch (form) {
            case TSUKUBA -> List.of(IndicatorKind.ACTIVITY, IndicatorKind.OUTCOME);
            case TAISHO_ITO_KEKKA -> List.of(IndicatorKind.ACTIVITY, IndicatorKind.TARGET, IndicatorKind.OUTCOME,
                    IndicatorKind.REFERENCE);
            case SIMPLE_LIST -> List.of(IndicatorKind.values());
        };
    }

    /** The number of indicators the form has room for (a sheet may hold more, up to {@link Indicator#MAX_INDICATORS}). */
    public static int indicatorSlots(SheetForm form) {
        return INDICATOR_SLOTS.get(form);
    }

    private static Set<Field> allBut(Field... left) {
        Set<Field> fields = EnumSet.allOf(Field.class);
        fields.removeIf(f -> Arrays.stream(left).anyMatch(l -> l == f || under(f, l)));
        return fields;
    }

    private static Set<Field> only(Field... printed) {
        Set<Field> fields = EnumSet.copyOf(EVERY_FORM);
        for (Field field : Field.values()) {
            if (Arrays.stream(printed).anyMatch(p -> p == field || under(field, p))
                    || EVERY_FORM.stream().anyMatch(p -> under(field, p))) {
                fields.add(field);
            }
        }
        return fields;
    }

    /** Whether {@code field} lies under the heading {@code heading} (costs.budget under costs). */
    private static boolean under(Field field, Field heading) {
        return field.path().startsWith(heading.path() + ".");
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
