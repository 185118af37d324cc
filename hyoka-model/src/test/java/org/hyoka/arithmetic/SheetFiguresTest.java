package org.hyoka.arithmetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hyoka.fixtures.SheetBuilder.aCostYear;
import static org.hyoka.fixtures.SheetBuilder.aSheet;
import static org.hyoka.fixtures.SheetBuilder.anIndicator;

import org.hyoka.sheet.IndicatorDirection;
import org.hyoka.sheet.Sheet;
import org.junit.jupiter.api.Test;

class SheetFiguresTest {

    private final Sheet sheet = aSheet().inFiscalYear(2024)
            .withCost(aCostYear(2023, 129129, 133348, 133348, 0, 0, 10603, "1.50", "100.00"))
            .withCost(aCostYear(2024, 126287, 124571, 124571, 0, 0, 15073, "2.00", "250.00"))
            .withCost(aCostYear(2025, 161188, 0, 0, 0, 0, 14420, "2.00", "250.00"))
            .withIndicator(anIndicator(1).named("研修実施回数").inUnit("回").going(IndicatorDirection.HIGHER_IS_BETTER)
                    .withYear(2024, "10", "12"))
            .withIndicator(anIndicator(2).named("公開件数（累計）").describedAs("オープンデータの公開件数（累計）").inUnit("件").withYear(2024, "200", "208"))
            .build();

    @Test
    void fullCostIsSettlementPlusPersonnelUpToTheEvaluatedYearAndBudgetAfter() {
        SheetFigures figures = SheetFigures.of(sheet);

        assertThat(figures.costs()).extracting(CostFigures::fiscalYear, CostFigures::basis, CostFigures::fullCost)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2023, CostFigures.Basis.SETTLEMENT, 133348L + 10603),
                        org.assertj.core.groups.Tuple.tuple(2024, CostFigures.Basis.SETTLEMENT, 124571L + 15073),
                        org.assertj.core.groups.Tuple.tuple(2025, CostFigures.Basis.BUDGET, 161188L + 14420));
        assertThat(figures.costs().get(1).changeFromPreviousYear()).isEqualTo((124571L + 15073) - (133348 + 10603));
        assertThat(figures.costs().get(0).changeFromPreviousYear()).isNull();
    }

    @Test
    void costPerUnitDividesTheYearsFullCostByTheActual() {
        IndicatorFigures trainings = SheetFigures.of(sheet).indicators().get(0);

        assertThat(trainings.years().get(0).costPerUnit()).isEqualByComparingTo("11637");
        assertThat(trainings.directionProposed()).isFalse();
    }

    @Test
    void cumulativeIndicatorsGetAProposedDirectionButNoUnitCost() {
        IndicatorFigures published = SheetFigures.of(sheet).indicators().get(1);

        assertThat(published.cumulative()).isTrue();
        assertThat(published.directionProposed()).isTrue();
        assertThat(published.direction()).isEqualTo(IndicatorDirection.HIGHER_IS_BETTER);
        assertThat(published.years().get(0).costPerUnit()).isNull();
        assertThat(published.years().get(0).achievement()).isInstanceOf(Achievement.Rate.class);
    }
}
