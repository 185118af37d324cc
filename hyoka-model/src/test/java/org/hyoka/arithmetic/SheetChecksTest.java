package org.hyoka.arithmetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hyoka.fixtures.SheetBuilder.aCostYear;
import static org.hyoka.fixtures.SheetBuilder.aSheet;
import static org.hyoka.fixtures.SheetBuilder.anIndicator;

import org.hyoka.glossary.Field;
import org.hyoka.sheet.Sheet;
import org.junit.jupiter.api.Test;

class SheetChecksTest {

    private final SheetChecks checks = new SheetChecks(UnitCostTable.standard());

    @Test
    void aSheetWhoseFundingAddsUpAndWhosePersonnelCostFitsHasNoFindings() {
        Sheet sheet = aSheet()
                .withCost(aCostYear(2022, 130114, 102034, 102034, 0, 0, 7055, "1.00", "100.00"))
                .withCost(aCostYear(2023, 241095, 301390, 291424, 594, 9372, 10967, "1.50", "250.00"))
                .build();

        assertThat(checks.check(sheet)).isEmpty();
    }

    @Test
    void fundingThatDoesNotAddUpToTheSettlementIsAnErrorNamingFieldAndYear() {
        Sheet sheet = aSheet()
                .withCost(aCostYear(2023, 241095, 301390, 291000, 594, 9372, 10967, "1.50", "250.00"))
                .build();

        assertThat(checks.check(sheet)).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo(SheetChecks.FUNDING_SUM);
            assertThat(finding.isError()).isTrue();
            assertThat(finding.field()).isEqualTo(Field.GENERAL_FUND);
            assertThat(finding.fiscalYear()).isEqualTo(2023);
            assertThat(finding.expected()).isEqualTo("301390");
            assertThat(finding.found()).isEqualTo("300966");
            assertThat(finding.toLine()).contains("costs.generalFund", "2023年度", "決算額", "一般財源");
        });
    }

    @Test
    void aPersonnelCostFarFromFteTimesUnitCostIsAWarningWithTheComputedValue() {
        Sheet sheet = aSheet().withCost(aCostYear(2025, 100, 0, 0, 0, 0, 7000, "1.00", "0.00")).build();

        assertThat(checks.check(sheet)).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo(SheetChecks.PERSONNEL_COST);
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.expected()).isEqualTo("6907");
            assertThat(finding.found()).isEqualTo("7000");
        });
    }

    @Test
    void aYearWithoutUnitCostsIsReportedAsUncheckableNotAsWrong() {
        Sheet sheet = aSheet().withCost(aCostYear(2030, 100, 0, 0, 0, 0, 7000, "1.00", "0.00")).build();

        assertThat(checks.check(sheet)).singleElement()
                .satisfies(f -> assertThat(f.ruleId()).isEqualTo(SheetChecks.UNIT_COST_MISSING))
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void aCumulativeActualThatShrinksIsFlagged() {
        Sheet sheet = aSheet().withIndicator(anIndicator(1).named("公開件数（累計）").inUnit("件")
                .withYear(2022, "110", "161").withYear(2023, "180", "150")).build();

        assertThat(checks.check(sheet)).extracting(Finding::ruleId).containsExactly(SheetChecks.CUMULATIVE_DECREASE);
    }

    @Test
    void twoIndicatorsInOneSlotAreAnError() {
        Sheet sheet = aSheet().withIndicator(anIndicator(2)).withIndicator(anIndicator(2)).build();

        assertThat(checks.check(sheet)).extracting(Finding::ruleId).containsExactly(SheetChecks.DUPLICATE_SLOT);
    }
}
