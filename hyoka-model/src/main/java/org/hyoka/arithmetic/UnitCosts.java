package org.hyoka.arithmetic;

import java.math.BigDecimal;

/**
 * What one fiscal year's staff time costs a municipality, in thousand yen: one full-time employee
 * for the year, and one hour of overtime.
 */
public record UnitCosts(int fiscalYear, BigDecimal fullTimeEmployee, BigDecimal overtimeHour) {
}
