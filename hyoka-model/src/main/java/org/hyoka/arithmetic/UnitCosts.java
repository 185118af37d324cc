package org.hyoka.arithmetic;

import java.math.BigDecimal;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What one fiscal year's staff time costs a municipality, in thousand yen: one full-time employee
 * for the year, one hour of overtime, and — for forms that print 延べ業務時間 rather than 正職員従事割合
 * (the 対象・意図・結果 form) — one hour of work. A city that does not count hours sets no hourly cost.
 */
public record UnitCosts(int fiscalYear, BigDecimal fullTimeEmployee, BigDecimal overtimeHour,
        @Nullable BigDecimal workHour) {

    /** A year as the つくば市 form needs it: FTE and overtime only. */
    public UnitCosts(int fiscalYear, BigDecimal fullTimeEmployee, BigDecimal overtimeHour) {
        this(fiscalYear, fullTimeEmployee, overtimeHour, null);
    }

    public Optional<BigDecimal> hourly() {
        return Optional.ofNullable(workHour);
    }
}
