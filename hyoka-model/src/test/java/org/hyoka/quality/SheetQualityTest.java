package org.hyoka.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hyoka.fixtures.SheetBuilder.aSheet;
import static org.hyoka.fixtures.SheetBuilder.anIndicator;

import java.util.Arrays;
import java.util.List;

import org.hyoka.arithmetic.Finding;
import org.hyoka.arithmetic.SheetChecks;
import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.fixtures.TaishoSheets;
import org.hyoka.glossary.Field;
import org.hyoka.sheet.IndicatorDirection;
import org.hyoka.sheet.IndicatorKind;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.junit.jupiter.api.Test;

/** Each quality rule: a sheet that breaks it and one that does not. */
class SheetQualityTest {

    private static final String GOAL = "ネットワーク機器の計画的な更新により、停止時間のない安定した運用を続ける。";

    private final SheetQuality quality = new SheetQuality(new SheetChecks(UnitCostTable.standard()));

    private List<SheetQuality.SheetFindings> lint(Sheet... sheets) {
        return quality.check(Arrays.asList(sheets));
    }

    private static List<String> rules(SheetQuality.SheetFindings sheet) {
        return sheet.findings().stream().map(Finding::ruleId).toList();
    }

    /** The builder's sheets share their default texts; a test of copying looks at the field it changes. */
    private static List<Finding> copied(SheetQuality.SheetFindings sheet, Field field) {
        return sheet.findings().stream().filter(f -> f.ruleId().equals("copied-text") && f.field() == field).toList();
    }

    private static Sheet withOutcome() {
        return aSheet().withIndicator(anIndicator(1).withYear(2024, "280", "0"))
                .withIndicator(anIndicator(2).named("利用者満足度").ofKind(IndicatorKind.OUTCOME).inUnit("%")
                        .going(IndicatorDirection.HIGHER_IS_BETTER).withYear(2024, "80", "82"))
                .build();
    }

    @Test
    void theBuildersSharedDefaultTextsAreThemselvesFoundCopiedAndTheScoreCommentsAreNot() {
        List<SheetQuality.SheetFindings> twins = lint(aSheet().build(), aSheet().build());

        assertThat(twins.get(0).findings()).filteredOn(f -> f.ruleId().equals("copied-text"))
                .extracting(Finding::field).contains(Field.ACTIVITIES, Field.PURPOSE)
                .doesNotContain(Field.PRIORITY_COMMENT, Field.IMPROVEMENT_GOAL); // 改善目標。 is short
    }

    @Test
    void aSheetWithOutcomeAndActivityIndicatorsAndItsOwnTextsHasNoQualityFinding() {
        assertThat(rules(lint(withOutcome()).get(0))).doesNotContainAnyElementsOf(
                Arrays.stream(QualityRule.values()).map(QualityRule::id).toList());
    }

    @Test
    void aSheetWithoutIndicatorsIsWarnedOnceAndNotAlsoForTheMissingOutcome() {
        SheetQuality.SheetFindings none = lint(aSheet().build()).get(0);

        assertThat(rules(none)).containsOnlyOnce("no-indicator").doesNotContain("no-outcome-indicator");
        assertThat(none.findings()).filteredOn(f -> f.ruleId().equals("no-indicator")).singleElement()
                .satisfies(f -> assertThat(f.toLine()).startsWith("WARNING no-indicator indicators"));
    }

    @Test
    void indicatorsOfActivityOnlyAreNotedForTheirMissingOutcomeIndicator() {
        Sheet activityOnly = aSheet().withIndicator(anIndicator(1).withYear(2024, "280", "0")).build();

        assertThat(lint(activityOnly).get(0).findings()).filteredOn(f -> f.ruleId().equals("no-outcome-indicator"))
                .singleElement().satisfies(f -> assertThat(f.severity()).hasToString("INFO"));
        assertThat(rules(lint(withOutcome()).get(0))).doesNotContain("no-outcome-indicator");
    }

    @Test
    void aZeroTargetIsWarnedOnAHigherIsBetterIndicatorOnly() {
        Sheet higher = aSheet().withIndicator(anIndicator(1).named("講座の参加者数").going(IndicatorDirection.HIGHER_IS_BETTER)
                .withYear(2023, "0", "12").withYear(2024, "50", "40")).build();
        Sheet lower = aSheet().withIndicator(anIndicator(1).going(IndicatorDirection.LOWER_IS_BETTER)
                .withYear(2024, "0", "0")).build();

        assertThat(lint(higher).get(0).findings()).filteredOn(f -> f.ruleId().equals("zero-target-higher-better"))
                .singleElement().satisfies(f -> {
                    assertThat(f.fiscalYear()).isEqualTo(2023);
                    assertThat(f.indicatorSlot()).isEqualTo(1);
                    assertThat(f.field()).isEqualTo(Field.INDICATOR_TARGET);
                    assertThat(f.message()).contains("講座の参加者数");
                });
        assertThat(rules(lint(lower).get(0))).doesNotContain("zero-target-higher-better");
    }

    @Test
    void anIndicatorWithValuesButNoActualForTheSheetsYearIsWarned() {
        Sheet noActual = aSheet().inFiscalYear(2024).withIndicator(anIndicator(1).withYear(2023, "280", "0")
                .withYear(2024, "280", null)).withIndicator(anIndicator(2).withYear(2023, "280", "1")).build();
        Sheet actual = aSheet().inFiscalYear(2024).withIndicator(anIndicator(1).withYear(2024, "280", "0")).build();
        Sheet empty = aSheet().inFiscalYear(2024).withIndicator(anIndicator(1)).build();

        assertThat(lint(noActual).get(0).findings()).filteredOn(f -> f.ruleId().equals("evaluated-year-actual-missing"))
                .extracting(Finding::indicatorSlot).containsExactly(1, 2);
        assertThat(rules(lint(actual).get(0))).doesNotContain("evaluated-year-actual-missing");
        assertThat(rules(lint(empty).get(0))).doesNotContain("evaluated-year-actual-missing");
    }

    @Test
    void aTaishoSheetWhoseColumnsHoldTheYearsBeforeItsOwnIsNotWarnedForTheMissingActual() {
        Sheet taisho = TaishoSheets.libraryMaterials();

        assertThat(taisho.indicators()).allSatisfy(i -> assertThat(i.valueOf(taisho.fiscalYear().startYear())).isEmpty());
        assertThat(rules(lint(taisho).get(0))).doesNotContain("evaluated-year-actual-missing", "no-outcome-indicator");
    }

    @Test
    void theSameImprovementGoalInTwoSheetsOfOneCityAndYearNamesTheOtherSheet() {
        Sheet first = aSheet().titled("情報通信ネットワーク運営業務").withImprovementGoal(GOAL).build();
        Sheet second = aSheet().titled("情報システム運用事業")
                .withImprovementGoal(GOAL.replace("、", "、\n ")).build();

        List<SheetQuality.SheetFindings> both = lint(first, second);

        assertThat(copied(both.get(0), Field.IMPROVEMENT_GOAL)).singleElement()
                .satisfies(f -> {
                    assertThat(f.field()).isEqualTo(Field.IMPROVEMENT_GOAL);
                    assertThat(f.message()).isEqualTo("改善目標がシート2（番号088）「情報システム運用事業」と同じ文です");
                });
        assertThat(copied(both.get(1), Field.IMPROVEMENT_GOAL)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("シート1（番号088）「情報通信ネットワーク運営業務」"));
    }

    @Test
    void sharedTextIsNotCopiedAcrossCitiesOrYearsNorWhenShort() {
        Sheet tsukuba = aSheet().withImprovementGoal(GOAL).build();
        Sheet otherCity = aSheet().withImprovementGoal(GOAL).build()
                .withMunicipality(new Municipality(new MunicipalityCode("032034"), "大船渡市"));
        Sheet otherYear = aSheet().inFiscalYear(2023).withImprovementGoal(GOAL).build();
        String shortGoal = "継続して 計画どおり 実施する。";

        assertThat(lint(tsukuba, otherCity, otherYear)).allSatisfy(s -> assertThat(copied(s, Field.IMPROVEMENT_GOAL)).isEmpty());
        assertThat(lint(aSheet().withImprovementGoal(shortGoal).build(), aSheet().withImprovementGoal(shortGoal).build()))
                .allSatisfy(s -> assertThat(copied(s, Field.IMPROVEMENT_GOAL)).isEmpty());
    }

    @Test
    void theSameTextInDifferentFieldsIsNotACopy() {
        Sheet first = aSheet().withImprovementGoal(GOAL).build();
        Sheet second = aSheet().withPurpose(GOAL).build();

        assertThat(lint(first, second)).allSatisfy(s -> {
            assertThat(copied(s, Field.IMPROVEMENT_GOAL)).isEmpty();
            assertThat(copied(s, Field.PURPOSE)).isEmpty();
        });
    }

    @Test
    void arithmeticFindingsArePassedThroughAfterTheQualityFindings() {
        Sheet sheet = aSheet().withIndicator(anIndicator(1).withYear(2024, "280", "0"))
                .withIndicator(anIndicator(1).withYear(2024, "280", "0")).build();

        SheetQuality.SheetFindings findings = lint(sheet).get(0);

        assertThat(rules(findings)).containsSubsequence("no-outcome-indicator", "duplicate-slot");
        assertThat(findings.hasError()).isTrue();
    }

    @Test
    void everyRuleHasAnIdOfItsOwnAndAJapaneseTitleAndExplanation() {
        assertThat(QualityRule.values()).extracting(QualityRule::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
        assertThat(QualityRule.values()).allSatisfy(rule -> {
            assertThat(rule.title()).isNotBlank();
            assertThat(rule.explanation()).hasSizeGreaterThan(40).contains("ください");
            assertThat(QualityRule.byId(rule.id())).contains(rule);
        });
    }
}
