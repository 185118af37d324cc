package org.hyoka.rollover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hyoka.fixtures.SheetBuilder.aCostYear;
import static org.hyoka.fixtures.SheetBuilder.aSheet;
import static org.hyoka.fixtures.SheetBuilder.anIndicator;

import org.hyoka.sheet.Assessment;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.IndicatorValue;
import org.hyoka.sheet.Sheet;
import org.junit.jupiter.api.Test;

class RolloverTest {

    private final Sheet reiwa6 = aSheet().inFiscalYear(2024)
            .withIndicator(anIndicator(1).withYear(2019, "280", "3").withYear(2020, "280", "0")
                    .withYear(2021, "280", "0").withYear(2022, "280", "0").withYear(2023, "280", "0")
                    .withYear(2024, "280", "0"))
            .withCost(aCostYear(2022, 130114, 102034, 102034, 0, 0, 7055, "1.00", "100.00"))
            .withCost(aCostYear(2023, 129129, 133348, 133348, 0, 0, 10603, "1.50", "100.00"))
            .withCost(aCostYear(2024, 126287, 124571, 124571, 0, 0, 15073, "2.00", "250.00"))
            .withCost(aCostYear(2025, 161188, 0, 0, 0, 0, 14420, "2.00", "250.00"))
            .withCost(aCostYear(2026, 161188, 0, 0, 0, 0, 14420, "2.00", "250.00"))
            .build();

    @Test
    void theDraftIsForTheNextYearAndCarriesWhatDescribesTheProject() {
        Sheet draft = Rollover.nextYear(reiwa6).sheet();

        assertThat(draft.fiscalYear().startYear()).isEqualTo(2025);
        assertThat(draft.title()).isEqualTo(reiwa6.title());
        assertThat(draft.purpose()).isEqualTo(reiwa6.purpose());
        assertThat(draft.legalBasis()).isEqualTo(reiwa6.legalBasis());
        assertThat(draft.organization()).isEqualTo(reiwa6.organization());
    }

    @Test
    void indicatorYearsMoveFromR01ToR06OnToR02ToR07() {
        Sheet draft = Rollover.nextYear(reiwa6).sheet();

        assertThat(draft.indicators().get(0).values()).extracting(IndicatorValue::fiscalYear)
                .containsExactly(2020, 2021, 2022, 2023, 2024, 2025);
        IndicatorValue newYear = draft.indicators().get(0).valueOf(2025).orElseThrow();
        assertThat(newYear.actual()).isNull();
        assertThat(newYear.target()).isEqualByComparingTo("280");
    }

    @Test
    void costYearsMoveFromR04ToR08OnToR05ToR09AndTheYearNowEvaluatedAwaitsItsSettlement() {
        Sheet draft = Rollover.nextYear(reiwa6).sheet();

        assertThat(draft.costs()).extracting(CostYear::fiscalYear).containsExactly(2023, 2024, 2025, 2026, 2027);
        CostYear evaluated = draft.costOf(2025).orElseThrow();
        assertThat(evaluated.budget()).isEqualTo(161188);
        assertThat(evaluated.settlement()).isNull();
        assertThat(evaluated.generalFund()).isNull();
        assertThat(draft.costOf(2024).orElseThrow().settlement()).isEqualTo(124571);
        assertThat(draft.costOf(2027).orElseThrow().budget()).isNull();
    }

    @Test
    void theAssessmentIsClearedAndLastYearsImprovementGoalBecomesThePrompt() {
        Rollover.Draft draft = Rollover.nextYear(reiwa6);

        assertThat(draft.sheet().assessment()).isEqualTo(Assessment.NONE);
        assertThat(draft.sheet().direction().decision()).isNull();
        assertThat(draft.sheet().review().responseToPreviousIssues()).isNull();
        assertThat(draft.previousImprovementGoal()).isEqualTo(reiwa6.improvementGoal());
    }
}
