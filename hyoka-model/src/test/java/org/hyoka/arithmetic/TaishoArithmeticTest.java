package org.hyoka.arithmetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.hyoka.glossary.Field;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.Sheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The arithmetic of the 対象・意図・結果 form, on the three invented rows of the 大船渡市 layout sample. */
class TaishoArithmeticTest {

    private final SheetChecks checks = new SheetChecks(OfunatoRows.ofunatoOnly());

    @ParameterizedTest(name = "row {0}")
    @ValueSource(ints = {0, 1, 2})
    void everyYearOfTheInventedRowsAddsUpWithAnHourlyCostOfFourThousandYen(int row) {
        assertThat(checks.check(OfunatoRows.row(row))).isEmpty();
    }

    @Test
    void theFirstBlockOfTheFirstRowIsFiveSourcesHoursTimesFourAndTheirSum() {
        CostYear first = OfunatoRows.row(0).costs().get(0);

        assertThat(first.nationalTreasury() + first.prefecturalDisbursement() + first.localBonds()
                + first.otherFunds() + first.generalFund()).isEqualTo(first.projectCost()).isEqualTo(8200);
        assertThat(OfunatoRows.unitCosts().personnelCostFromHours(2023, first.workHours())).contains(7600L);
        assertThat(CostFigures.of(OfunatoRows.row(0)).get(0).fullCost()).isEqualTo(first.totalCost()).isEqualTo(15800);
    }

    @Test
    void aProjectCostThatIsNotItsFiveSourcesIsOneErrorAndTheSheetKeepsWhatItPrinted() {
        Sheet printed = withFirstYear(1, y -> changed(y, 21100L, y.personnelCost(), y.totalCost()));

        List<Finding> findings = checks.check(printed);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(SheetChecks.FUNDING_SUM);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.field()).isEqualTo(Field.PROJECT_COST);
            assertThat(f.fiscalYear()).isEqualTo(2023);
            assertThat(f.expected()).isEqualTo("36000");
            assertThat(f.found()).isEqualTo("36100");
            assertThat(f.message()).isEqualTo(
                    "事業費計（36,000千円）と国庫支出金・都道府県支出金・地方債・その他・一般財源の合計（36,100千円）が一致しません");
        });
        assertThat(printed.costs().get(0).generalFund()).isEqualTo(21100);
        assertThat(printed.costs().get(0).projectCost()).isEqualTo(36000);
        assertThat(printed).isEqualTo(withFirstYear(1, y -> changed(y, 21100L, y.personnelCost(), y.totalCost())));
    }

    @Test
    void aPersonnelCostThatIsNotHoursTimesTheHourlyCostIsAWarningWithTheComputedValue() {
        Sheet printed = withFirstYear(0, y -> changed(y, y.generalFund(), 7700L, 15900L));

        assertThat(checks.check(printed)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(SheetChecks.PERSONNEL_COST);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.field()).isEqualTo(Field.PERSONNEL_COST);
            assertThat(f.fiscalYear()).isEqualTo(2023);
            assertThat(f.expected()).isEqualTo("7600");
            assertThat(f.found()).isEqualTo("7700");
            assertThat(f.message()).isEqualTo("人件費計（7,700千円）が延べ業務時間 1900時間からの計算値（7,600千円）と合いません");
        });
    }

    @Test
    void aTotalCostThatIsNotProjectPlusPersonnelCostIsAnError() {
        Sheet printed = withFirstYear(2, y -> changed(y, y.generalFund(), y.personnelCost(), 41100L));

        assertThat(checks.check(printed)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(SheetChecks.TOTAL_COST);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.field()).isEqualTo(Field.TOTAL_COST);
            assertThat(f.expected()).isEqualTo("41100");
            assertThat(f.found()).isEqualTo("41000");
            assertThat(f.message()).isEqualTo("トータルコスト（41,100千円）と事業費計・人件費計の合計（41,000千円）が一致しません");
        });
    }

    @Test
    void hoursInAYearWithoutAnHourlyCostAreReportedAsUncheckedNotAsWrong() {
        // 大船渡市 ships without unit costs, and a city with yearly costs only has no hourly one either
        UnitCostTable yearlyOnly = new UnitCostTable(List.of(new UnitCosts(2023, new BigDecimal("7000"), BigDecimal.ONE)),
                UnitCostTable.standard().rounding());
        for (SheetChecks unchecked : List.of(new SheetChecks(UnitCostSource.shipped()), new SheetChecks(yearlyOnly))) {
            assertThat(unchecked.check(OfunatoRows.row(0)))
                    .extracting(Finding::ruleId, Finding::severity, Finding::fiscalYear, Finding::field)
                    .containsExactly(tuple(SheetChecks.UNIT_COST_MISSING, Severity.INFO, 2023, Field.PERSONNEL_COST),
                            tuple(SheetChecks.UNIT_COST_MISSING, Severity.INFO, 2024, Field.PERSONNEL_COST),
                            tuple(SheetChecks.UNIT_COST_MISSING, Severity.INFO, 2025, Field.PERSONNEL_COST),
                            tuple(SheetChecks.UNIT_COST_MISSING, Severity.INFO, 2026, Field.PERSONNEL_COST),
                            tuple(SheetChecks.UNIT_COST_MISSING, Severity.INFO, 2027, Field.PERSONNEL_COST),
                            tuple(SheetChecks.UNIT_COST_MISSING, Severity.INFO, 2028, Field.PERSONNEL_COST));
        }
        assertThat(new SheetChecks(UnitCostSource.shipped()).check(OfunatoRows.row(0)).get(0).message())
                .isEqualTo("この年度の時間単価が設定されていないため、延べ業務時間から人件費計を検算できません");
    }

    @Test
    void aYearPrintingTheCombinedRowAndTheThreeApartHasTheCombinedRowAsTheirSum() {
        CostYear both = new CostYear(2023, null, null, 21000L, 15000L, 0L, 5600L, null, null, null, 12000L, 3000L, 0L,
                36000L, BigDecimal.ONE, new BigDecimal("1400"), 41600L);
        CostYear wrong = new CostYear(2023, null, null, 21000L, 15500L, 0L, 5600L, null, null, null, 12000L, 3000L, 0L,
                36500L, BigDecimal.ONE, new BigDecimal("1400"), 42100L);

        assertThat(checks.check(OfunatoRows.row(1).withCosts(List.of(both)))).isEmpty();
        assertThat(checks.check(OfunatoRows.row(1).withCosts(List.of(wrong)))).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(SheetChecks.FUNDING_COMBINED);
            assertThat(f.field()).isEqualTo(Field.NATIONAL_PREFECTURAL_BONDS);
            assertThat(f.expected()).isEqualTo("15500");
            assertThat(f.found()).isEqualTo("15000");
            assertThat(f.message()).isEqualTo(
                    "国庫、県支出金、地方債（15,500千円）と国庫支出金・都道府県支出金・地方債の合計（15,000千円）が一致しません");
        });
    }

    @Test
    void aSettlementWithTheThreeSourcesApartIsCheckedAgainstThem() {
        CostYear apart = new CostYear(2023, 40000L, 36000L, 21000L, null, 100L, null, null, null, null, 12000L, 3000L,
                0L, null, null, null, null);

        assertThat(checks.check(OfunatoRows.row(1).withCosts(List.of(apart)))).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(SheetChecks.FUNDING_SUM);
            assertThat(f.field()).isEqualTo(Field.GENERAL_FUND);
            assertThat(f.found()).isEqualTo("36100");
            assertThat(f.message()).isEqualTo(
                    "決算額（36,000千円）と一般財源・国庫支出金・都道府県支出金・地方債・その他の合計（36,100千円）が一致しません");
        });
    }

    @Test
    void aProjectCostWithSomeSourcesBlankIsAGapAndOneWithNoneHasNothingToAddUp() {
        CostYear gap = new CostYear(2023, null, null, 21000L, null, 0L, null, null, null, null, null, 3000L, 0L, 36000L,
                null, null, null);
        CostYear alone = new CostYear(2023, null, null, null, null, null, null, null, null, null, null, null, null,
                36000L, null, null, null);
        CostYear totalAlone = new CostYear(2023, null, null, null, null, null, null, null, null, null, null, null, null,
                36000L, null, null, 41600L);

        assertThat(checks.check(OfunatoRows.row(1).withCosts(List.of(gap)))).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(SheetChecks.FUNDING_INCOMPLETE);
            assertThat(f.field()).isEqualTo(Field.PROJECT_COST);
            assertThat(f.message()).isEqualTo(
                    "事業費計があるのに財源内訳（国庫支出金・都道府県支出金・地方債・その他・一般財源）の一部が空欄です");
        });
        assertThat(checks.check(OfunatoRows.row(1).withCosts(List.of(alone)))).isEmpty();
        assertThat(checks.check(OfunatoRows.row(1).withCosts(List.of(totalAlone)))).singleElement()
                .satisfies(f -> assertThat(f.ruleId()).isEqualTo(SheetChecks.TOTAL_COST_INCOMPLETE))
                .satisfies(f -> assertThat(f.message()).isEqualTo("トータルコストがあるのに事業費計・人件費計の一部が空欄です"));
    }

    @Test
    void negativeProjectAndTotalCostsAreFlagged() {
        CostYear negative = new CostYear(2023, null, null, null, null, null, null, null, null, null, null, null, null,
                -1L, null, null, null);

        assertThat(checks.check(OfunatoRows.row(1).withCosts(List.of(negative))))
                .extracting(Finding::ruleId, Finding::field)
                .containsExactly(tuple(SheetChecks.NEGATIVE_AMOUNT, Field.PROJECT_COST));
    }

    @Test
    void theFullCostOfEveryYearIsProjectCostPlusPersonnelCostAndEqualsThePrintedTotal() {
        for (int row = 0; row < OfunatoRows.count(); row++) {
            Sheet sheet = OfunatoRows.row(row);
            assertThat(CostFigures.of(sheet)).hasSize(6).allSatisfy(f -> {
                CostYear printed = sheet.costs().stream().filter(y -> y.fiscalYear() == f.fiscalYear()).findFirst()
                        .orElseThrow();
                assertThat(f.basis()).isEqualTo(CostFigures.Basis.PROJECT_COST);
                assertThat(f.programCost()).isEqualTo(printed.projectAmount());
                assertThat(f.fullCost()).isEqualTo(printed.totalCost());
            });
        }
    }

    @Test
    void theCostPerUnitOfAnIndicatorStandsOnTheFullCostOfItsYear() {
        // indicator ア (資料購入点数) has 287 in 令和5年度, whose full cost is 15,800 千円
        IndicatorFigures purchases = SheetFigures.of(OfunatoRows.row(0)).indicators().get(0);

        assertThat(purchases.years().get(0).costPerUnit()).isEqualByComparingTo(
                new BigDecimal("15800").divide(new BigDecimal("287"), new java.math.MathContext(8)));
    }

    private static Sheet withFirstYear(int row, java.util.function.UnaryOperator<CostYear> change) {
        Sheet sheet = OfunatoRows.row(row);
        List<CostYear> years = new java.util.ArrayList<>(sheet.costs());
        years.set(0, change.apply(years.get(0)));
        return sheet.withCosts(years);
    }

    private static CostYear changed(CostYear y, Long generalFund, Long personnelCost, Long totalCost) {
        return new CostYear(y.fiscalYear(), y.budget(), y.settlement(), generalFund, y.nationalPrefecturalBonds(),
                y.otherFunds(), personnelCost, y.staffFte(), y.staffOvertimeHours(), y.fiscalYearStaff(),
                y.nationalTreasury(), y.prefecturalDisbursement(), y.localBonds(), y.projectCost(), y.staffCount(),
                y.workHours(), totalCost);
    }
}
