package org.hyoka.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hyoka.fixtures.SheetBuilder.aCostYear;
import static org.hyoka.fixtures.SheetBuilder.aSheet;
import static org.hyoka.fixtures.SheetBuilder.anIndicator;

import java.util.List;

import org.hyoka.arithmetic.Finding;
import org.hyoka.arithmetic.Severity;
import org.hyoka.fixtures.SheetBuilder;
import org.hyoka.glossary.Field;
import org.hyoka.rubric.Rubric;
import org.hyoka.sheet.Assessment;
import org.hyoka.sheet.IndicatorDirection;
import org.hyoka.sheet.IndicatorKind;
import org.hyoka.sheet.Score;
import org.hyoka.sheet.Sheet;
import org.junit.jupiter.api.Test;

/** The single-sheet rules beyond the indicators' presence: each with a sheet that breaks it and one that does not. */
class SheetRulesTest {

    private static final String PRIORITY_5 = "戦略プラン等に掲げられた市の重点事業であり、優先的に取組む必要性が高い。";

    private static List<Finding> of(Sheet sheet, String rule) {
        return SheetQuality.ofSheet(sheet, Rubric.standard()).stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    private static Sheet counted(IndicatorDirection direction, String[] targets, String[] actuals) {
        SheetBuilder.IndicatorBuilder indicator = anIndicator(1).named("窓口の利用者数").going(direction);
        for (int i = 0; i < targets.length; i++) {
            indicator.withYear(2022 + i, targets[i], actuals[i]);
        }
        return aSheet().withIndicator(indicator).build();
    }

    @Test
    void aTargetMetThreeYearsRunningAndNeverRaisedIsFoundOnceAtTheRunsLastYear() {
        Sheet flat = counted(IndicatorDirection.HIGHER_IS_BETTER, new String[] {"1000", "1000", "1000"},
                new String[] {"1200", "1250", "1300"});

        assertThat(of(flat, "target-met-never-raised")).singleElement().satisfies(f -> {
            assertThat(f.fiscalYear()).isEqualTo(2024);
            assertThat(f.indicatorSlot()).isEqualTo(1);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("窓口の利用者数", "2022〜2024");
        });
    }

    @Test
    void aRaisedTargetOrATargetMissedOnceIsNotFound() {
        assertThat(of(counted(IndicatorDirection.HIGHER_IS_BETTER, new String[] {"1000", "1100", "1200"},
                new String[] {"1200", "1250", "1300"}), "target-met-never-raised")).isEmpty();
        assertThat(of(counted(IndicatorDirection.HIGHER_IS_BETTER, new String[] {"1000", "1000", "1000"},
                new String[] {"1200", "900", "1300"}), "target-met-never-raised")).isEmpty();
    }

    @Test
    void forLowerIsBetterRaisingTheTargetMeansLoweringIt() {
        assertThat(of(counted(IndicatorDirection.LOWER_IS_BETTER, new String[] {"10", "10", "12"},
                new String[] {"5", "4", "3"}), "target-met-never-raised")).hasSize(1);
        assertThat(of(counted(IndicatorDirection.LOWER_IS_BETTER, new String[] {"10", "9", "8"},
                new String[] {"5", "4", "3"}), "target-met-never-raised")).isEmpty();
        assertThat(of(counted(IndicatorDirection.REFERENCE_ONLY, new String[] {"10", "10", "10"},
                new String[] {"5", "4", "3"}), "target-met-never-raised")).isEmpty();
    }

    @Test
    void aZeroSettlementAfterTheEvaluatedYearIsNotedAndNotOneBeforeOrABlankOne() {
        Sheet sheet = aSheet().inFiscalYear(2024)
                .withCost(aCostYear(2023, 1000, 0, 0, 0, 0, 500, "0.1", "0"))
                .withCost(aCostYear(2024, 1000, 900, 900, 0, 0, 500, "0.1", "0"))
                .withCost(aCostYear(2025, 1000, 0, 0, 0, 0, 500, "0.1", "0"))
                .withCost(new org.hyoka.sheet.CostYear(2026, 1000L, null, null, null, null, 500L, null, null, null))
                .build();

        assertThat(of(sheet, "future-settlement-zero")).extracting(Finding::fiscalYear, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2025, Severity.INFO));
    }

    private static Sheet costs(long before, long after, String actualBefore, String actualAfter, IndicatorKind kind) {
        return aSheet().inFiscalYear(2024)
                .withCost(aCostYear(2023, before, before, before, 0, 0, 1000, "0.1", "0"))
                .withCost(aCostYear(2024, after, after, after, 0, 0, 1000, "0.1", "0"))
                .withIndicator(anIndicator(1).named("相談件数").ofKind(kind)
                        .withYear(2023, "400", actualBefore).withYear(2024, "400", actualAfter))
                .build();
    }

    @Test
    void costUpWhileTheActivityIndicatorFallsIsWarnedInTheYearOfTheRise() {
        assertThat(of(costs(12_000, 13_500, "420", "380", IndicatorKind.ACTIVITY), "cost-up-output-down"))
                .singleElement().satisfies(f -> {
                    assertThat(f.fiscalYear()).isEqualTo(2024);
                    assertThat(f.field()).isEqualTo(Field.FULL_COST);
                    assertThat(f.message()).contains("1500千円", "420から380");
                });
    }

    @Test
    void costDownOrOutputUpOrAnOutcomeIndicatorIsNotWarned() {
        assertThat(of(costs(13_500, 12_000, "420", "380", IndicatorKind.ACTIVITY), "cost-up-output-down")).isEmpty();
        assertThat(of(costs(12_000, 13_500, "380", "420", IndicatorKind.ACTIVITY), "cost-up-output-down")).isEmpty();
        assertThat(of(costs(12_000, 13_500, "420", "380", IndicatorKind.OUTCOME), "cost-up-output-down")).isEmpty();
    }

    private static Sheet priority(Score score) {
        Assessment standard = aSheet().build().assessment();
        return aSheet().withAssessment(new Assessment(standard.citizenNeeds(), standard.progress(),
                standard.municipalInvolvement(), score)).build();
    }

    @Test
    void aCommentThatIsAnotherScoresRubricTextIsWarnedAndTheOwnScoresTextIsNot() {
        assertThat(of(priority(new Score(3, PRIORITY_5)), "comment-is-rubric-text")).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo(Field.PRIORITY_COMMENT);
            assertThat(f.found()).isEqualTo("優先度5");
        });
        assertThat(of(priority(new Score(5, PRIORITY_5)), "comment-is-rubric-text")).isEmpty();
        assertThat(of(priority(new Score(3, "重点事業ではないが、利用者が多く継続する必要がある。")), "comment-is-rubric-text"))
                .isEmpty();
    }

    @Test
    void theRubricIsTheCallersSoACityWithoutOneHasNoSuchFinding() {
        Sheet sheet = priority(new Score(3, PRIORITY_5));

        assertThat(SheetQuality.ofSheet(sheet, Rubric.shippedFor("032140")))
                .noneMatch(f -> f.ruleId().equals("comment-is-rubric-text"));
    }

    @Test
    void theScoreIsAHundredLessPointsBySeverityAndNeverNegative() {
        assertThat(QualityScore.of(List.of())).isEqualTo(100);
        assertThat(QualityScore.of(List.of(Severity.ERROR, Severity.WARNING, Severity.INFO))).isEqualTo(84);
        assertThat(QualityScore.of(java.util.Collections.nCopies(30, Severity.WARNING))).isZero();
    }

    @Test
    void proseTextsOfTwoSheetsShareAHashWhereTheTextIsTheSameSaveForSpaces() {
        String goal = "ネットワーク機器の計画的な更新により、停止時間のない安定した運用を続ける。";
        List<ProseText> one = ProseText.of(aSheet().withImprovementGoal(goal).build());
        List<ProseText> two = ProseText.of(aSheet().withImprovementGoal(goal.replace("、", "、 \n")).build());
        List<ProseText> three = ProseText.of(aSheet().withImprovementGoal(goal + "加えて").build());

        ProseText first = one.stream().filter(t -> t.field() == Field.IMPROVEMENT_GOAL).findFirst().orElseThrow();
        assertThat(two).contains(first);
        assertThat(three).doesNotContain(first);
        assertThat(first.hash()).hasSize(64);
        assertThat(ProseText.of(aSheet().build())).noneMatch(t -> t.field() == Field.IMPROVEMENT_GOAL); // too short
    }
}
