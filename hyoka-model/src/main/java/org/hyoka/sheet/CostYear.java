package org.hyoka.sheet;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One year's column of コストの推移 (or one year block of a table), amounts in thousand yen (千円), each as the
 * form prints it. つくば市 prints 予算額, 決算額 and 国庫、県支出金、地方債 as one row, and 人件費計 from 正職員従事割合;
 * the 対象・意図・結果 form prints 国庫支出金, 都道府県支出金 and 地方債 apart, 事業費計 (A), 人件費計 (B) from
 * 正規職員従事人数 and 延べ業務時間, and トータルコスト (A)+(B). A value the form does not print is null.
 */
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
        @Nullable Boolean fiscalYearStaff,
        @Nullable Long nationalTreasury,
        @Nullable Long prefecturalDisbursement,
        @Nullable Long localBonds,
        @Nullable Long projectCost,
        @Nullable BigDecimal staffCount,
        @Nullable BigDecimal workHours,
        @Nullable Long totalCost) {

    /** A year as the つくば市 form (schema 1.0) prints it. */
    public CostYear(int fiscalYear, @Nullable Long budget, @Nullable Long settlement, @Nullable Long generalFund,
            @Nullable Long nationalPrefecturalBonds, @Nullable Long otherFunds, @Nullable Long personnelCost,
            @Nullable BigDecimal staffFte, @Nullable BigDecimal staffOvertimeHours, @Nullable Boolean fiscalYearStaff) {
        this(fiscalYear, budget, settlement, generalFund, nationalPrefecturalBonds, otherFunds, personnelCost, staffFte,
                staffOvertimeHours, fiscalYearStaff, null, null, null, null, null, null, null);
    }

    /** Whether the year states any value that schema 1.0 cannot hold. */
    public boolean usesSchema11() {
        return nationalTreasury != null || prefecturalDisbursement != null || localBonds != null || projectCost != null
                || staffCount != null || workHours != null || totalCost != null;
    }

    /** 事業費: the settled amount where printed, else the budget, else the 事業費計 of a form that prints only that. */
    public @Nullable Long projectAmount() {
        return settlement != null ? settlement : budget != null ? budget : projectCost;
    }
}
