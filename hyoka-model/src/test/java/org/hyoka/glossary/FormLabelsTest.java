package org.hyoka.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.hyoka.sheet.IndicatorKind;
import org.hyoka.sheet.SheetForm;
import org.junit.jupiter.api.Test;

class FormLabelsTest {

    @Test
    void theTsukubaFormPrintsEverythingOfSchema10AndNothingThatSchema11Added() {
        for (FieldDescriptor<?> field : SheetFields.ALL) {
            boolean newIn11 = Arrays.asList(Field.PROJECT_ID, Field.ADDITIONAL_BUDGET_ACCOUNTS, Field.OVERVIEW,
                    Field.MEANS_PREVIOUS_YEAR, Field.MEANS_CURRENT_YEAR, Field.RESULT, Field.INDICATOR_SYMBOL,
                    Field.NATIONAL_TREASURY, Field.PREFECTURAL_DISBURSEMENT, Field.LOCAL_BONDS, Field.PROJECT_COST,
                    Field.STAFF_COUNT, Field.WORK_HOURS, Field.TOTAL_COST, Field.EXPECTED_OUTCOME, Field.EXPECTED_COST,
                    Field.IMPROVEMENT_ISSUES, Field.MANAGER_DIRECTION, Field.MANAGER_SUMMARY).contains(field.field())
                    || field.path().startsWith("policyHierarchy.") || field.group() == FieldGroup.ASSESSMENT_ITEM
                    || field.group() == FieldGroup.EXTRA_TEXT;
            assertThat(FormLabels.uses(SheetForm.TSUKUBA, field.field())).as(field.path()).isEqualTo(!newIn11);
        }
        assertThat(FormLabels.uses(SheetForm.TSUKUBA, Field.MEANS)).isFalse();
        assertThat(FormLabels.uses(SheetForm.TSUKUBA, Field.CITIZEN_PARTICIPATION)).isTrue();
    }

    @Test
    void theTaishoFormHasItsMeansTargetIntentAndResultAndNotTheTsukubaFormsParticipationOrScores() {
        SheetForm form = SheetForm.TAISHO_ITO_KEKKA;
        assertThat(FormLabels.uses(form, Field.MEANS_PREVIOUS_YEAR)).isTrue();
        assertThat(FormLabels.uses(form, Field.MEANS)).isTrue();
        assertThat(FormLabels.uses(form, Field.PURPOSE)).isTrue();
        assertThat(FormLabels.uses(form, Field.ASSESSMENT_ITEM_VERDICT)).isTrue();
        assertThat(FormLabels.uses(form, Field.WORK_HOURS)).isTrue();
        assertThat(FormLabels.uses(form, Field.PARTICIPATION_SHARING)).isFalse();
        assertThat(FormLabels.uses(form, Field.CITIZEN_PARTICIPATION)).isFalse();
        assertThat(FormLabels.uses(form, Field.CITIZEN_NEEDS_SCORE)).isFalse();
        assertThat(FormLabels.uses(form, Field.PRIORITY_COMMENT)).isFalse();
        assertThat(FormLabels.uses(form, Field.SDGS)).isFalse();
        assertThat(FormLabels.uses(form, Field.STAFF_FTE)).isFalse();
        assertThat(FormLabels.kinds(form)).contains(IndicatorKind.TARGET, IndicatorKind.REFERENCE);
        assertThat(FormLabels.kinds(SheetForm.TSUKUBA)).containsExactly(IndicatorKind.ACTIVITY, IndicatorKind.OUTCOME);
        assertThat(FormLabels.indicatorSlots(form)).isEqualTo(9);
        assertThat(FormLabels.indicatorSlots(SheetForm.TSUKUBA)).isEqualTo(5);
        assertThat(FormLabels.title(form)).isEqualTo("事務事業評価シート");
        assertThat(FormLabels.title(SheetForm.TSUKUBA)).isEqualTo("事務事業マネジメントシート");
    }

    @Test
    void theSimpleListIsItsFewColumnsAndWhatIdentifiesASheet() {
        SheetForm form = SheetForm.SIMPLE_LIST;
        assertThat(FormLabels.uses(form, Field.TITLE)).isTrue();
        assertThat(FormLabels.uses(form, Field.DIVISION)).isTrue();
        assertThat(FormLabels.uses(form, Field.ORGANIZATION)).isTrue();
        assertThat(FormLabels.uses(form, Field.INDICATOR_ACTUAL)).isTrue();
        assertThat(FormLabels.uses(form, Field.SETTLEMENT)).isTrue();
        assertThat(FormLabels.uses(form, Field.COST_YEAR)).isTrue();
        assertThat(FormLabels.uses(form, Field.PURPOSE)).isFalse();
        assertThat(FormLabels.uses(form, Field.GENERAL_FUND)).isFalse();
    }

    @Test
    void aPathIsLabelledInItsSheetsFormsWords() {
        assertThat(SheetPaths.label(SheetForm.TAISHO_ITO_KEKKA, "purpose")).isEqualTo("意図");
        assertThat(SheetPaths.label("purpose")).isEqualTo("目的");
        assertThat(SheetPaths.label(SheetForm.TAISHO_ITO_KEKKA, "assessmentItems[1].verdict")).isEqualTo("評価観点 2 判定");
        assertThat(SheetPaths.label("assessmentItems[1].verdict")).isEqualTo("評価項目 2 判定");
        assertThat(SheetPaths.label(SheetForm.TAISHO_ITO_KEKKA, "extraTexts[0].text")).isEqualTo("その他の記載事項 1 内容");
        assertThat(SheetPaths.label(SheetForm.TAISHO_ITO_KEKKA, "costs[2024].totalCost"))
                .isEqualTo("コストの推移 R06年度 トータルコスト（A）＋（B）");
        assertThat(SheetPaths.label(SheetForm.TAISHO_ITO_KEKKA, "indicators[3].values[2024].actual"))
                .isEqualTo("指標3 R06年度 実績・計画");
    }
}
