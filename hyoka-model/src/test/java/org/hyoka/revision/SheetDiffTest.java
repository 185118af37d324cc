package org.hyoka.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hyoka.fixtures.SheetBuilder.aCostYear;
import static org.hyoka.fixtures.SheetBuilder.aSheet;

import java.util.List;

import org.hyoka.glossary.Field;
import org.hyoka.sheet.Sheet;
import org.junit.jupiter.api.Test;

class SheetDiffTest {

    @Test
    void identicalRevisionsHaveNoDifferences() {
        Sheet sheet = aSheet().withCost(aCostYear(2024, 1, 1, 1, 0, 0, 7226, "1.00", "0.00")).build();

        assertThat(SheetDiff.between(sheet, sheet)).isEmpty();
    }

    @Test
    void aChangedAmountIsNamedByYearAndLabel() {
        Sheet before = aSheet().withCost(aCostYear(2024, 100, 90, 90, 0, 0, 7226, "1.00", "0.00")).build();
        Sheet after = aSheet().withCost(aCostYear(2024, 100, 95, 95, 0, 0, 7226, "1.00", "0.00")).build();

        List<FieldChange> changes = SheetDiff.between(before, after);

        assertThat(changes).extracting(FieldChange::path, FieldChange::before, FieldChange::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple("costs[2024].settlement", "90", "95"),
                org.assertj.core.groups.Tuple.tuple("costs[2024].generalFund", "90", "95"));
        assertThat(changes.get(0).glossaryField()).contains(Field.SETTLEMENT);
        assertThat(changes.get(0).label()).isEqualTo("コストの推移 R06年度 決算額");
    }

    @Test
    void aTextChangeAndAnAddedYearAreBothListed() {
        Sheet before = aSheet().titled("旧名称").build();
        Sheet after = aSheet().titled("新名称").withCost(aCostYear(2025, 5, 0, 0, 0, 0, 0, "0", "0")).build();

        List<FieldChange> changes = SheetDiff.between(before, after);

        assertThat(changes).filteredOn(c -> c.path().equals("title")).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(FieldChange.Kind.CHANGED));
        assertThat(changes).filteredOn(c -> c.path().equals("costs[2025].budget")).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(FieldChange.Kind.ADDED));
    }

    @Test
    void indicatorValuesAreNamedBySlotAndYearAndChoicesAsPrinted() {
        Sheet before = aSheet().build();
        Sheet after = new Sheet(before.municipality(), before.fiscalYear(), before.sheetNumber(), before.title(),
                before.budgetAccount(), before.organization(), before.period(), org.hyoka.sheet.Continuity.NEW,
                before.deliveryModel(), before.category(), List.of("法律A", "条例B"), before.individualPlans(),
                before.strategicPlan(), before.mayorPledges(), before.sdgs(), before.targetGroup(), before.purpose(),
                before.activities(), List.of(new org.hyoka.sheet.Indicator(2, "件数", null, null, "件",
                        List.of(new org.hyoka.sheet.IndicatorValue(2019, new java.math.BigDecimal("5"), null)), null)),
                before.costs(), before.citizenParticipation(), before.review(), before.assessment(),
                before.challenges(), before.improvementGoal(), before.direction());

        List<FieldChange> changes = SheetDiff.between(before, after);

        assertThat(changes).extracting(FieldChange::path, FieldChange::label, FieldChange::after).contains(
                org.assertj.core.groups.Tuple.tuple("indicators[2].values[2019].target", "指標2 R01年度 目標値", "5"),
                org.assertj.core.groups.Tuple.tuple("indicators[2].name", "指標2 指標名", "件数"),
                org.assertj.core.groups.Tuple.tuple("continuity", "新規・継続", "新規"),
                org.assertj.core.groups.Tuple.tuple("legalBasis", "根拠法令等", "法律A\n条例B"));
    }

    @Test
    void equalNumbersWrittenWithDifferentScalesAreNotAChange() {
        Sheet before = aSheet().withCost(aCostYear(2024, 1, 1, 1, 0, 0, 1, "1.00", "0")).build();
        Sheet after = aSheet().withCost(aCostYear(2024, 1, 1, 1, 0, 0, 1, "1.0", "0.00")).build();

        assertThat(SheetDiff.between(before, after)).isEmpty();
    }

    @Test
    void theFieldsOfSchema11AreComparedAndLabelledInTheSheetsOwnFormsWords() {
        Sheet before = org.hyoka.fixtures.TaishoSheets.libraryMaterials();
        List<org.hyoka.sheet.NamedAssessment> items = new java.util.ArrayList<>(before.assessmentItems());
        org.hyoka.sheet.NamedAssessment second = items.get(1);
        items.set(1, new org.hyoka.sheet.NamedAssessment(second.name(), second.score(), "見直しが必要", second.comment()));
        Sheet after = new Sheet(before.municipality(), before.fiscalYear(), before.sheetNumber(), before.title(),
                before.budgetAccount(), before.organization(), before.period(), before.continuity(),
                before.deliveryModel(), before.category(), before.legalBasis(), before.individualPlans(),
                before.strategicPlan(), before.mayorPledges(), before.sdgs(), before.targetGroup(), "資料を利用できる。",
                before.activities(), before.indicators(), before.costs(), before.citizenParticipation(), before.review(),
                before.assessment(), before.challenges(), before.improvementGoal(), before.direction(), before.form(),
                before.projectId(), before.policyHierarchy(), before.overview(),
                new org.hyoka.sheet.Means(before.means().previousYear(), "・今年度は資料を増やす。"), before.result(),
                before.additionalBudgetAccounts(), items, before.expectedEffect(), before.improvementIssues(),
                before.managerOpinion(), List.of(new org.hyoka.sheet.ExtraText("きっかけ", "昭和期に開始した。")));

        List<FieldChange> changes = SheetDiff.between(before, after);

        assertThat(changes).extracting(FieldChange::path).containsExactly("means.currentYear", "purpose",
                "assessmentItems[1].verdict", "extraTexts[0].label");
        assertThat(changes).extracting(FieldChange::label).containsExactly("手段（今年度計画）", "意図", "評価観点 2 判定",
                "その他の記載事項 1 項目名");
        assertThat(changes.get(2).before()).isEqualTo("妥当である");
    }
}
