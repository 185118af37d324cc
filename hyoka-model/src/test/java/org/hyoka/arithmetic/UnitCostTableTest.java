package org.hyoka.arithmetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitCostTableTest {

    private final UnitCostTable standard = UnitCostTable.standard();

    /** Every (FTE, overtime, 人件費計) printed on the eight つくば市 seed sheets, 令和4–8年度. */
    @ParameterizedTest(name = "{0}: {1} FTE and {2} h cost {3} 千円")
    @CsvSource({
            "2022,1.00,100.00,7055", "2022,1.00,250.00,7422", "2022,1.00,250.00,7422", "2022,0.40,30.00,2798",
            "2022,2.00,37.00,13711", "2022,1.00,75.00,6994", "2022,1.50,250.00,10827", "2022,1.50,400.00,11193",
            "2023,1.50,100.00,10603", "2023,1.50,250.00,10967", "2023,2.00,250.00,14420", "2023,0.40,10.00,2788",
            "2023,1.00,37.00,6997", "2023,1.00,24.00,6966", "2023,1.50,250.00,10967", "2023,1.50,400.00,11330",
            "2024,2.00,250.00,15073", "2024,2.00,250.00,15073", "2024,2.00,300.00,15197", "2024,0.30,17.00,2211",
            "2024,1.00,150.00,7599", "2024,0.90,51.00,6630", "2024,0.90,51.00,6630", "2024,0.90,51.00,6630",
            "2025,2.00,250.00,14420", "2025,0.20,30.00,1455", "2025,1.00,0.00,6907", "2025,2.30,100.00,16128",
            "2025,2.50,100.00,17510", "2025,1.00,100.00,7150",
            "2026,2.00,250.00,14420", "2026,0.20,30.00,1455", "2026,1.00,0.00,6907", "2026,2.30,100.00,16128",
            "2026,2.50,100.00,17510", "2026,1.00,100.00,7150"})
    void reproducesEverySeedPersonnelCostWithinOneThousandYen(int year, String fte, String hours, long printed) {
        long computed = standard.personnelCost(year, new BigDecimal(fte), new BigDecimal(hours)).orElseThrow();
        assertThat(Math.abs(computed - printed)).isLessThanOrEqualTo(SheetChecks.PERSONNEL_COST_TOLERANCE);
    }

    @ParameterizedTest
    @CsvSource({"2021", "2027"})
    void hasNoOpinionOnYearsItHasNoUnitCostsFor(int year) {
        assertThat(standard.personnelCost(year, BigDecimal.ONE, BigDecimal.ZERO)).isEmpty();
    }

    @Test
    void theShippedExampleHasNoHourlyCost() {
        assertThat(standard.all()).allSatisfy(costs -> assertThat(costs.hourly()).isEmpty());
        assertThat(standard.personnelCostFromHours(2024, new BigDecimal("1900"))).isEmpty();
    }

    @Test
    void anHourlyCostGivesHoursTimesItRoundedAsTheTableRounds() {
        Properties properties = new Properties();
        properties.setProperty("2025.fullTimeEmployee", "7000");
        properties.setProperty("2025.workHour", "4.0");
        properties.setProperty("2026.fullTimeEmployee", "7000");
        UnitCostTable table = UnitCostTable.fromProperties(properties);

        assertThat(table.personnelCostFromHours(2025, new BigDecimal("1900"))).contains(7600L);
        assertThat(table.personnelCostFromHours(2025, new BigDecimal("0.1"))).contains(1L);
        assertThat(table.personnelCostFromHours(2026, new BigDecimal("1900"))).as("no hourly cost that year").isEmpty();
        assertThat(table.personnelCostFromHours(2027, new BigDecimal("1900"))).as("no year").isEmpty();
    }

    @Test
    void tablesDifferingOnlyInTheHourlyCostAreNotTheSame() {
        UnitCostTable four = new UnitCostTable(List.of(new UnitCosts(2025, BigDecimal.TEN, BigDecimal.ONE,
                new BigDecimal("4.0"))), RoundingMode.CEILING);
        UnitCostTable fourAgain = new UnitCostTable(List.of(new UnitCosts(2025, BigDecimal.TEN, BigDecimal.ONE,
                new BigDecimal("4"))), RoundingMode.CEILING);
        UnitCostTable none = new UnitCostTable(List.of(new UnitCosts(2025, BigDecimal.TEN, BigDecimal.ONE)),
                RoundingMode.CEILING);

        assertThat(four).isEqualTo(fourAgain).hasSameHashCodeAs(fourAgain).isNotEqualTo(none);
        assertThat(none).isNotEqualTo(four);
    }
}
