package org.hyoka.sheet;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** One year's column of コストの推移. Amounts in thousand yen (千円). */
public record CostYear(
        int fiscalYear,
        @Nullable Long budget,
        @Nullable Long settlement,
        @Nullable Long generalFund,
        @Nullable Long nationalPrefecturalBonds,
        @Nullable Long otherFunds,
        @Nullable Long personnelCost,
        @Nullable BigDecimal staffFte,
        @Nullable BigDecimal staffOvertimeHours,
        @Nullable Boolean fiscalYearStaff) {
}
